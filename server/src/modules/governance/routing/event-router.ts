import type { Queryable } from '../../../db/client.ts';
import type { GeoIndex } from '../../geography/geo-index.ts';
import type { LocateResult } from '../../geography/geo-types.ts';
import type { Classifier, Suggestion } from '../classify/classify.types.ts';
import { TRAINING_REPORTS } from '../classify/labelled/labelled-reports.ts';
import { trainClassifier } from '../classify/train-classifier.ts';
import { TAXONOMY } from '../taxonomy/taxonomy.data.ts';
import { buildTaxonomyIndex, type TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';
import { gridWorkers, latestTaxonomy, type RuleRow, routingRules, units } from './routing.repo.ts';
import { type RouteDecision, type RoutingRule, RuleBook } from './rules.ts';

/** The command centre that takes an event when its street has no office on record. */
export const COMMAND_CENTRE = 'ccc';

export const toRule = (r: RuleRow): RoutingRule => ({
  id: r.id,
  position: r.position,
  classPattern: r.class_pattern,
  areaCode: r.area_code,
  timeWindow: r.time_window,
  unitId: r.unit_id,
  userId: r.user_id,
  note: r.note,
  active: r.active,
});

/**
 * Everything an event's routing decision needs, held in memory: the taxonomy in force, the classifier trained on
 * it, the district's areas, the responsibility list and who works which grid. A decision (classify + locate +
 * rules) touches no database; `reload` re-reads the rules, the taxonomy and the grid workers after an edit.
 */
export class EventRouter {
  #taxonomy!: TaxonomyIndex;
  #classifier: Classifier | null = null;
  #rules!: RuleBook;
  #rulesList: RoutingRule[] = [];
  #gridWorkers = new Map<string, string>();
  #units = new Map<string, string>();
  #unitsEn = new Map<string, string>();

  private constructor(
    private readonly db: Queryable,
    readonly geo: GeoIndex,
    readonly districtCode: string,
  ) {}

  static async load(db: Queryable, geo: GeoIndex, districtCode: string): Promise<EventRouter> {
    const router = new EventRouter(db, geo, districtCode);
    await router.reload();
    return router;
  }

  /** Re-reads the taxonomy, the responsibility list, the units and the grid workers. */
  async reload(): Promise<void> {
    const [taxonomy, rules, unitRows, workers] = await Promise.all([
      latestTaxonomy(this.db, this.districtCode),
      routingRules(this.db, this.districtCode),
      units(this.db, this.districtCode),
      // A grid worker works the grid of their jurisdiction; the longest-serving account answers for a grid.
      gridWorkers(this.db, this.districtCode),
    ]);
    const data = taxonomy ?? TAXONOMY;
    if (data !== this.#taxonomy?.taxonomy) {
      this.#taxonomy = buildTaxonomyIndex(data);
      this.#classifier = null;
    }
    this.#units = new Map(unitRows.map((u) => [u.id, u.name_zh]));
    this.#unitsEn = new Map(unitRows.map((u) => [u.id, u.name_en]));
    const offices = new Map(
      unitRows.filter((u) => u.kind === 'street_office' && u.street_code).map((u) => [u.street_code!, u.id]),
    );
    this.#rulesList = rules.map(toRule);
    this.#rules = new RuleBook(this.#rulesList, offices, COMMAND_CENTRE, {
      unit: (id) => this.#units.get(id) ?? id,
      unitEn: (id) => this.#unitsEn.get(id) ?? id,
      area: (code) => this.geo.area(code)?.name ?? code,
      className: (code) =>
        this.#taxonomy.byCode.get(code)?.name ?? this.#taxonomy.majorByCode.get(code)?.name ?? code,
      classNameEn: (code) =>
        this.#taxonomy.byCode.get(code)?.nameEn ?? this.#taxonomy.majorByCode.get(code)?.nameEn ?? code,
    });
    this.#gridWorkers = new Map(workers.map((w) => [w.jurisdiction_code, w.id]));
  }

  get taxonomy(): TaxonomyIndex {
    return this.#taxonomy;
  }

  get rules(): readonly RoutingRule[] {
    return this.#rulesList;
  }

  unitName(id: string): string {
    return this.#units.get(id) ?? id;
  }

  unitNameEn(id: string): string {
    return this.#unitsEn.get(id) ?? id;
  }

  hasUnit(id: string): boolean {
    return this.#units.has(id);
  }

  /** Trained on first use (under a second), then kept until the taxonomy changes. */
  get classifier(): Classifier {
    this.#classifier ??= trainClassifier(TRAINING_REPORTS, this.#taxonomy.taxonomy);
    return this.#classifier;
  }

  classify(text: string, componentClass?: string): Suggestion[] {
    return this.classifier.classify(text, componentClass ? { componentClass } : {});
  }

  locate(lng: number, lat: number): LocateResult | null {
    return this.geo.locate(lng, lat);
  }

  route(classCode: string, location: LocateResult, at: Date, exclude?: ReadonlySet<string>): RouteDecision {
    return this.#rules.decide({ classCode, location, at }, exclude);
  }

  /** The grid worker of a grid, if the grid has one. */
  gridWorkerOf(gridCode: string): string | null {
    return this.#gridWorkers.get(gridCode) ?? null;
  }
}
