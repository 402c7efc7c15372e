/**
 * What the browser checks before a material's file is sent: the server takes PDF, JPG and PNG up to 10 MB and
 * answers 422 / 413 otherwise. Checking first saves the applicant a long upload that can only fail.
 */

import { ACCEPTED_FILE_TYPES, type AcceptedFileType } from '@yimen/shared/case-view';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The extensions of each type the server accepts (its list is the contract's: a new type fails to compile here). */
const TYPES: Record<AcceptedFileType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/** For the file picker: the extensions and the types, so every platform's dialog filters alike. */
export const UPLOAD_ACCEPT = [
  ...Object.values(TYPES)
    .flat()
    .map((ext) => `.${ext}`),
  ...ACCEPTED_FILE_TYPES,
].join(',');

export type UploadProblem = 'type' | 'size' | 'empty';

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/**
 * Why this file cannot be uploaded, or null. The browser's type decides; a file without one (some systems give
 * none) is judged by its extension.
 */
export function uploadProblem(file: { name: string; type: string; size: number }): UploadProblem | null {
  const known = file.type
    ? file.type in TYPES
    : Object.values(TYPES).some((extensions) => extensions.includes(extensionOf(file.name)));
  if (!known) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_UPLOAD_BYTES) return 'size';
  return null;
}

/** "856 KB", "3.4 MB": sizes as people read them (binary units, as the 10 MB limit is). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
