import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { startScheduler } from './scheduler.ts';
import { prepare } from './startup.ts';

const started = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78); // EX_CONFIG
  }
  throw err;
}

const prepared = await prepare(config);
const app = await buildApp({ config, ...prepared });

// Every process sweeps; FOR UPDATE SKIP LOCKED keeps them from taking the same node twice.
const stopScheduler = startScheduler(
  {
    db: prepared.db,
    pii: prepared.pii,
    deadlines: prepared.deadlines,
    verifier: prepared.verifier,
    now: app.clock,
  },
  config.districtCode,
  app.log,
);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: finishing open requests');
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  try {
    stopScheduler();
    await app.close();
    await prepared.closeDepartments();
    await prepared.db.close();
    clearTimeout(force);
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ host: config.host, port: config.port });
app.log.info(
  {
    database: prepared.db.kind,
    demo: config.demo,
    startupMs: Math.round(performance.now() - started),
    timings: prepared.timings,
  },
  `Yimen is serving on http://localhost:${config.port} (${prepared.db.kind}${config.demo ? ', demo data' : ''})`,
);
