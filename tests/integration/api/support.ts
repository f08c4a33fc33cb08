/** Shared set-up for the open-data API tests: a seeded database and a way to call route handlers. */
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { demoPlan } from "@/db/seed/demo-plan";
import { seedDemoPlan } from "@/db/seed/load-demo-plan";
// Renamed: it is not a React hook, and the hooks lint rule goes by the name.
import { setDatabaseHandle as pointDataLayerAt } from "@/lib/dal/db";
import { freshDatabase, type Driver } from "../../support/databases";

export const SEEDED_AT = new Date("2026-11-22T00:00:00Z");

export async function seededDatabase(driver: Driver = "pglite"): Promise<DbHandle> {
  const handle = await freshDatabase(driver);
  await seedDemoPlan(handle.db, demoPlan, SEEDED_AT);
  pointDataLayerAt(handle);
  return handle;
}

type Handler<P> = (request: Request, ctx: { params: Promise<P> }) => Promise<Response>;
type CallOptions<P> = { params?: P; headers?: HeadersInit };

/** Calls a route handler as Next.js would, with a request on http://localhost. */
export function call<P>(handler: Handler<P>, path: string, options: CallOptions<P> = {}): Promise<Response> {
  return handler(new Request(`http://localhost${path}`, { headers: options.headers }), {
    params: Promise.resolve(options.params ?? ({} as P)),
  });
}

export async function callJson<T = Record<string, unknown>, P = unknown>(
  handler: Handler<P>,
  path: string,
  options: CallOptions<P> = {},
): Promise<{ status: number; body: T; response: Response }> {
  const response = await call(handler, path, options);
  return { status: response.status, body: (await response.json()) as T, response };
}

/** Adds a progress update to an action, on behalf of its lead agency, in the newest period. */
export async function insertUpdate(
  handle: DbHandle,
  code: string,
  fields: Partial<typeof t.progressUpdates.$inferInsert> & { state: string },
): Promise<number> {
  const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, code));
  const periods = await handle.db.select().from(t.reportingPeriods);
  const period = periods.sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0]!;
  const [row] = await handle.db
    .insert(t.progressUpdates)
    .values({ actionId: action!.id, agencyId: action!.leadAgencyId, periodId: period.id, stage: "underway", ...fields })
    .returning({ id: t.progressUpdates.id });
  return row!.id;
}

export type ApiAction = {
  code: string;
  title: string;
  workstream: number;
  leadAgency: string;
  contributingAgencies: string[];
  stage: string | null;
  confidence: string | null;
  systemState: string;
  progress: number | null;
};
