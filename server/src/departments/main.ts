// Starts the five simulated department systems on ports 8181–8185 and prints their URLs:
//   node --import tsx server/src/departments/main.ts
// Environment: DEPARTMENTS_PORT (first port, default 8181), DEPARTMENTS_HOST (default 127.0.0.1),
// DEPARTMENTS_SEED (reproducible keys and data), DEPARTMENTS_OVERRIDES (path of a JSON override table),
// DEPARTMENTS_ALLOW_FAULTS=true (exposes POST /v1/admin/faults), LOG_LEVEL (default info).
import { loadOverridesFile } from './overrides.ts';
import { startDepartmentSystems } from './start-departments.ts';

const env = process.env;
const basePort = Number(env.DEPARTMENTS_PORT ?? 8181);
if (!Number.isInteger(basePort) || basePort < 1 || basePort > 65_530) {
  console.error(`DEPARTMENTS_PORT must be a port number, got ${env.DEPARTMENTS_PORT}`);
  process.exit(1);
}
const running = await startDepartmentSystems({
  basePort,
  host: env.DEPARTMENTS_HOST ?? '127.0.0.1',
  ...(env.DEPARTMENTS_SEED ? { seed: env.DEPARTMENTS_SEED } : {}),
  ...(env.DEPARTMENTS_OVERRIDES ? { overrides: loadOverridesFile(env.DEPARTMENTS_OVERRIDES) } : {}),
  allowFaults: env.DEPARTMENTS_ALLOW_FAULTS === 'true',
  logger: { level: env.LOG_LEVEL ?? 'info' },
});
for (const s of Object.values(running.systems))
  console.log(`${s.id.padEnd(17)} ${s.issuer.padEnd(30)} ${s.url}`);
console.log('ready');

const stop = async (signal: string) => {
  console.log(`${signal}: closing department systems`);
  await running.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
