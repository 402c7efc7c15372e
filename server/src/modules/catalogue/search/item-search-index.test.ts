import { describe, expect, it } from 'vitest';
import { buildSearchableItem, sampleCatalogue } from './item-search.fixture.ts';
import { buildItemSearchIndex } from './item-search-index.ts';
import { SYNONYMS } from './synonyms.ts';

const catalogue = sampleCatalogue();
const index = buildItemSearchIndex(catalogue);
const names = (q: string, limit = 20) => index.search(q, { limit }).map((h) => h.name);
const withLicence = new Set(catalogue.filter((i) => i.keywords.includes('营业执照')).map((i) => i.name));

describe('item search: what applicants type', () => {
  it('finds 出生登记 first for the colloquial 上户口', () => {
    expect(names('上户口')[0]).toBe('出生登记');
  });

  it('finds 食品经营许可 in the top three for 开饭店 (built-in synonym, no such keyword)', () => {
    expect(catalogue.find((i) => i.name === '食品经营许可')!.keywords).not.toContain('开饭店');
    expect(names('开饭店', 3)).toContain('食品经营许可');
  });

  it('reads yyzz as 营业执照 and puts both licence items in the top two', () => {
    expect(new Set(names('yyzz', 2))).toEqual(new Set(['企业设立登记', '个体工商户设立登记']));
  });

  it.each(['shebaoka', 'she bao ka', 'sbk', 'SheBaoKa'])('finds 社会保障卡申领 first for %s', (q) => {
    expect(names(q)[0]).toBe('社会保障卡申领');
  });

  it('tolerates a transposed pinyin letter (shebaoak)', () => {
    const hits = index.search('shebaoak', { limit: 3 });
    expect(hits.map((h) => h.name)).toContain('社会保障卡申领');
    expect(hits[0]!.matched).toBe('fuzzy');
  });

  it('tolerates one wrong character (营业执造 for 营业执照)', () => {
    const top = names('营业执造', 3);
    expect(top.some((n) => withLicence.has(n))).toBe(true);
  });

  it('tolerates a wrong last character (社保卡申请 for 社保卡申领)', () => {
    expect(names('社保卡申请')[0]).toBe('社会保障卡申领');
  });

  it('finds the item by a part of its name and by the same words in another order', () => {
    expect(names('身份证换领')[0]).toBe('居民身份证换领');
    expect(names('换领身份证')[0]).toBe('居民身份证换领');
  });

  it('finds colloquial words inside a longer sentence', () => {
    expect(names('我想办社保卡')[0]).toBe('社会保障卡申领');
  });

  it('spells colloquial phrases in pinyin too (kaifandian)', () => {
    expect(names('kaifandian', 3)).toContain('食品经营许可');
  });

  it('gives nothing for nonsense, blanks and punctuation', () => {
    for (const q of ['xqzjvw', '量子纠缠', '！？。', '   ', '']) expect(index.search(q)).toEqual([]);
  });

  it('cuts very long queries instead of failing', () => {
    expect(() => index.search('居民身份证换领'.repeat(40))).not.toThrow();
  });
});

describe('item search: ranking and result shape', () => {
  it('puts the more used of two equally matched items first, and follows bumpUsage', () => {
    const a = buildSearchableItem({ code: 'A1', name: '甲事项', keywords: ['同一个词'], usageCount: 10 });
    const b = buildSearchableItem({ code: 'B1', name: '乙事项', keywords: ['同一个词'], usageCount: 500 });
    const small = buildItemSearchIndex([a, b]);
    expect(small.search('同一个词').map((h) => h.code)).toEqual(['B1', 'A1']);
    small.bumpUsage('A1', 1000);
    expect(small.search('同一个词').map((h) => h.code)).toEqual(['A1', 'B1']);
  });

  it('lets a stronger match beat a more used item', () => {
    // 居民身份证换领 is used 3× more than 补领, but "补身份证" names 补领.
    expect(names('补身份证')[0]).toBe('居民身份证补领');
  });

  it('finds an item by its exact implementation code, its basic code and a code prefix', () => {
    const item = catalogue.find((i) => i.name === '社会保障卡申领')!;
    const exact = index.search(item.code);
    expect(exact[0]).toMatchObject({ code: item.code, matched: 'code' });
    expect(index.search(item.basicCode!)[0]!.code).toBe(item.code);
    const prefix = index.search(item.code.slice(0, 12).toLowerCase());
    expect(prefix.length).toBeGreaterThan(1);
    expect(prefix.map((h) => h.code)).toContain(item.code);
  });

  it('highlights the matched part of the name, in offsets of the original name', () => {
    const hit = index.search('身份证换领')[0]!;
    expect(hit.highlight).toEqual([[2, 7]]);
    const small = buildItemSearchIndex([buildSearchableItem({ name: '食品经营许可（餐饮服务）' })]);
    // Normalisation drops the bracket, so 许可餐饮 matches across it; the highlight skips the bracket.
    expect(small.search('许可餐饮')[0]!.highlight).toEqual([
      [4, 6],
      [7, 9],
    ]);
    expect(small.search('shipin')[0]!.highlight).toEqual([[0, 2]]);
  });

  it('respects the limit and the service-object filter', () => {
    expect(index.search('s', { limit: 4 })).toHaveLength(4);
    const forEnterprises = index.search('营业执照', { serviceObject: '2' }).map((h) => h.name);
    expect(forEnterprises).toContain('企业设立登记');
    expect(forEnterprises).not.toContain('个体工商户设立登记');
  });
});

describe('item search: publishing without a rebuild', () => {
  it('update replaces an item and remove drops it', () => {
    const live = buildItemSearchIndex(sampleCatalogue());
    const item = catalogue.find((i) => i.name === '临时救助')!;
    live.update({ ...item, keywords: ['旧叫法甲乙'] });
    expect(live.search('旧叫法甲乙')[0]!.code).toBe(item.code);
    live.update({ ...item, name: '临时救助金申领', keywords: ['救急钱'] });
    expect(live.size).toBe(catalogue.length);
    expect(live.search('救急钱')[0]!.code).toBe(item.code);
    expect(live.search('旧叫法甲乙')).toEqual([]);
    expect(live.remove(item.code)).toBe(true);
    expect(live.remove(item.code)).toBe(false);
    expect(live.search('临时救助金').map((h) => h.code)).not.toContain(item.code);
    live.update(buildSearchableItem({ code: 'NEW1', name: '新增事项测试', usageCount: 1 }));
    expect(live.search('xinzeng')[0]!.code).toBe('NEW1');
  });
});

describe('synonym table', () => {
  it('has at least 40 entries, each with phrases and catalogue words', () => {
    expect(SYNONYMS.length).toBeGreaterThanOrEqual(40);
    for (const s of SYNONYMS) {
      expect(s.phrases.length).toBeGreaterThan(0);
      expect(s.targets.length).toBeGreaterThan(0);
    }
  });
});
