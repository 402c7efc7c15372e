import { ConfigError, loadConfig } from '../config.ts';
import { openDb } from './client.ts';
import { migrate } from './migrate.ts';

try {
  const config = loadConfig();
  const db = await openDb(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.dbPoolSize }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
  const applied = await migrate(db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database schema is up to date.');
  await db.close();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
