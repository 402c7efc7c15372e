import { uploadProblem } from '../../components/upload-check.ts';

/** Event photos are JPEG or PNG (the server reads the type from the bytes), up to the upload limit. */
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,image/jpeg,image/png';

/** The server keeps at most nine photos per stage of an event. */
export const MAX_PHOTOS = 9;

/** Why this file cannot be an event photo, or null: a PDF is fine for case materials but not here. */
export function photoProblem(file: {
  name: string;
  type: string;
  size: number;
}): 'type' | 'size' | 'empty' | null {
  const problem = uploadProblem(file);
  if (problem) return problem;
  const pdf = file.type === 'application/pdf' || (!file.type && file.name.toLowerCase().endsWith('.pdf'));
  return pdf ? 'type' : null;
}
