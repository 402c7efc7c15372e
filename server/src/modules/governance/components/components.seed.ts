import type { Queryable } from '../../../db/client.ts';
import { insertRows } from '../../demo/synthetic/seed-people.ts';
import {
  COMPONENT_COLUMNS,
  type ComponentGeo,
  componentRows,
  DEMO_COMPONENTS,
} from './generate-components.ts';

/** The demo's components come out the same on every start (and differ from the people's seed on purpose). */
const DEMO_SEED = 20140102;

/**
 * Seeds the demo's synthetic components (synthetic = true) inside the caller's transaction. Does nothing
 * when the district already has components. Returns the number inserted.
 */
export async function seedDemoComponents(
  tx: Queryable,
  geo: ComponentGeo,
  districtCode: string,
  count = DEMO_COMPONENTS,
): Promise<number> {
  const present = await tx.query('SELECT 1 FROM components WHERE district_code = $1 LIMIT 1', [districtCode]);
  if (present.rows.length) return 0;
  return insertRows(
    tx,
    'components',
    COMPONENT_COLUMNS,
    componentRows({ districtCode, geo, seed: DEMO_SEED, count }),
  );
}
