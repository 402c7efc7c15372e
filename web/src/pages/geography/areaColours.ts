/** Soft, distinguishable hues, one per street/town; sub-areas take lighter or darker shades of their street's hue. */
const STREET_HUES = ['#4e7fd6', '#3aa67c', '#e0a526', '#d0654c', '#7a62c4', '#2f9fb3', '#c45f9a', '#7f9a3a'];

function mix(hex: string, toward: string, amount: number): string {
  const channel = (value: string, i: number) => Number.parseInt(value.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(hex, i) * (1 - amount) + channel(toward, i) * amount));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The street an area belongs to: division codes nest by prefix, and a street code has nine digits. */
export const streetOf = (code: string): string => code.slice(0, 9);

/**
 * Colours for every feature of a layer: the street decides the hue and neighbours inside one street
 * alternate between shades, so adjacent areas rarely share a colour.
 */
export function colourAreas(codes: string[]): Map<string, string> {
  const streets = [...new Set(codes.map(streetOf))].sort();
  const seen = new Map<string, number>();
  const colours = new Map<string, string>();
  for (const code of [...codes].sort()) {
    const street = streetOf(code);
    const hue = STREET_HUES[streets.indexOf(street) % STREET_HUES.length]!;
    const ordinal = seen.get(street) ?? 0;
    seen.set(street, ordinal + 1);
    const shades = [0.55, 0.35, 0.7, 0.45, 0.62];
    colours.set(code, mix(hue, '#ffffff', code === street ? 0.45 : shades[ordinal % shades.length]!));
  }
  return colours;
}

export const SELECTED_FILL = '#0b57b7';
export const DISTRICT_FILL = '#eef2f7';
export const DISTRICT_BORDER = '#0b3a75';
