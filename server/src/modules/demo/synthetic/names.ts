import { type Random, weighted } from './random.ts';

/**
 * Chinese personal names for synthetic people. Surname weights approximate published frequency rankings
 * (national, and Cantonese-speaking Guangdong where 陈 黄 梁 麦 区 伍 冼 are far more common); given-name
 * characters change with the decade of birth, as they do in real populations.
 */

// Per-mille, roughly; only the ratios matter.
// biome-ignore format: a frequency table reads best as a table
const NATIONAL_SURNAMES = weighted<string>([
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 23], ['赵', 22], ['吴', 20],
  ['周', 19], ['徐', 16], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 12], ['郭', 11], ['何', 11], ['林', 10],
  ['高', 10], ['罗', 10], ['郑', 9], ['梁', 8], ['谢', 8], ['宋', 7], ['唐', 7], ['许', 6], ['韩', 6], ['邓', 6],
  ['冯', 6], ['曹', 6], ['彭', 6], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['潘', 4], ['袁', 4], ['蔡', 4],
  ['蒋', 4], ['余', 4], ['于', 4], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 3], ['苏', 3], ['吕', 3], ['丁', 3],
  ['任', 3], ['卢', 3], ['姚', 3], ['沈', 3], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3], ['陆', 3], ['范', 2],
  ['汪', 2], ['廖', 2], ['石', 2], ['金', 2], ['韦', 2], ['贾', 2], ['夏', 2], ['付', 2], ['方', 2], ['邹', 2],
  ['熊', 2], ['白', 2], ['孟', 2], ['秦', 2], ['邱', 2], ['侯', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2],
  ['段', 2], ['雷', 2], ['龙', 2], ['黎', 2], ['史', 2], ['陶', 2], ['贺', 2], ['毛', 1], ['郝', 1], ['顾', 1],
  ['龚', 1], ['邵', 1], ['万', 1], ['覃', 1], ['武', 1], ['钱', 1], ['戴', 1], ['严', 1], ['莫', 1], ['孔', 1],
  ['向', 1], ['常', 1], ['汤', 1], ['康', 1], ['易', 1], ['赖', 1], ['文', 1], ['欧阳', 0.5], ['上官', 0.1],
]);

// biome-ignore format: a frequency table reads best as a table
const CANTONESE_SURNAMES = weighted<string>([
  ['陈', 90], ['李', 60], ['黄', 55], ['梁', 45], ['张', 35], ['林', 30], ['何', 30], ['罗', 25], ['吴', 23],
  ['刘', 23], ['冯', 20], ['郑', 20], ['谭', 15], ['伍', 15], ['麦', 15], ['潘', 15], ['邓', 15], ['王', 15],
  ['区', 12], ['关', 12], ['周', 13], ['杨', 13], ['谢', 13], ['朱', 12], ['卢', 12], ['叶', 12], ['霍', 10],
  ['苏', 10], ['曾', 10], ['钟', 10], ['胡', 8], ['蔡', 8], ['余', 8], ['郭', 7], ['杜', 6], ['廖', 6], ['袁', 6],
  ['彭', 6], ['徐', 6], ['简', 5], ['岑', 5], ['温', 5], ['姚', 5], ['赵', 5], ['马', 5], ['冼', 4], ['招', 4],
  ['庞', 4], ['邝', 4], ['孔', 4], ['曹', 4], ['植', 2], ['源', 2], ['欧阳', 3], ['司徒', 2],
]);

// Characters by generation: the names of a 1950s cohort (建国, 秀英) are not those of a 2010s one (梓轩, 梓涵).
const GIVEN = {
  M: {
    old: '国建华明志德永荣文海金伟强平军林福成树春光庆富胜',
    mid: '伟强磊军勇杰涛斌超明刚辉鹏华飞波浩凯健俊锋志家东耀振嘉文斌',
    young: '宇浩轩子睿博梓航然俊豪铭晨宸泽昊皓煜一辰奕瀚逸乐铭',
  },
  F: {
    old: '秀英兰桂珍凤芳玉淑琼翠华美丽娟群梅莲霞琴',
    mid: '芳娜敏静丽艳娟霞燕萍红梅莉婷雪琳晶颖倩慧佳欣玲',
    young: '梓涵欣怡雨萱诗琪思彤可馨妍嘉悦晴子淇若语心一依',
  },
} as const;

const era = (birthYear: number): 'old' | 'mid' | 'young' =>
  birthYear < 1965 ? 'old' : birthYear < 1990 ? 'mid' : 'young';

/** A full name: a surname (Cantonese weights for locals) and a one- or two-character given name. */
export function syntheticName(rand: Random, gender: 'M' | 'F', birthYear: number, local: boolean): string {
  const surname = rand.pickWeighted(local ? CANTONESE_SURNAMES : NATIONAL_SURNAMES);
  const pool = GIVEN[gender][era(birthYear)];
  const first = pool[rand.int(0, pool.length - 1)]!;
  // Single-character given names were common before the 1990s and are rarer since.
  if (rand.chance(birthYear < 1990 ? 0.3 : 0.12)) return surname + first;
  let second = pool[rand.int(0, pool.length - 1)]!;
  if (second === first && rand.chance(0.7)) second = pool[rand.int(0, pool.length - 1)]!;
  return surname + first + second;
}

/** A surname alone (for shop names such as 陈记). */
export const syntheticSurname = (rand: Random, local: boolean): string =>
  rand.pickWeighted(local ? CANTONESE_SURNAMES : NATIONAL_SURNAMES);
