import { distinctBigrams, distinctChars, normalize, normalizeWithOrigin } from './normalize.ts';
import { type PinyinForms, pinyinForms } from './pinyin-forms.ts';
import { Postings } from './postings.ts';
import { USAGE_WEIGHT } from './scores.ts';
import type { SearchableItem } from './types.ts';

/** One searchable text of an item: its name or one colloquial keyword, with everything precomputed. */
export interface Field {
  readonly slot: number;
  readonly kind: 'name' | 'keyword';
  /** Normalised text. */
  readonly text: string;
  readonly charCount: number;
  readonly pairCount: number;
  readonly py: PinyinForms;
}

export interface StoredItem {
  readonly item: SearchableItem;
  readonly code: string;
  /** origin[i] = offset in item.name of normalised name character i (highlights point into the real name). */
  readonly origin: number[];
  readonly fieldIds: number[];
  usage: number;
  /** Precomputed usage term of the final score. */
  usageBoost: number;
}

const usageBoost = (usage: number) => USAGE_WEIGHT * Math.log1p(Math.max(0, usage));

/**
 * Items and their fields in slots, plus the inverted indexes that pick candidate fields for a query. Slots
 * and field ids are reused after removal so `update` (publishing a new version) never grows the arrays.
 */
export class FieldStore {
  readonly items: (StoredItem | undefined)[] = [];
  readonly fields: (Field | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly freeFields: number[] = [];
  private readonly byCode = new Map<string, number>();
  private readonly byBasicCode = new Map<string, Set<number>>();
  private sortedCodes: string[] | null = null;

  /** Han (and other kept) characters → fields containing them. */
  readonly chars = new Postings();
  /** Adjacent character pairs → fields. */
  readonly pairs = new Postings();
  /** Letter pairs of the joined pinyin → fields. */
  readonly pinyinPairs = new Postings();
  /** Letter pairs of the initials → fields. */
  readonly initialPairs = new Postings();
  /** First letter of the pinyin → fields, for one-letter queries. */
  readonly firstLetter = new Postings();

  get size(): number {
    return this.byCode.size;
  }

  slotOf(code: string): number | undefined {
    return this.byCode.get(normalize(code));
  }

  /** Like slotOf for a code already in normal form (the hot path of code search). */
  slotOfNormalized(code: string): number | undefined {
    return this.byCode.get(code);
  }

  slotsOfBasicCode(code: string): ReadonlySet<number> | undefined {
    return this.byBasicCode.get(code);
  }

  /** Normalised implementation codes in order, for prefix lookups (rebuilt only after a change). */
  codesInOrder(): readonly string[] {
    this.sortedCodes ??= [...this.byCode.keys()].sort();
    return this.sortedCodes;
  }

  add(item: SearchableItem): void {
    const code = normalize(item.code);
    if (this.byCode.has(code)) this.remove(item.code);
    const slot = this.freeSlots.pop() ?? this.items.length;
    const name = normalizeWithOrigin(item.name);
    const stored: StoredItem = {
      item,
      code,
      origin: name.origin,
      fieldIds: [],
      usage: item.usageCount,
      usageBoost: usageBoost(item.usageCount),
    };
    this.items[slot] = stored;
    this.byCode.set(code, slot);
    if (item.basicCode) {
      const basic = normalize(item.basicCode);
      const set = this.byBasicCode.get(basic) ?? new Set<number>();
      set.add(slot);
      this.byBasicCode.set(basic, set);
    }
    this.sortedCodes = null;
    const seen = new Set<string>();
    if (name.text) {
      seen.add(name.text);
      stored.fieldIds.push(this.addField(slot, 'name', name.text));
    }
    for (const keyword of item.keywords) {
      const text = normalize(keyword);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      stored.fieldIds.push(this.addField(slot, 'keyword', text));
    }
  }

  remove(code: string): boolean {
    const key = normalize(code);
    const slot = this.byCode.get(key);
    if (slot === undefined) return false;
    const stored = this.items[slot]!;
    for (const id of stored.fieldIds) this.removeField(id);
    if (stored.item.basicCode) {
      const basic = normalize(stored.item.basicCode);
      const set = this.byBasicCode.get(basic);
      set?.delete(slot);
      if (set?.size === 0) this.byBasicCode.delete(basic);
    }
    this.byCode.delete(key);
    this.items[slot] = undefined;
    this.freeSlots.push(slot);
    this.sortedCodes = null;
    return true;
  }

  bumpUsage(code: string, by: number): void {
    const slot = this.slotOf(code);
    if (slot === undefined) return;
    const stored = this.items[slot]!;
    stored.usage += by;
    stored.usageBoost = usageBoost(stored.usage);
  }

  private addField(slot: number, kind: Field['kind'], text: string): number {
    const id = this.freeFields.pop() ?? this.fields.length;
    const field: Field = {
      slot,
      kind,
      text,
      charCount: distinctChars(text).length,
      pairCount: distinctBigrams(text).length,
      py: pinyinForms(text),
    };
    this.fields[id] = field;
    this.post(field, id, 'add');
    return id;
  }

  private removeField(id: number): void {
    this.post(this.fields[id]!, id, 'remove');
    this.fields[id] = undefined;
    this.freeFields.push(id);
  }

  /** The grams are recomputed on removal rather than stored: they are cheap and this keeps fields small. */
  private post(field: Field, id: number, op: 'add' | 'remove'): void {
    for (const c of distinctChars(field.text)) this.chars[op](c, id);
    for (const p of distinctBigrams(field.text)) this.pairs[op](p, id);
    for (const p of distinctBigrams(field.py.joined)) this.pinyinPairs[op](p, id);
    for (const p of distinctBigrams(field.py.initials)) this.initialPairs[op](p, id);
    if (field.py.joined) this.firstLetter[op](field.py.joined[0]!, id);
  }
}
