/**
 * Whether the database refused a write because the named unique index already holds the key.
 * Drizzle wraps the driver's error, so the chain of causes is searched; both drivers put the
 * SQLSTATE on `code` and the index on `constraint` (PGlite) or `constraint_name` (postgres.js).
 */
export function isUniqueViolation(error: unknown, indexName: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const pg = e as Error & { code?: string; constraint?: string; constraint_name?: string };
    if (pg.code === "23505" && `${pg.constraint ?? ""} ${pg.constraint_name ?? ""} ${pg.message}`.includes(indexName)) {
      return true;
    }
  }
  return false;
}
