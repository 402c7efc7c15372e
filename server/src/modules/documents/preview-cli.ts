import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildAcceptanceNotice,
  buildApprovalDecision,
  buildCertificate,
  buildCorrectionNotice,
  buildOneTimeNotice,
  buildRefusalNotice,
} from './documents.factories.ts';
import { type DocumentRequest, renderDocument } from './render.ts';

/**
 * Writes one sample of every document to a folder, to look at while changing the layout:
 *   node --import tsx server/src/modules/documents/preview-cli.ts /tmp/yimen-docs
 *   pdftoppm -png -r 80 /tmp/yimen-docs/acceptance_notice.pdf /tmp/yimen-docs/acceptance_notice
 */

const samples: DocumentRequest[] = [
  { kind: 'acceptance_notice', data: buildAcceptanceNotice() },
  { kind: 'one_time_notice', data: buildOneTimeNotice() },
  { kind: 'correction_notice', data: buildCorrectionNotice() },
  { kind: 'refusal_notice', data: buildRefusalNotice() },
  { kind: 'approval_decision', data: buildApprovalDecision() },
  { kind: 'certificate', data: buildCertificate() },
];

const dir = process.argv[2] ?? 'documents-preview';
mkdirSync(dir, { recursive: true });
for (const sample of samples) {
  const started = performance.now();
  const pdf = await renderDocument(sample);
  const file = join(dir, `${sample.kind}.pdf`);
  writeFileSync(file, pdf);
  const ms = Math.round(performance.now() - started);
  console.log(`${file}  ${(pdf.length / 1024).toFixed(1)} KB  ${ms} ms`);
}
