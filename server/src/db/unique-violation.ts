/** True for PostgreSQL's unique_violation, raised when two requests register the same number at once. */
export const isUniqueViolation = (err: unknown): boolean =>
  (err as { code?: string } | null)?.code === '23505';
