/** Cuts a name into plain and matched pieces from the search's half-open [start, end) ranges. */
export function highlightSegments(
  name: string,
  ranges: readonly (readonly [number, number])[] | undefined,
): { text: string; hit: boolean; start: number }[] {
  const segments: { text: string; hit: boolean; start: number }[] = [];
  let at = 0;
  const sorted = [...(ranges ?? [])].sort((a, b) => a[0] - b[0]);
  for (const [rawStart, rawEnd] of sorted) {
    const start = Math.max(at, Math.min(rawStart, name.length));
    const end = Math.min(Math.max(rawEnd, start), name.length);
    if (start > at) segments.push({ text: name.slice(at, start), hit: false, start: at });
    if (end > start) segments.push({ text: name.slice(start, end), hit: true, start });
    at = Math.max(at, end);
  }
  if (at < name.length) segments.push({ text: name.slice(at), hit: false, start: at });
  return segments;
}
