// 事项搜索: Yimen's in-memory item search index beside the obvious baseline, PostgreSQL ILIKE '%q%' on the
// same items (PGlite in memory), over ~2,000 queries of the kinds people type: full names, colloquial words,
// pinyin, initials, pinyin and character typos, codes. Reports p50/p99 per query, how often the intended item
// is in the top three, and the heap the index adds. Targets: p99 < 10 ms and < 50 MB.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PGlite } from '@electric-sql/pglite';
import { pinyin } from 'pinyin-pro';
import { sampleCatalogue } from '../server/src/modules/catalogue/search/item-search.fixture.ts';
import { buildItemSearchIndex } from '../server/src/modules/catalogue/search/item-search-index.ts';
import { SYNONYMS } from '../server/src/modules/catalogue/search/synonyms.ts';
import type { SearchableItem } from '../server/src/modules/catalogue/search/types.ts';
import { mulberry32, type Rng } from '../server/src/modules/geography/prng.ts';
import { table } from './lib.ts';

const CATALOGUE_SIZE = 1052; // Chancheng: 456 natural-person + 596 legal-person items
const QUERIES = Number(process.env.BENCH_QUERIES ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_P99_MS = 10;
const TARGET_MB = 50;

const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();

// ---- a synthetic catalogue: department domains × subjects × handling actions -------------------------
// Each line: department | service objects | subject:colloquial,words; …  Actions depend on who is served.
const DOMAINS = [
  'shichang|2,5|食品小作坊登记:食品作坊,小作坊;医疗器械经营备案:卖医疗器械,器械备案;特种设备使用登记:电梯登记,锅炉登记;计量器具检定:秤检定,校秤;农民专业合作社设立登记:合作社;外商投资企业设立登记:外资公司;分公司设立登记:开分公司;股权出质登记:股权质押;动产抵押登记:设备抵押;保健食品经营备案:卖保健品;网络餐饮服务备案:外卖备案;二类医疗器械经营备案:器械经营',
  'weijian|1,2|医疗机构执业登记:开诊所,开医院;医师执业注册:医生执业证,医师证;护士执业注册:护士证;放射诊疗许可:放射许可;饮用水供水单位卫生许可:供水卫生许可;母婴保健技术服务执业许可:母婴保健;出生医学证明签发:出生证,出生证明;预防接种证办理:打疫苗,接种证;健康证明办理:健康证,办健康证;职业病诊断申请:职业病',
  'zhujian|2|建筑业企业资质核准:建筑资质;房地产开发企业资质核定:开发资质;商品房预售许可:预售证,卖楼花;燃气经营许可:燃气证,卖煤气;建设工程消防验收:消防验收;城市建筑垃圾处置核准:建筑垃圾,余泥;物业服务企业备案:物业公司;房屋建筑工程竣工验收备案:竣工验收;白蚁防治工程备案:白蚁',
  'chengguan|1,2,5|城市道路挖掘许可:挖马路,开挖道路;临时占用城市道路许可:占道,摆摊;城市树木砍伐许可:砍树;城市树木迁移许可:移树;市容环境卫生责任区登记:门前三包;生活垃圾经营性清扫收运许可:垃圾清运;户外招牌设置备案:挂招牌,门头招牌;临时建筑物搭建许可:搭棚,临时建筑',
  'jiaotong|2,5|道路货物运输经营许可:货运证,拉货;道路旅客运输经营许可:客运证;出租汽车经营许可:出租车牌;机动车维修经营备案:修车厂,汽修;驾驶员培训经营备案:驾校;网约车驾驶员证核发:网约车证,跑滴滴;道路运输从业资格证核发:从业资格证;港口经营许可:码头经营',
  'shuiwu|2,5|取水许可:打井,取水证;河道管理范围内建设项目审批:河道施工;水土保持方案审批:水保方案;城镇排水与污水处理设施拆除审批:改排水管;生产建设项目水土保持设施验收:水保验收;农村集中供水工程验收:农村供水',
  'huanbao|2|建设项目环境影响评价审批:环评,做环评;排污许可:排污证;危险废物经营许可:危废,危险废物;辐射安全许可:辐射证;建设项目环保设施验收:环保验收;夜间施工许可:夜间施工,晚上施工',
  'wenguang|2,5|营业性演出许可:演出证,搞演出;娱乐场所经营许可:开KTV,开酒吧;网吧经营许可:开网吧;出版物零售业务许可:卖书,开书店;艺术品经营备案:卖字画;旅行社设立许可:开旅行社;游泳场所经营许可:开泳池;文物保护单位修缮审批:修文物',
  'renshe|1|社会保险参保登记:交社保,参保;社会保险关系转移:社保转移,转社保;灵活就业人员参保登记:自由职业交社保;养老保险待遇资格认证:养老认证,生存认证;丧葬补助金申领:丧葬费;职业技能鉴定:考技能证;就业登记:找工作登记;失业登记:登记失业;创业担保贷款申请:创业贷款;职业培训补贴申领:培训补贴;人才引进入户:人才入户;专业技术职称评审:评职称',
  'minzheng|1|收养登记:领养孩子;社会团体成立登记:成立协会;民办非企业单位成立登记:民非登记;殡葬服务:火化,办丧事;困境儿童生活补贴:困境儿童;孤儿基本生活费:孤儿补贴;残疾人两项补贴申领:残疾补贴,护理补贴;经济困难老人服务补贴:居家养老补贴;婚姻登记记录证明:单身证明,婚姻状况证明',
  'gongan|1|港澳通行证签注:港澳签注,去香港;普通护照签发:办护照;往来台湾通行证签发:台湾通行证;户口簿补领:户口本丢了,补户口本;户籍证明开具:户籍证明;身份证明开具:身份证明;犬只登记:养狗,狗证;剧毒化学品购买许可:买剧毒品;烟花爆竹零售许可:卖烟花;机动车驾驶证换证:换驾照;机动车转移登记:二手车过户',
  'shuiwu2|1,2|税务登记:办税务登记;发票领用:领发票,开发票;个人所得税汇算清缴:退个税,个税;增值税纳税申报:报税;房产税申报:交房产税;契税申报:交契税;完税证明开具:完税证明;涉税信息查询:查税',
  'jiaoyu|1,2|教师资格认定:教师证,考教师;民办学校设立审批:办学校,办学;校外培训机构设立审批:开培训班,开补习班;学前教育学位申请:上幼儿园;中等职业学校学生资助:中职补助;学籍转学申请:转学;普通话水平测试报名:考普通话',
  'tuiyi|1|退役军人优待证申领:优待证;退役士兵安置:退伍安置;烈士褒扬金申领:烈属;优抚对象抚恤补助:抚恤金;退役军人创业扶持:退伍创业;伤残军人证件办理:伤残证',
  'nongye|1,2|农药经营许可:卖农药;兽药经营许可:卖兽药;动物防疫条件合格证核发:养殖场防疫,养猪场;种子生产经营许可:卖种子;渔业捕捞许可:捕鱼证;农村宅基地审批:宅基地,建房审批;农机购置补贴申请:买农机补贴',
  'sifa|1,2|法律援助申请:请律师,免费律师;人民调解申请:调解纠纷;公证申请:办公证;司法鉴定申请:做鉴定;律师执业证核发:律师证;基层法律服务工作者执业核准:法律工作者',
].map((line) => {
  const [department, objects, subjects] = line.split('|') as [string, string, string];
  return {
    department,
    objects: objects.split(','),
    subjects: subjects.split(';').map((s) => {
      const [name, words] = s.split(':') as [string, string];
      return { name, words: words.split(',') };
    }),
  };
});

/** Handling actions (业务办理项): [name suffix, colloquial verbs]; the first is the item itself. */
const LICENCE_ACTIONS: [string, string[]][] = [
  ['', ['办理', '申请']],
  ['（变更）', ['变更', '改']],
  ['（延续）', ['续期', '到期']],
  ['（注销）', ['注销', '取消']],
  ['（补办）', ['补办', '丢了']],
  ['（换发）', ['换证']],
  ['（新办）', ['新办', '第一次办']],
  ['（迁移）', ['迁移', '搬']],
];
const PERSON_ACTIONS: [string, string[]][] = [
  ['', ['办理', '申请']],
  ['（变更）', ['变更', '修改']],
  ['（补办）', ['补办', '丢了']],
  ['（注销）', ['注销', '停止']],
  ['（查询）', ['查询', '查']],
  ['（资格确认）', ['资格确认']],
  ['（续期）', ['续期', '延期']],
  ['（代办）', ['代办', '帮家人办']],
];

function syntheticItems(count: number, rng: Rng, taken: Set<string>): SearchableItem[] {
  const out: SearchableItem[] = [];
  for (let round = 0; out.length < count && round < 8; round++) {
    for (const domain of DOMAINS) {
      const actions = domain.objects.includes('1') ? PERSON_ACTIONS : LICENCE_ACTIONS;
      for (const subject of domain.subjects) {
        const [suffix, verbs] = actions[round]!;
        const name = subject.name + suffix;
        if (out.length >= count || taken.has(name)) continue;
        taken.add(name);
        const verb = verbs[Math.floor(rng() * verbs.length)]!;
        const keywords = subject.words.map((w) => (round === 0 ? w : `${w}${verb}`));
        const n = out.length;
        out.push({
          code: `1144060400${(7000 + n).toString()}X4440${(100000 + n * 7).toString()}000`,
          basicCode: `${(300000 + n).toString()}000`,
          name,
          keywords,
          departmentId: domain.department,
          serviceObjects: domain.objects,
          handlingType: rng() < 0.17 ? 'instant' : 'commitment',
          usageCount: 0,
        });
      }
    }
  }
  return out;
}

/** Zipf-like use: a few items carry most cases, as in any window hall. */
function assignUsage(items: SearchableItem[], rng: Rng): void {
  const order = items.map((_, i) => i).sort(() => rng() - 0.5);
  order.forEach((itemIndex, rank) => {
    items[itemIndex]!.usageCount = Math.floor(20_000 / (rank + 1) ** 1.1);
  });
}

const rng = mulberry32(20_141_008);
const fixture = sampleCatalogue();
const items = [
  ...fixture,
  ...syntheticItems(CATALOGUE_SIZE - fixture.length, rng, new Set(fixture.map((i) => i.name))),
];
assignUsage(items, rng);
if (items.length !== CATALOGUE_SIZE)
  throw new Error(`generated ${items.length} items, expected ${CATALOGUE_SIZE}`);

// ---- the index: build time and heap ---------------------------------------------------------------
const collect = () => {
  for (let i = 0; i < 4; i++) gc();
};
collect();
const heapBefore = process.memoryUsage();
const started = performance.now();
const index = buildItemSearchIndex(items);
const buildMs = performance.now() - started;
collect();
const heapAfter = process.memoryUsage();
const addedMb =
  (heapAfter.heapUsed - heapBefore.heapUsed + heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 1024 / 1024;

// ---- queries: what people type, each with the item they meant ---------------------------------------
type Kind = 'name' | 'colloquial' | 'pinyin' | 'initials' | 'pinyin typo' | 'chinese typo' | 'code';
interface Query {
  q: string;
  intended: string;
  kind: Kind;
}
const KIND_MIX: [Kind, number][] = [
  ['name', 0.2],
  ['colloquial', 0.2],
  ['pinyin', 0.15],
  ['initials', 0.12],
  ['pinyin typo', 0.1],
  ['chinese typo', 0.15],
  ['code', 0.08],
];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const hanOnly = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');
const syllables = (s: string) => pinyin(hanOnly(s), { toneType: 'none', type: 'array', v: true });
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
/** One edit: swap two neighbouring letters, change one, or drop one (the three typing slips). */
function typo(s: string, alphabet: string): string {
  const chars = Array.from(s);
  const at = 1 + Math.floor(rng() * (chars.length - 2));
  const slip = rng();
  if (slip < 0.4 && at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else if (slip < 0.75) chars[at] = pick(Array.from(alphabet));
  else chars.splice(at, 1);
  return chars.join('');
}
const synonymPhrases = (item: SearchableItem) =>
  SYNONYMS.filter((s) => item.name.includes(s.targets[0]!)).flatMap((s) => s.phrases);

function makeQuery(item: SearchableItem, kind: Kind): string {
  const texts = [item.name, ...item.keywords];
  switch (kind) {
    case 'name':
      return item.name;
    case 'colloquial':
      return pick([...item.keywords, ...synonymPhrases(item)]);
    case 'pinyin': {
      const s = syllables(pick(texts));
      return rng() < 0.2 ? s.join(' ') : s.join('');
    }
    case 'initials':
      return syllables(pick(item.keywords.length > 0 ? item.keywords : texts))
        .map((s) => s[0])
        .join('');
    case 'pinyin typo':
      return typo(syllables(pick(texts)).join(''), 'abcdefghijklmnopqrstuvwxyz');
    case 'chinese typo':
      return typo(hanOnly(pick(texts.filter((t) => hanOnly(t).length >= 4).concat(item.name))), COMMON);
    case 'code':
      return item.code;
  }
}

const totalUse = items.reduce((sum, i) => sum + i.usageCount, 0);
/** Half the queries follow use (popular items are searched more), half are uniform over the catalogue. */
function pickItem(): SearchableItem {
  if (rng() < 0.5) return pick(items);
  let r = rng() * totalUse;
  for (const item of items) {
    r -= item.usageCount;
    if (r <= 0) return item;
  }
  return items[items.length - 1]!;
}
function pickKind(r: number): Kind {
  let left = r;
  for (const [kind, share] of KIND_MIX) {
    left -= share;
    if (left <= 0) return kind;
  }
  return 'name';
}
const queries: Query[] = [];
for (let i = 0; i < QUERIES; i++) {
  const kind = pickKind(rng());
  const item = pickItem();
  queries.push({ q: makeQuery(item, kind), intended: item.code, kind });
}

// ---- timing -------------------------------------------------------------------------------------------
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

function runIndex(): { ms: number[]; top3: boolean[] } {
  const ms: number[] = [];
  const top3: boolean[] = [];
  for (const { q, intended } of queries) {
    const t = performance.now();
    const hits = index.search(q);
    ms.push(performance.now() - t);
    top3.push(hits.slice(0, 3).some((h) => h.code === intended));
  }
  return { ms, top3 };
}

const db = new PGlite();
await db.exec('CREATE TABLE items (code text PRIMARY KEY, name text NOT NULL, keywords text NOT NULL)');
await db.transaction(async (tx) => {
  for (const item of items)
    await tx.query('INSERT INTO items (code, name, keywords) VALUES ($1, $2, $3)', [
      item.code,
      item.name,
      item.keywords.join(' '),
    ]);
});
const likePattern = (q: string) => `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

async function runIlike(): Promise<{ ms: number[]; top3: boolean[] }> {
  const ms: number[] = [];
  const top3: boolean[] = [];
  for (const { q, intended } of queries) {
    const t = performance.now();
    const { rows } = await db.query<{ code: string }>(
      'SELECT code, name FROM items WHERE name ILIKE $1 OR keywords ILIKE $1 LIMIT 20',
      [likePattern(q)],
    );
    ms.push(performance.now() - t);
    top3.push(rows.slice(0, 3).some((row) => row.code === intended));
  }
  return { ms, top3 };
}

runIndex(); // warm-up: JIT and the first-use costs of pinyin-pro
await runIlike();
const indexMs: number[] = [];
const ilikeMs: number[] = [];
let indexTop3: boolean[] = [];
let ilikeTop3: boolean[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const i = runIndex();
  const l = await runIlike();
  indexMs.push(...i.ms);
  ilikeMs.push(...l.ms);
  indexTop3 = i.top3;
  ilikeTop3 = l.top3;
}
await db.close();

// ---- report -----------------------------------------------------------------------------------------------
const share = (xs: boolean[]) =>
  `${((100 * xs.filter(Boolean).length) / Math.max(1, xs.length)).toFixed(1)} %`;
const p99 = percentile(indexMs, 99);
const pass = p99 < TARGET_P99_MS && addedMb < TARGET_MB;
console.log(
  `\n事项搜索 over ${items.length} items, ${queries.length} queries × ${ROUNDS} rounds` +
    `\n  index build ${buildMs.toFixed(0)} ms · index adds ${addedMb.toFixed(1)} MB (heap + typed arrays, after GC)`,
);
table([
  {
    method: 'PostgreSQL ILIKE %q% (PGlite, baseline)',
    'p50 ms': percentile(ilikeMs, 50).toFixed(3),
    'p99 ms': percentile(ilikeMs, 99).toFixed(3),
    'intended in top 3': share(ilikeTop3),
    target: '',
  },
  {
    method: 'ItemSearchIndex.search',
    'p50 ms': percentile(indexMs, 50).toFixed(3),
    'p99 ms': p99.toFixed(3),
    'intended in top 3': share(indexTop3),
    target: `p99 <${TARGET_P99_MS} ms, <${TARGET_MB} MB: ${pass ? 'PASS' : 'FAIL'}`,
  },
]);
table(
  KIND_MIX.map(([kind]) => {
    const at = queries.flatMap((q, i) => (q.kind === kind ? [i] : []));
    return {
      'query kind': kind,
      queries: at.length,
      'index top 3': share(at.map((i) => indexTop3[i]!)),
      'ILIKE top 3': share(at.map((i) => ilikeTop3[i]!)),
    };
  }),
);
// The slowest queries of the last round, to see where the tail comes from.
const lastRound = indexMs.slice(-queries.length);
const slowest = lastRound
  .map((ms, i) => ({ ms, i }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 5);
console.log(
  `  slowest: ${slowest.map(({ ms, i }) => `${queries[i]!.kind} "${queries[i]!.q}" ${ms.toFixed(2)} ms`).join(' · ')}`,
);
if (!pass) process.exitCode = 1;
