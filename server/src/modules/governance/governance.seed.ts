import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { hashOpen311Key } from './open311/client-keys.ts';
import { TAXONOMY } from './taxonomy/taxonomy.data.ts';

/** The demo's Open311 API key (demo only; a real client's key is shown once and kept as a hash). */
export const DEMO_OPEN311_KEY = 'yimen-open311-demo-key';

/**
 * Chancheng's responsibility list (责任清单) as the demo starts with it: specific lines before general ones,
 * the first that fits wins. Administrators edit it; what no line takes goes to the street's office.
 */
const CHANCHENG_RULES: Array<{
  classPattern: string;
  unitId: string;
  street?: string;
  timeWindow?: { days: number[]; from: string; to: string };
  note: string;
}> = [
  { classPattern: '01001', unitId: 'wab', note: '供水井盖由水务部门负责' },
  { classPattern: '01011', unitId: 'wab', note: '供水管道漏水、爆管由水务部门负责' },
  { classPattern: '02002', unitId: 'psb', note: '交通信号灯由公安交警负责' },
  { classPattern: '09009', unitId: 'psb', note: '机动车乱停放由公安交警负责' },
  {
    classPattern: '06028',
    unitId: 'psb',
    timeWindow: { days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00' },
    note: '夜间噪声扰民由公安派出所处置',
  },
  { classPattern: '06013', unitId: 'hcb', note: '道路破损由住建部门负责维修' },
  { classPattern: '06012', unitId: 'eeb', note: '油烟污染由生态环境部门负责' },
  {
    classPattern: '09006',
    unitId: 'st-zumiao',
    street: '祖庙街道',
    note: '祖庙街道辖内占道经营由街道执法队处置',
  },
  { classPattern: '01', unitId: 'uml', note: '市政公用设施' },
  { classPattern: '02', unitId: 'trb', note: '交通设施' },
  { classPattern: '03', unitId: 'uml', note: '市容环卫设施' },
  { classPattern: '04', unitId: 'uml', note: '园林绿化设施' },
  { classPattern: '06', unitId: 'uml', note: '市容环境' },
  { classPattern: '07', unitId: 'uml', note: '宣传广告' },
  { classPattern: '08', unitId: 'hcb', note: '施工管理' },
  { classPattern: '09', unitId: 'uml', note: '街面秩序' },
  { classPattern: '11', unitId: 'psb', note: '治安防范' },
  { classPattern: '12', unitId: 'emb', note: '消防安全' },
  { classPattern: '13', unitId: 'jus', note: '矛盾纠纷由司法所调解' },
  { classPattern: '14', unitId: 'emb', note: '安全生产' },
  { classPattern: '15', unitId: 'eeb', note: '生态环境' },
  { classPattern: '16', unitId: 'amr', note: '食品药品安全' },
  { classPattern: '17', unitId: 'hrss', note: '劳动保障' },
];

/**
 * The city-governance reference data, each part only where it is missing (an existing database gets it on its
 * first start with this version): the event taxonomy, each street office's street, and the responsibility list.
 */
export async function seedGovernance(
  db: Db,
  districtCode: string,
  opts: { demo?: boolean } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    // The demo's Open311 client, so that the GeoReport v2 endpoint can be tried at once (see the README).
    if (opts.demo) {
      await tx.query(
        `INSERT INTO open311_clients (id, district_code, name, key_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key_hash) DO NOTHING`,
        [randomUUID(), districtCode, '演示客户端', hashOpen311Key(DEMO_OPEN311_KEY)],
      );
    }
    const taxonomy = await tx.query('SELECT 1 FROM event_taxonomies WHERE district_code = $1 LIMIT 1', [
      districtCode,
    ]);
    if (!taxonomy.rows.length) {
      await tx.query('INSERT INTO event_taxonomies (district_code, data) VALUES ($1, $2)', [
        districtCode,
        JSON.stringify(TAXONOMY),
      ]);
    }
    // A street office is named after its street (石湾镇街道办事处, 南庄镇人民政府).
    await tx.query(
      `UPDATE departments d SET street_code = s.code
         FROM geo_areas s
        WHERE d.district_code = $1 AND d.kind = 'street_office' AND d.street_code IS NULL
          AND s.district_code = $1 AND s.level = 'street' AND starts_with(d.name_zh, s.name)`,
      [districtCode],
    );
    const rules = await tx.query('SELECT 1 FROM routing_rules WHERE district_code = $1 LIMIT 1', [
      districtCode,
    ]);
    const units = await tx.query<{ id: string }>('SELECT id FROM departments WHERE district_code = $1', [
      districtCode,
    ]);
    const known = new Set(units.rows.map((u) => u.id));
    if (rules.rows.length || !known.has('uml')) return;
    const streets = await tx.query<{ code: string; name: string }>(
      `SELECT code, name FROM geo_areas WHERE district_code = $1 AND level = 'street'`,
      [districtCode],
    );
    let position = 0;
    for (const r of CHANCHENG_RULES) {
      if (!known.has(r.unitId)) continue;
      const area = r.street ? (streets.rows.find((s) => s.name === r.street)?.code ?? null) : null;
      if (r.street && !area) continue;
      position += 1;
      await tx.query(
        `INSERT INTO routing_rules (id, district_code, position, class_pattern, area_code, time_window, unit_id, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          randomUUID(),
          districtCode,
          position,
          r.classPattern,
          area,
          r.timeWindow ? JSON.stringify(r.timeWindow) : null,
          r.unitId,
          r.note,
        ],
      );
    }
  });
}
