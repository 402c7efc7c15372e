/**
 * The CSV import of events (一网统管): the columns its first line names, in any order (description and a place
 * are required), and the rows one import may carry. The server checks every row; the browser's preview checks
 * the same columns and limit before a wasted upload.
 */
export const IMPORT_COLUMNS = [
  'description',
  'lng',
  'lat',
  'address',
  'class_code',
  'severity',
  'reporter_name',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Rows one import may carry. */
export const IMPORT_MAX_ROWS = 5_000;
