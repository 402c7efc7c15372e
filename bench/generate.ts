// Synthetic-population generation speed, in memory (no database): rows/s of each table at a fraction of
// Chancheng, beside a baseline measured in the same run — the bare cryptography every person row needs
// (two AES-256-GCM encryptions with a fresh randomBytes IV each, one HMAC), done naively. The database side
// (COPY into PostgreSQL) is measured by `npm run generate`, which prints its own figures.
// Target: persons at ≥ 30,000 rows/s, so that a full district (1.23 M persons) is bound by PostgreSQL, not by us.
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { csvChunks } from '../server/src/modules/demo/synthetic/csv.ts';
import { SyntheticPopulation } from '../server/src/modules/demo/synthetic/population.ts';
import { sizeForScale } from '../server/src/modules/demo/synthetic/population-size.ts';
import { loadChanchengSource } from '../server/src/modules/geography/chancheng-source.ts';
import { deriveGeography } from '../server/src/modules/geography/derive.ts';
import { buildGeoIndex } from '../server/src/modules/geography/geo-index.ts';
import { createPiiCipher } from '../server/src/modules/people/pii-crypto.ts';
import { table } from './lib.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 0.05);
const TARGET_PERSONS_PER_S = 30_000;

const geo = buildGeoIndex(deriveGeography(loadChanchengSource()));
const keys = { dataKey: randomBytes(32), indexKey: randomBytes(32) };
const pii = createPiiCipher(keys);
const size = sizeForScale(SCALE);

// Baseline: the cryptographic floor of one person row, written the obvious way.
function naiveCrypto(n: number): number {
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    for (const plain of ['440604199003071236', '13812345678']) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', keys.dataKey, iv);
      Buffer.concat([iv, c.update(plain, 'utf8'), c.final(), c.getAuthTag()]).toString('base64');
    }
    createHmac('sha256', keys.indexKey).update('440604199003071236').digest('hex');
  }
  return performance.now() - started;
}

const population = new SyntheticPopulation({ districtCode: '440604', geo, pii, seed: 1, size });
const rows: Array<Record<string, string | number>> = [];
const baselineMs = naiveCrypto(size.persons);
rows.push({
  step: 'baseline: naive per-person crypto only',
  rows: size.persons,
  ms: Math.round(baselineMs),
  'rows/s': Math.round(size.persons / (baselineMs / 1000)),
});
let personsPerS = 0;
for (const t of ['addresses', 'houses', 'persons', 'enterprises'] as const) {
  const started = performance.now();
  let bytes = 0;
  for (const chunk of csvChunks(population[t]())) bytes += chunk.length;
  const ms = performance.now() - started;
  const perS = Math.round(size[t] / (ms / 1000));
  if (t === 'persons') personsPerS = perS;
  rows.push({
    step: `${t} rows as CSV`,
    rows: size[t],
    ms: Math.round(ms),
    'rows/s': perS,
    MB: (bytes / 1e6).toFixed(1),
  });
}
const pass = personsPerS >= TARGET_PERSONS_PER_S;
console.log(
  `\nSynthetic generation at scale ${SCALE} (no database), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
table(rows);
console.log(
  `persons ${personsPerS.toLocaleString('en')} rows/s, target ≥ ${TARGET_PERSONS_PER_S.toLocaleString('en')}: ${pass ? 'PASS' : 'FAIL'}`,
);
if (!pass) process.exitCode = 1;
