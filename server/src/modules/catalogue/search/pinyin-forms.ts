import { pinyin } from 'pinyin-pro';

/**
 * Pinyin of a normalised text, precomputed once per item name and keyword: the joined syllables
 * ("shehuibaozhangkashenling"), where each syllable starts, and the initials ("shbzksl"). Non-Han characters
 * (a–z, 0–9) are their own "syllable", so "icp许可" reads "icpxuke".
 */
export interface PinyinForms {
  joined: string;
  initials: string;
  /** joinedStart[i] = offset in `joined` where syllable i starts; one extra entry = joined.length. */
  joinedStart: Int32Array;
  /** textStart[i] = UTF-16 offset in the normalised text of the character read as syllable i. */
  textStart: Int32Array;
  /** boundary[k] = 1 when a syllable starts at offset k of `joined` (matches should start on one). */
  boundary: Uint8Array;
}

const OPTIONS = { toneType: 'none', type: 'array', v: true } as const;

/** Syllables, one per character of `text` (code points). */
function syllables(text: string, chars: string[]): string[] {
  // One call for the whole text lets pinyin-pro pick the reading of polyphones from the word (银行 → hang);
  // if it ever returns a different count (it groups nothing today), fall back to one character at a time.
  const whole = pinyin(text, OPTIONS);
  const per = whole.length === chars.length ? whole : chars.map((ch) => pinyin(ch, OPTIONS)[0] ?? ch);
  // A character with no known reading becomes '_': nobody can type it, and the alignment of syllables,
  // initials and characters (used for highlights) stays one to one.
  return per.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '') || '_');
}

export function pinyinForms(text: string): PinyinForms {
  const chars = Array.from(text);
  const syl = syllables(text, chars);
  const joinedStart = new Int32Array(syl.length + 1);
  const textStart = new Int32Array(syl.length);
  let joined = '';
  // Initials are the first letter of each syllable, which is exactly what pinyin-pro's pattern 'first' gives
  // (zh → z); deriving them here keeps them aligned with the full syllables even for polyphones.
  let initials = '';
  let unit = 0;
  for (let i = 0; i < syl.length; i++) {
    joinedStart[i] = joined.length;
    textStart[i] = unit;
    unit += chars[i]!.length;
    const s = syl[i]!;
    joined += s;
    initials += s[0];
  }
  joinedStart[syl.length] = joined.length;
  const boundary = new Uint8Array(joined.length + 1);
  for (let i = 0; i < syl.length; i++) boundary[joinedStart[i]!] = 1;
  return { joined, initials, joinedStart, textStart, boundary };
}

/** Joined pinyin of a query with Han characters, to catch homophone typos from pinyin IMEs (申领 / 审领). */
export function joinedPinyin(text: string): string {
  return pinyin(text, OPTIONS)
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
