import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A new, empty PostgreSQL database on the server of `base` (a connection URL), named `<prefix>_<random>`; `drop`
 * removes it again, ending any connection still open to it.
 */
export async function createScratchDatabase(
  base: string,
  prefix: string,
  /** A database to copy (`CREATE DATABASE … TEMPLATE`): it must have no open connection. */
  template?: string,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const onServer = async (sql: string) => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  if (!template) await onServer(`CREATE DATABASE ${name}`);
  else {
    // Two files may copy the template at the same moment; PostgreSQL refuses a copy while another one reads it
    // ("being accessed by other users"), so a refused copy waits a moment and tries again.
    for (let attempt = 0; ; attempt++) {
      try {
        await onServer(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (err) {
        if (attempt >= 50 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
