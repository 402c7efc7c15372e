/**
 * What an uploaded file really is, read from its first bytes (magic numbers), never from the name or the type the
 * browser declared: a text file renamed .pdf is still text.
 */

import type { AcceptedFileType } from '@yimen/shared/case-view';

const SIGNATURES: Array<{ type: AcceptedFileType; magic: number[] }> = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // \x89PNG\r\n\x1a\n
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] }, // SOI marker, then the first segment's marker
];

/** The accepted type the content starts like, or null for anything else (including an empty file). */
export function sniffFileType(content: Uint8Array): AcceptedFileType | null {
  for (const { type, magic } of SIGNATURES) {
    if (content.length >= magic.length && magic.every((b, i) => content[i] === b)) return type;
  }
  return null;
}

/**
 * The file name as the applicant gave it, made safe to store and to send back in a header: no folders, no control
 * characters, at most 200 characters.
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return Array.from(clean).slice(0, 200).join('') || 'file';
}

/** Content-Disposition for a download: an ASCII fallback and the real (UTF-8) name per RFC 6266 / RFC 5987. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
