// Cases per second on PostgreSQL: open a case at the window, record the checklist, accept it, three department
// nodes approve in turn, the window seals it — every step a real service call with its transaction, row lock,
// timeline entry and audit record. Baseline in the same run: raw single-row INSERTs per second over the same
// pool and concurrency. Needs a PostgreSQL server: TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { makeIdNumber } from '@yimen/shared/id-checks';
import pg from 'pg';
import { loadConfig } from '../server/src/config.ts';
import { type Db, openDb } from '../server/src/db/client.ts';
import type { CaseDeps } from '../server/src/modules/cases/case-context.ts';
import { openCase } from '../server/src/modules/cases/open-case.service.ts';
import { recordChecklist } from '../server/src/modules/cases/record-checklist.service.ts';
import { takeAction } from '../server/src/modules/cases/take-action.service.ts';
import { createItem, publishItem } from '../server/src/modules/catalogue/catalogue.service.ts';
import type { Actor, RequestContext } from '../server/src/modules/identity/actor.ts';
import { prepare } from '../server/src/startup.ts';
import { buildCommitmentItem } from '../server/test/factories.ts';
import { createScratchDatabase } from '../test/scratch-database.ts';
import { median, table } from './lib.ts';

const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CASES = Number(process.env.BENCH_CASES ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const scratch = await createScratchDatabase(BASE, 'yimen_bench');
const { name } = scratch;
// Kept open on the server's own database, to read the CPU of the backends serving the bench's database.
const admin = new pg.Client({ connectionString: BASE });
await admin.connect();

const config = loadConfig({ LOG_LEVEL: 'silent', YIMEN_DEMO: 'true', DATABASE_URL: scratch.url });
const db = await openDb({ kind: 'postgres', url: scratch.url });
try {
  const prepared = await prepare(config, db, { persons: 10, enterprises: 2 });
  await prepared.closeDepartments();
  const users = await db.query<{
    id: string;
    username: string;
    display_name: string;
    roles: Actor['roles'];
    department_id: string;
  }>(
    `SELECT id, username, display_name, roles, department_id FROM users WHERE username IN ('admin','clerk')`,
  );
  const actor = (username: string, overrides: Partial<Actor> = {}): Actor => {
    const u = users.rows.find((x) => x.username === username)!;
    return {
      id: u.id,
      kind: 'staff',
      name: u.display_name,
      roles: u.roles,
      departmentId: u.department_id,
      jurisdictionCode: '440604',
      districtCode: '440604',
      via: 'token',
      ...overrides,
    };
  };
  const ctx = (a: Actor): RequestContext => ({
    actor: a,
    ip: '127.0.0.1',
    correlationId: 'bench',
    districtCode: '440604',
  });
  const adminCtx = ctx(actor('admin'));
  const clerkCtx = ctx(actor('clerk'));
  const approverCtx = (dept: string) =>
    ctx(actor('clerk', { roles: ['department_approver'], departmentId: dept }));

  // Three sequential single-department stages.
  const def = buildCommitmentItem({
    name: '基准三环节事项',
    stages: ['hcb', 'cab', 'nrb'].map((d, i) => ({
      id: `s${i}`,
      name: `第${i + 1}环节`,
      nodes: [{ id: `n${i}`, name: `环节${i + 1}`, departmentId: d, limitDays: 5, checklist: [] }],
    })),
  });
  await createItem(db, adminCtx, def);
  await publishItem(db, adminCtx, def.implementationCode);

  // Persons to serve, registered directly (their registration is not what is measured).
  const ids: string[] = [];
  for (let i = 0; i <= CASES * ROUNDS; i++) {
    const id = makeIdNumber('440604', `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`, (i * 7) % 1000);
    if (!ids.includes(id)) ids.push(id);
  }
  for (const [i, idNumber] of ids.entries()) {
    await db.query(
      `INSERT INTO persons (id, district_code, id_number_enc, id_number_index, id_number_masked, name, gender, birth_date, synthetic)
       VALUES (gen_random_uuid(), '440604', $1, $2, $3, $4, 'M', '1970-01-01', true)`,
      [
        prepared.pii.encrypt(idNumber),
        prepared.pii.blindIndex(idNumber),
        prepared.pii.maskIdNumber(idNumber),
        `基准${i}`,
      ],
    );
  }
  // Every round trip the service makes is counted: a statement, or a transaction's BEGIN and COMMIT.
  let roundTrips = 0;
  const counted: Db = {
    ...db,
    query: (sql, params) => {
      roundTrips++;
      return db.query(sql, params);
    },
    transaction: (fn) => {
      roundTrips += 2;
      return db.transaction((tx) =>
        fn({
          ...tx,
          query: (sql, params) => {
            roundTrips++;
            return tx.query(sql, params);
          },
        }),
      );
    },
  };
  const deps: CaseDeps = {
    db: counted,
    pii: prepared.pii,
    deadlines: prepared.deadlines,
    now: () => new Date(),
  };
  const ready = {
    materials: [
      { id: 'id_card', status: 'received' as const },
      { id: 'form', status: 'received' as const },
    ],
    conditions: [{ id: 'resident', met: true }],
  };

  let casesDone = 0;
  async function oneCase(idNumber: string) {
    const { caseId } = await openCase(deps, clerkCtx, {
      itemCode: def.implementationCode,
      applicant: { kind: 'person', idNumber },
    });
    await recordChecklist(deps, clerkCtx, caseId, ready);
    await takeAction(deps, clerkCtx, caseId, 'accept', {});
    for (const [i, dept] of ['hcb', 'cab', 'nrb'].entries())
      await takeAction(deps, approverCtx(dept), caseId, 'node_approve', { nodeId: `n${i}` });
    const sealed = await takeAction(deps, clerkCtx, caseId, 'seal', {});
    if (sealed.to !== 'completed') throw new Error(`case ended ${sealed.to}`);
    casesDone++;
  }

  async function pool<T>(items: T[], work: (x: T) => Promise<void>): Promise<number> {
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < items.length) await work(items[next++]!);
      }),
    );
    return items.length / ((performance.now() - t0) / 1000);
  }

  await db.query(
    'CREATE TABLE bench_rows (id bigserial PRIMARY KEY, payload text NOT NULL, at timestamptz DEFAULT now())',
  );
  const caseRates: number[] = [];
  const insertRates: number[] = [];
  // Where the CPU goes during the case rounds: this process, and the PostgreSQL backends serving this database
  // (read from /proc when the server runs on this machine; otherwise that figure is left out).
  const backendCpuMs = async (): Promise<number | undefined> => {
    const pids = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
      name,
    ]);
    let ticks = 0;
    for (const { pid } of pids.rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
      } catch {
        return undefined;
      }
    }
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  };
  let nodeCpu = 0;
  let pgCpu: number | undefined = 0;
  // One case outside the rounds, so that cached item versions do not count.
  await oneCase(ids.pop()!);
  roundTrips = 0;
  casesDone = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const batch = ids.slice(r * CASES, (r + 1) * CASES);
    insertRates.push(
      await pool(
        Array.from({ length: CASES * 8 }, (_, i) => i),
        async (i) => {
          await db.query('INSERT INTO bench_rows (payload) VALUES ($1)', [`row ${i}`]);
        },
      ),
    );
    const cpu0 = process.cpuUsage();
    const pg0 = await backendCpuMs();
    caseRates.push(await pool(batch, oneCase));
    const pg1 = await backendCpuMs();
    const cpu = process.cpuUsage(cpu0);
    nodeCpu += (cpu.user + cpu.system) / 1000;
    pgCpu = pgCpu === undefined || pg0 === undefined || pg1 === undefined ? undefined : pgCpu + pg1 - pg0;
  }
  const perCase = roundTrips / casesDone;
  const cases = median(caseRates);
  const inserts = median(insertRates);
  console.log(
    `\nThree-node workflow on PostgreSQL: ${CASES} cases × ${ROUNDS} rounds, ${CONCURRENCY} concurrent (medians)`,
  );
  table([
    { measure: 'raw single-row INSERT (baseline)', 'per second': Math.round(inserts), note: '1 statement' },
    {
      measure: 'case: open → checklist → accept → 3 approvals → seal',
      'per second': Math.round(cases),
      note: `${perCase.toFixed(1)} round trips a case; target ≥ 200: ${cases >= 200 ? 'PASS' : 'FAIL'}`,
    },
    {
      measure: 'inserts per case-second ratio',
      'per second': Math.round(inserts / cases),
      note: 'how many raw inserts one case costs',
    },
  ]);
  const per = (ms: number) => (ms / casesDone).toFixed(2);
  console.log(
    `CPU per case: this process ${per(nodeCpu)} ms` +
      (pgCpu === undefined ? '' : `, PostgreSQL backends ${per(pgCpu)} ms`) +
      ` (${os.cpus().length} cores)`,
  );
} finally {
  await db.close();
  await scratch.drop();
  await admin.end();
}
