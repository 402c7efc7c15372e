// 事件派遣决策: the in-process routing decision of the city-governance platform — classify the report text,
// locate the pin (point → micro-grid → grid → community → street) and apply the responsibility list — over the
// project's labelled reports placed at random points of the district. Baseline in the same run: the naive way,
// a keyword-match classifier, a scan of every micro-grid polygon with @turf/boolean-point-in-polygon and a scan
// of the whole rule list. Also the heap the routing structures (areas, rules, classifier) add.
// Targets: decision p99 < 2 ms; routing structures < 150 MB.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { loadConfig } from '../server/src/config.ts';
import { openDb } from '../server/src/db/client.ts';
import type { GeoAreaRow } from '../server/src/modules/geography/geo-types.ts';
import { mulberry32 } from '../server/src/modules/geography/prng.ts';
import { keywordBaseline } from '../server/src/modules/governance/classify/keyword-baseline.ts';
import { LABELLED_REPORTS } from '../server/src/modules/governance/classify/labelled/labelled-reports.ts';
import { EventRouter } from '../server/src/modules/governance/routing/event-router.ts';
import { prepare } from '../server/src/startup.ts';
import { median, table } from './lib.ts';

const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 3000);
const NAIVE_DECISIONS = Number(process.env.BENCH_NAIVE_DECISIONS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_P99_MS = 2;
const TARGET_MB = 150;

const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();
const heapMb = () => {
  gc();
  gc();
  // Typed arrays (the classifier's weights) live outside the JS heap.
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const config = loadConfig({ LOG_LEVEL: 'silent', YIMEN_DEMO: 'true' });
const db = await openDb({ kind: 'pglite', dataDir: null });
try {
  const prepared = await prepare(config, db, { persons: 10, enterprises: 2 });
  await prepared.closeDepartments();
  const geo = prepared.geo;

  const before = heapMb();
  const router = await EventRouter.load(db, geo, config.districtCode);
  void router.classifier;
  const routerMb = heapMb() - before;

  // Reports at random points of the district's micro-grids.
  const rng = mulberry32(11);
  const microGrids = geo.atLevel('micro_grid');
  const sample = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const report = LABELLED_REPORTS[i % LABELLED_REPORTS.length]!;
      const area = microGrids[Math.floor(rng() * microGrids.length)]!;
      const [lng, lat] = geo.randomPointIn(area.code, rng);
      return { text: report.text, lng: lng!, lat: lat! };
    });
  const at = new Date('2026-12-02T02:00:00Z');

  const decide = (r: { text: string; lng: number; lat: number }) => {
    const location = router.locate(r.lng, r.lat)!;
    const code = router.classify(r.text)[0]?.code ?? '10004';
    return router.route(code, location, at);
  };

  // The naive way: keyword match, every polygon tested, every rule looked at.
  const naiveClassifier = keywordBaseline(router.taxonomy.taxonomy);
  const areas = (level: GeoAreaRow['level']) => geo.atLevel(level);
  const polygons = areas('micro_grid').map((m) => ({
    code: m.code,
    feature: { type: 'Feature' as const, properties: {}, geometry: m.geometry as never },
  }));
  const rules = [...router.rules].sort((a, b) => a.position - b.position);
  const naive = (r: { text: string; lng: number; lat: number }) => {
    const code = naiveClassifier.classify(r.text)[0]?.code ?? '10004';
    const micro = polygons.find((p) => booleanPointInPolygon([r.lng, r.lat], p.feature))?.code ?? '';
    const rule = rules.find(
      (x) =>
        x.active &&
        (x.classPattern === '*' || code.startsWith(x.classPattern)) &&
        (!x.areaCode || micro.startsWith(x.areaCode)),
    );
    return rule?.unitId ?? micro.slice(0, 9);
  };

  const timeAll = (
    items: Array<{ text: string; lng: number; lat: number }>,
    f: (x: (typeof items)[0]) => unknown,
  ) =>
    items.map((x) => {
      const t0 = performance.now();
      f(x);
      return performance.now() - t0;
    });

  const p50s: number[] = [];
  const p99s: number[] = [];
  const naiveP50s: number[] = [];
  const naiveP99s: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const ours = timeAll(sample(DECISIONS), decide);
    p50s.push(percentile(ours, 50));
    p99s.push(percentile(ours, 99));
    const theirs = timeAll(sample(NAIVE_DECISIONS), naive);
    naiveP50s.push(percentile(theirs, 50));
    naiveP99s.push(percentile(theirs, 99));
  }
  const p99 = median(p99s);
  console.log(
    `\nRouting decision (classify + locate + rules): ${DECISIONS} decisions × ${ROUNDS} rounds over ${microGrids.length} micro-grids and ${rules.length} rules (medians)`,
  );
  table([
    {
      method: 'naive: keyword match + turf scan of every micro-grid + every rule (baseline)',
      'p50 ms': median(naiveP50s).toFixed(3),
      'p99 ms': median(naiveP99s).toFixed(3),
      verdict: '—',
    },
    {
      method: 'EventRouter (trained classifier, grid index, rules by class)',
      'p50 ms': median(p50s).toFixed(3),
      'p99 ms': p99.toFixed(3),
      verdict: `target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'PASS' : 'FAIL'}`,
    },
  ]);
  console.log(
    `Routing structures (taxonomy, rules, units, grid workers, trained classifier) add ${routerMb.toFixed(1)} MB of heap, beside the geography index already loaded; target < ${TARGET_MB} MB: ${routerMb < TARGET_MB ? 'PASS' : 'FAIL'}`,
  );
} finally {
  await db.close();
}
