import type { SyntheticGeo } from './synthetic-geo.ts';

/**
 * A small stand-in for the geography index in tests: two streets of Chancheng, each with two communities
 * of two grids of two micro-grids, laid out as rectangles. Codes follow the real scheme (6+3+3+3+2).
 */
export function fakeGeo(districtCode = '440604'): SyntheticGeo & { boxes: Map<string, Box> } {
  const names = new Map<string, string>();
  const kids = new Map<string, string[]>();
  const boxes = new Map<string, Box>();
  const add = (parent: string, code: string, name: string, box: Box) => {
    names.set(code, name);
    boxes.set(code, box);
    kids.set(parent, [...(kids.get(parent) ?? []), code]);
  };
  const streets: Array<[string, string]> = [
    ['010', '石湾镇街道'],
    ['012', '祖庙街道'],
  ];
  streets.forEach(([s, streetName], si) => {
    const street = districtCode + s;
    const sx = 113.0 + si * 0.04;
    add(districtCode, street, streetName, [sx, 23.0, sx + 0.04, 23.04]);
    for (let c = 1; c <= 2; c++) {
      const community = `${street}${String(c).padStart(3, '0')}`;
      const cy = 23.0 + (c - 1) * 0.02;
      add(street, community, `${streetName}第${c}社区`, [sx, cy, sx + 0.04, cy + 0.02]);
      for (let g = 1; g <= 2; g++) {
        const grid = `${community}${String(g).padStart(3, '0')}`;
        const gx = sx + (g - 1) * 0.02;
        add(community, grid, `网格${g}`, [gx, cy, gx + 0.02, cy + 0.02]);
        for (let m = 1; m <= 2; m++) {
          const micro = `${grid}${String(m).padStart(2, '0')}`;
          const my = cy + (m - 1) * 0.01;
          add(grid, micro, `微网格${m}`, [gx, my, gx + 0.02, my + 0.01]);
        }
      }
    }
  });
  return {
    boxes,
    children: (code) => (kids.get(code) ?? []).map((k) => ({ code: k, name: names.get(k)! })),
    randomPointIn(code, rng) {
      const b = boxes.get(code);
      if (!b) throw new Error(`unknown area ${code}`);
      return [b[0] + rng() * (b[2] - b[0]), b[1] + rng() * (b[3] - b[1])];
    },
  };
}

/** [west, south, east, north] */
export type Box = [number, number, number, number];
