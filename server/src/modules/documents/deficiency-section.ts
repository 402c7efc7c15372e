import type { MaterialDeficiency } from './document-types.ts';
import { numbered, sectionTitle, table } from './notice-layout.ts';
import type { Pdf } from './pdf-document.ts';

/** 一、二、三… for numbered sections. */
export const ORDINALS = ['一', '二', '三', '四', '五', '六'] as const;

/** The part shared by the one-time notice and the correction notice: every gap, each with its remedy. */

const PROBLEM_ZH: Record<MaterialDeficiency['problem'], string> = {
  missing: '缺少',
  defective: '不符合要求',
};

/**
 * Draws the numbered sections and returns how many it drew, so the caller can number what follows. `start` is
 * the number of sections the caller drew before (their ordinals continue from it).
 */
export function deficiencySections(
  doc: Pdf,
  deficiencies: MaterialDeficiency[],
  unmetConditions: string[],
  titles: { materials: string; conditions: string },
  start = 0,
): number {
  if (deficiencies.length === 0 && unmetConditions.length === 0) {
    throw new Error('a notice of what is missing must list at least one material or condition');
  }
  let n = start;
  if (deficiencies.length > 0) {
    sectionTitle(doc, `${ORDINALS[n++]}、${titles.materials}`);
    table(
      doc,
      [
        { header: '序号', width: 34, align: 'center' },
        { header: '材料名称', width: 110 },
        { header: '问题', width: 46, align: 'center' },
        { header: '原因', width: '*' },
        { header: '请补正', width: '*' },
      ],
      deficiencies.map((d, i) => [String(i + 1), d.name, PROBLEM_ZH[d.problem], d.reason, d.bring]),
    );
  }
  if (unmetConditions.length > 0) {
    sectionTitle(doc, `${ORDINALS[n++]}、${titles.conditions}`);
    numbered(doc, unmetConditions);
  }
  return n - start;
}
