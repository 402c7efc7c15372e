import { spawnSync } from 'node:child_process';

/**
 * Test support: reads a PDF back the way a person's tools would. Text extraction uses `pdftotext` from
 * poppler-utils (apt-get install poppler-utils); without it the text assertions skip, except on CI where a
 * missing tool must fail the run rather than pass it silently.
 */

let available: boolean | undefined;

export function hasPdftotext(): boolean {
  available ??= spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
  return available;
}

export const PDFTOTEXT_MISSING =
  'pdftotext not found: install poppler-utils (apt-get install poppler-utils) to check the text of the PDFs';

/** The text of the PDF in reading order, or throws when pdftotext fails. */
export function pdfText(pdf: Buffer): string {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr.toString()}`);
  return run.stdout.toString('utf8');
}

/** Text without any whitespace, so words broken across lines or table cells still match. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Number of pages, from the page tree's /Count. */
export function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type \/Pages\s*\/Count (\d+)/g)].map((m) =>
    Number(m[1]),
  );
  return Math.max(0, ...counts);
}
