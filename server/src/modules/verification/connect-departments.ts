import type { Config } from '../../config.ts';
import type { DepartmentOverrides } from '../../departments/overrides.ts';
import { type RunningDepartments, startDepartmentSystems } from '../../departments/start-departments.ts';
import type { SystemId } from './protocol.ts';
import type { Verifier } from './verification.types.ts';
import { createVerifier } from './verifier.ts';

/** Fixed in the demo so that attestations kept before a restart still verify after it. */
export const DEMO_DEPARTMENT_SEED = 'yimen-demo-departments-440604';

export interface DepartmentConnection {
  verifier: Verifier;
  /** The simulated systems when Yimen started them itself (demo and tests). */
  simulated: RunningDepartments | null;
  close(): Promise<void>;
}

/**
 * The departments' systems for jump verification: the configured ones (YIMEN_DEPARTMENT_URLS), or — in the
 * demo, when none are configured — the simulated registries, started here on ports of their own.
 */
export async function connectDepartments(
  config: Config,
  demoOverrides: DepartmentOverrides = {},
): Promise<DepartmentConnection> {
  const configured = Object.entries(config.departmentUrls);
  if (configured.length || !config.demo) {
    const systems = Object.fromEntries(configured.map(([id, url]) => [id, { url }])) as Partial<
      Record<SystemId, { url: string }>
    >;
    return { verifier: await createVerifier({ systems }), simulated: null, close: async () => {} };
  }
  const simulated = await startDepartmentSystems({
    seed: DEMO_DEPARTMENT_SEED,
    host: '127.0.0.1',
    basePort: 0,
    overrides: demoOverrides,
  });
  const verifier = await createVerifier({ systems: simulated.verifierSystems() });
  return { verifier, simulated, close: () => simulated.close() };
}
