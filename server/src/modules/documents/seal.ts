import { COLOUR, FONT, type Pdf } from './pdf-document.ts';

/**
 * A drawn seal in the shape of a Chinese official seal (公章): a red ring, the issuer's name along the upper arc, a
 * five-pointed star in the middle and a horizontal line of text below it. It is a visual mark only — the proof of
 * authenticity is the verification code and the stored digest — so the horizontal text says 电子印章（演示）.
 */

export interface SealOptions {
  /** Centre of the seal. */
  x: number;
  y: number;
  /** Issuer's name, written along the arc. */
  name: string;
  /** Radius in points; 21 mm (a 42 mm seal) by default. */
  radius?: number;
  label?: string;
}

const DEFAULT_RADIUS = 21 * (72 / 25.4);

export function drawSeal(doc: Pdf, options: SealOptions): void {
  const { x, y, name } = options;
  const r = options.radius ?? DEFAULT_RADIUS;
  doc.save();
  // A stamp lets the ink below show through a little.
  doc.fillColor(COLOUR.seal).strokeColor(COLOUR.seal).fillOpacity(0.88).strokeOpacity(0.88);
  doc
    .lineWidth(r * 0.05)
    .circle(x, y, r * 0.96)
    .stroke();
  drawStar(doc, x, y, r * 0.3);
  drawArcText(doc, x, y, r, name);
  const label = options.label ?? '电子印章（演示）';
  const labelSize = r * 0.13;
  doc.font(FONT.bold).fontSize(labelSize);
  const labelWidth = doc.widthOfString(label);
  doc.text(label, x - labelWidth / 2, y + r * 0.56, { lineBreak: false });
  doc.restore();
}

function drawStar(doc: Pdf, cx: number, cy: number, outer: number): void {
  const inner = outer * 0.382;
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (i * Math.PI) / 5; // from the top, clockwise
    points.push([cx + radius * Math.sin(angle), cy - radius * Math.cos(angle)]);
  }
  doc.polygon(...points).fill();
}

/** Characters stand on the arc with their tops towards the rim, spread symmetrically about the top. */
function drawArcText(doc: Pdf, cx: number, cy: number, r: number, text: string): void {
  const chars = Array.from(text);
  const size = chars.length > 14 ? r * 0.2 : r * 0.24;
  // Real seals spread the name over about 210–250°, closer together when the name is short.
  const span = Math.min(250, Math.max(120, chars.length * 20));
  const step = chars.length > 1 ? span / (chars.length - 1) : 0;
  const centreRadius = r * 0.9 - size * 0.62;
  doc.font(FONT.bold).fontSize(size);
  chars.forEach((ch, i) => {
    const angle = -span / 2 + i * step;
    const rad = (angle * Math.PI) / 180;
    const px = cx + centreRadius * Math.sin(rad);
    const py = cy - centreRadius * Math.cos(rad);
    const width = doc.widthOfString(ch);
    doc.save();
    doc.rotate(angle, { origin: [px, py] });
    // Condense the glyphs a little, as seal engravers do, so long names still fit the ring.
    doc.scale(0.85, 1, { origin: [px, py] });
    doc.text(ch, px - width / 2, py - size / 2, { lineBreak: false });
    doc.restore();
  });
}
