import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { SEEDED_AT, seededDatabase, type Driver } from "../../support/databases";
import { userActor } from "../workflow/support";

/** The moment the demo is seeded: a fixed day inside an open period. */
export { SEEDED_AT };
export const NO_FILTERS: DashboardFilters = { period: null, workstream: null, agency: null };

export async function dashboardDatabase(driver: Driver): Promise<DbHandle> {
  const handle = await seededDatabase(driver, { users: true });
  setDatabaseHandle(handle);
  return handle;
}

export async function scopeFor(
  handle: DbHandle,
  persona: "monitor" | "ownApprover",
  now = SEEDED_AT,
  filters: Partial<DashboardFilters> = {},
): Promise<DashboardScope> {
  setDatabaseHandle(handle);
  return loadDashboardScope(await userActor(handle.db, persona), { ...NO_FILTERS, ...filters }, now);
}

export async function actionByCode(handle: DbHandle, code: string) {
  const [row] = await handle.db.select().from(t.actions).where(eq(t.actions.code, code));
  return row!;
}
