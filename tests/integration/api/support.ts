/** Shared set-up for the open-data API tests: a seeded database and a way to call route handlers. */
import { refreshSearchDocuments } from "@/db/search/search-documents";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
// Renamed: it is not a React hook, and the hooks lint rule goes by the name.
import { setDatabaseHandle as pointDataLayerAt } from "@/lib/dal/db";
import { seededDatabase, type Driver } from "../../support/databases";

/** A copy of the demo plan seeded at `SEEDED_AT`, with the data access layer pointed at it. */
export async function apiDatabase(driver: Driver = "pglite"): Promise<DbHandle> {
  const handle = await seededDatabase(driver);
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
  // As publishing does: the action's search document is rebuilt with the update (public now or not).
  if (fields.state === "published") await refreshSearchDocuments(handle.db, { actionIds: [action!.id] });
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
