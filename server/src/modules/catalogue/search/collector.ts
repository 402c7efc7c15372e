import { MATCH_KINDS } from '@yimen/shared/catalogue';
import type { FieldStore } from './field-store.ts';
import { highlightOf, Mark, type MarkMode } from './highlight.ts';
import type { MatchKind, SearchHit, ServiceObjectCode } from './types.ts';

const KINDS: readonly MatchKind[] = MATCH_KINDS;
const KIND_INDEX = new Map(KINDS.map((k, i) => [k, i]));

/**
 * Keeps, per item, the best offer any matcher made during one search. Typed arrays stamped with a
 * generation, like the tallies, so a search allocates only its result list.
 */
export class Collector {
  private best = new Float64Array(0);
  private stamps = new Int32Array(0);
  private kind = new Uint8Array(0);
  private fieldId = new Int32Array(0);
  private mode = new Uint8Array(0);
  private pos = new Int32Array(0);
  private len = new Int32Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;
  private generation = 0;

  constructor(private readonly store: FieldStore) {}

  begin(): void {
    const capacity = this.store.items.length;
    if (this.best.length < capacity) {
      const size = Math.max(capacity, this.best.length * 2, 64);
      this.best = new Float64Array(size);
      this.stamps = new Int32Array(size);
      this.kind = new Uint8Array(size);
      this.fieldId = new Int32Array(size);
      this.mode = new Uint8Array(size);
      this.pos = new Int32Array(size);
      this.len = new Int32Array(size);
      this.touched = new Int32Array(size);
    }
    if (this.generation === 0x7fffffff) {
      this.stamps.fill(0);
      this.generation = 0;
    }
    this.generation++;
    this.touchedCount = 0;
  }

  /** A match on field `id`; kept when it beats what the item already has. */
  offerField(id: number, score: number, kind: MatchKind, mode: MarkMode = Mark.none, pos = 0, len = 0): void {
    this.offer(this.store.fields[id]!.slot, score, kind, id, mode, pos, len);
  }

  /** A match on the item itself (its code), not on one of its texts. */
  offerItem(slot: number, score: number, kind: MatchKind): void {
    this.offer(slot, score, kind, -1, Mark.none, 0, 0);
  }

  private offer(
    slot: number,
    score: number,
    kind: MatchKind,
    id: number,
    mode: MarkMode,
    pos: number,
    len: number,
  ): void {
    if (this.stamps[slot] === this.generation) {
      if (score <= this.best[slot]!) return;
    } else {
      this.stamps[slot] = this.generation;
      this.touched[this.touchedCount++] = slot;
    }
    this.best[slot] = score;
    this.kind[slot] = KIND_INDEX.get(kind)!;
    this.fieldId[slot] = id;
    this.mode[slot] = mode;
    this.pos[slot] = pos;
    this.len[slot] = len;
  }

  /** The best `limit` items: score, then more uses, then code, so equal queries give equal lists. */
  results(query: string, limit: number, serviceObject?: ServiceObjectCode): SearchHit[] {
    const ranked: { slot: number; score: number }[] = [];
    for (let k = 0; k < this.touchedCount; k++) {
      const slot = this.touched[k]!;
      const stored = this.store.items[slot];
      if (!stored) continue;
      if (serviceObject && !stored.item.serviceObjects.includes(serviceObject)) continue;
      ranked.push({ slot, score: this.best[slot]! + stored.usageBoost });
    }
    const items = this.store.items;
    ranked.sort(
      (a, b) =>
        b.score - a.score ||
        items[b.slot]!.usage - items[a.slot]!.usage ||
        (items[a.slot]!.code < items[b.slot]!.code ? -1 : 1),
    );
    return ranked.slice(0, limit).map(({ slot, score }) => {
      const stored = items[slot]!;
      const id = this.fieldId[slot]!;
      const hit: SearchHit = {
        code: stored.item.code,
        name: stored.item.name,
        score: Math.round(score * 100) / 100,
        matched: KINDS[this.kind[slot]!]!,
      };
      const field = id >= 0 ? this.store.fields[id] : undefined;
      const highlight =
        field &&
        highlightOf(stored, field, this.mode[slot] as MarkMode, this.pos[slot]!, this.len[slot]!, query);
      if (highlight) hit.highlight = highlight;
      return hit;
    });
  }
}
