import { chinaToday } from '@yimen/shared/id-checks';
import type { JWK } from 'jose';
import { DEPARTMENT_SYSTEMS, SYSTEM_IDS, type SystemId } from '../modules/verification/protocol.ts';
import { businessRegistry } from './business.ts';
import { buildDepartmentServer } from './department-server.ts';
import type { Faults } from './faults.ts';
import { householdRegistry } from './household.ts';
import { marriageRegistry } from './marriage.ts';
import { type DepartmentOverrides, normaliseOverrides } from './overrides.ts';
import { propertyRegistry } from './property.ts';
import type { Registry, RegistryContext } from './registry.ts';
import { createSigningKey } from './signing-key.ts';
import { socialInsuranceRegistry } from './social-insurance.ts';

/** The data key of the demo population: the same on every start, so a person's facts never change. */
export const DEFAULT_DATA_KEY = 'yimen-departments-demo-v1';

export interface StartDepartmentsOptions {
  /** First port; systems take basePort, basePort+1, … in SYSTEM_IDS order. 0 (default) = random ports. */
  basePort?: number;
  host?: string;
  /** Makes the signing keys reproducible (random otherwise); also keys the data unless `dataKey` is set. */
  seed?: string;
  /** Keys the derived facts; defaults to `seed`, then to DEFAULT_DATA_KEY. */
  dataKey?: string;
  overrides?: DepartmentOverrides;
  /** Exposes POST /v1/admin/faults on every system. */
  allowFaults?: boolean;
  /** Faults applied from the start, per system. */
  faults?: Partial<Record<SystemId, Partial<Faults>>>;
  /** Which systems to start (default all five). */
  only?: SystemId[];
  now?: () => Date;
  logger?: boolean | { level: string };
}

export interface RunningDepartmentSystem {
  id: SystemId;
  /** The JWS `iss` of its answers, e.g. 'household.psb.440604'. */
  issuer: string;
  url: string;
  publicJwk: JWK;
  faults(): Faults;
  setFaults(update: Partial<Faults>): Faults;
  close(): Promise<void>;
}

export interface RunningDepartments {
  systems: Partial<Record<SystemId, RunningDepartmentSystem>>;
  /** The running system `id`; throws when it was not started (see `only`). */
  get(id: SystemId): RunningDepartmentSystem;
  /** The `systems` option of createVerifier: each URL with its public key pinned from this process. */
  verifierSystems(): Partial<Record<SystemId, { url: string; jwks: JWK[] }>>;
  close(): Promise<void>;
}

function registryFor(id: SystemId, ctx: RegistryContext, o: DepartmentOverrides): Registry {
  switch (id) {
    case 'household':
      return householdRegistry(ctx, o.household);
    case 'marriage':
      return marriageRegistry(ctx, o.marriage);
    case 'social_insurance':
      return socialInsuranceRegistry(ctx, o.social_insurance);
    case 'business':
      return businessRegistry(ctx, o.business);
    case 'property':
      return propertyRegistry(ctx, o.property);
  }
}

/**
 * Starts the simulated department systems, each a separate HTTP server with its own key and its own data.
 * If one fails to start, those already started are closed again.
 */
export async function startDepartmentSystems(
  opts: StartDepartmentsOptions = {},
): Promise<RunningDepartments> {
  const overrides = normaliseOverrides(opts.overrides ?? {});
  const now = opts.now ?? (() => new Date());
  const ctx: RegistryContext = {
    dataKey: opts.dataKey ?? opts.seed ?? DEFAULT_DATA_KEY,
    today: () => chinaToday(now()),
  };
  const systems: Partial<Record<SystemId, RunningDepartmentSystem>> = {};
  const closeAll = async () => {
    await Promise.all(Object.values(systems).map((s) => s.close()));
  };
  try {
    const ids = opts.only ?? SYSTEM_IDS;
    for (const id of ids) {
      const key = await createSigningKey(id, opts.seed);
      const server = buildDepartmentServer({
        system: id,
        registry: registryFor(id, ctx, overrides),
        key,
        faults: opts.faults?.[id] ?? {},
        allowFaults: opts.allowFaults ?? false,
        now,
        logger: opts.logger ?? false,
      });
      const port = opts.basePort ? opts.basePort + SYSTEM_IDS.indexOf(id) : 0;
      const url = await server.app.listen({ port, host: opts.host ?? '127.0.0.1' });
      systems[id] = {
        id,
        issuer: DEPARTMENT_SYSTEMS[id].issuer,
        url,
        publicJwk: key.publicJwk,
        faults: server.faults,
        setFaults: server.setFaults,
        close: () => server.app.close(),
      };
    }
  } catch (err) {
    await closeAll();
    throw err;
  }
  return {
    systems,
    get(id) {
      const s = systems[id];
      if (!s) throw new Error(`department system ${id} was not started`);
      return s;
    },
    verifierSystems: () =>
      Object.fromEntries(Object.values(systems).map((s) => [s.id, { url: s.url, jwks: [s.publicJwk] }])),
    close: closeAll,
  };
}
