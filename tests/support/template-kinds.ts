/** What the database templates are, shared by the global setup that builds them and the tests. */

/** The fixed moment of the seeded templates: 2026-11-22 14:00 in Auckland, with 2026 Q4 open. */
export const SEEDED_AT = new Date("2026-11-22T01:00:00Z");

/**
 * - `migrated`: the schema and nothing else.
 * - `plan`: the demo plan seeded at `SEEDED_AT`; `planUsers`: the same and the demo accounts.
 * - `todayUsers`: the demo plan and accounts seeded at the real time the run started, for tests of
 *   code that reads the clock itself (the open period, publishing now, scheduling ahead).
 */
export type Template = "migrated" | "plan" | "planUsers" | "todayUsers";
export type Templates = Record<Template, string>;

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
