import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans SC ("Noto Sans Hans", SIL Open Font License 1.1) from the npm package @embedpdf/fonts-sc. The files are
 * about 8 MB each; pdfkit embeds only the glyphs a document uses, so a notice stays near 150 KB.
 *
 * Fonts are handed to pdfkit by file path, not as buffers: pdfkit's tables restore the previous font after every
 * cell by its source, and only a string source hits pdfkit's font cache — a buffer source re-parses the whole
 * 8 MB font per cell (seconds per table).
 */

export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontWeight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

/** The package exports no `./package.json`, so resolve its entry point (dist/index.*) and step up to the root. */
function fontDirectory(): string {
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return join(dirname(entry), '..', 'fonts');
}

function fontPath(weight: FontWeight): string {
  const path = join(fontDirectory(), FILES[weight]);
  if (!existsSync(path)) throw new Error(`font file missing: ${path} (is @embedpdf/fonts-sc installed?)`);
  return path;
}

/** Absolute paths of the two weights, checked when the module loads so a broken install fails at start-up. */
export const FONT_FILES: Readonly<Record<FontWeight, string>> = {
  regular: fontPath('regular'),
  bold: fontPath('bold'),
};
