import { makeIdNumber } from '@yimen/shared/id-checks';
import { dayNumber, isoOfDay } from './calendar.ts';
import type { Random } from './random.ts';

/**
 * Hands out unique ID numbers (GB 11643: area + birth date + sequence + check). Two people can share area
 * and birthday; the sequence tells them apart, so on a clash the sequence moves on by two (keeping the
 * gender parity). Taken numbers are remembered as one small integer each — (first four area digits, day,
 * sequence) — which is also all a masked number and a birth date reveal, so rows already in the database
 * can be reserved in append mode without decrypting anything.
 */
export class IdNumberAllocator {
  private readonly taken = new Set<number>();
  private readonly prefixes = new Map<string, number>();

  private key(area: string, day: number, seq: number): number {
    const p4 = area.slice(0, 4);
    let p = this.prefixes.get(p4);
    if (p === undefined) {
      p = this.prefixes.size;
      this.prefixes.set(p4, p);
    }
    // day < 2^17 (until the year 2258), seq < 1000: the product stays far below 2^53.
    return (p * 131_072 + day) * 1000 + seq;
  }

  /** Marks an existing number as taken, from its masked form (first 4, last 4) and its birth date. */
  reserve(maskedId: string, birthDate: string): void {
    this.taken.add(this.key(maskedId.slice(0, 4), dayNumber(birthDate), Number(maskedId.slice(14, 17))));
  }

  /** A new unique number for a person of this area, gender and birth day (which may move by a day if full). */
  allocate(
    rand: Random,
    area: string,
    birthDay: number,
    gender: 'M' | 'F',
  ): { idNumber: string; birthDay: number } {
    const parity = gender === 'M' ? 1 : 0;
    for (let day = birthDay; ; day--) {
      const start = rand.int(0, 499);
      for (let k = 0; k < 500; k++) {
        const seq = ((start + k) % 500) * 2 + parity;
        const key = this.key(area, day, seq);
        if (!this.taken.has(key)) {
          this.taken.add(key);
          return { idNumber: makeIdNumber(area, isoOfDay(day), seq), birthDay: day };
        }
      }
    }
  }

  get size(): number {
    return this.taken.size;
  }
}
