/** An inverted index from a gram (a character, a character pair, a pinyin letter pair) to field ids. */
export class Postings {
  private readonly lists = new Map<string, number[]>();

  add(key: string, id: number): void {
    const list = this.lists.get(key);
    if (list) list.push(id);
    else this.lists.set(key, [id]);
  }

  /** Order inside a list does not matter (tallies count hits), so removal swaps with the last id. */
  remove(key: string, id: number): void {
    const list = this.lists.get(key);
    if (!list) return;
    const at = list.indexOf(id);
    if (at < 0) return;
    list[at] = list[list.length - 1]!;
    list.pop();
    if (list.length === 0) this.lists.delete(key);
  }

  get(key: string): readonly number[] | undefined {
    return this.lists.get(key);
  }
}

/**
 * Counts how many query grams each field shares, without clearing anything between queries: a count is
 * valid only when its stamp equals the current generation. The arrays grow with the index, never per query.
 */
export class Tally {
  private counts = new Int32Array(0);
  private stamps = new Int32Array(0);
  private generation = 0;
  /** Fields hit since `begin`, in first-hit order; valid up to `touchedCount`. */
  touched = new Int32Array(0);
  touchedCount = 0;

  begin(capacity: number): void {
    if (this.counts.length < capacity) {
      const size = Math.max(capacity, this.counts.length * 2, 64);
      this.counts = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.touched = new Int32Array(size);
    }
    if (this.generation === 0x7fffffff) {
      // Billions of passes later: clear once rather than let an old stamp look current.
      this.stamps.fill(0);
      this.generation = 0;
    }
    this.generation++;
    this.touchedCount = 0;
  }

  /** One hit for each id of the posting list. */
  hitAll(ids: readonly number[] | undefined): void {
    if (!ids) return;
    const gen = this.generation;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (this.stamps[id] === gen) this.counts[id]!++;
      else {
        this.stamps[id] = gen;
        this.counts[id] = 1;
        this.touched[this.touchedCount++] = id;
      }
    }
  }

  count(id: number): number {
    return this.stamps[id] === this.generation ? this.counts[id]! : 0;
  }
}
