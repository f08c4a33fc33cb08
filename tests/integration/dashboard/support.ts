import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { demoPlan } from "@/db/seed/demo-plan";
import { seedDemoUsers } from "@/db/seed/demo-users";
import { seedDemoPlan } from "@/db/seed/load-demo-plan";
import { setDatabaseHandle } from "@/lib/dal/db";
import { loadDashboardScope, type DashboardScope } from "@/lib/dal/dashboard/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { freshDatabase, type Driver } from "../../support/databases";
import { userActor } from "../workflow/support";

/** The moment the demo is seeded: a fixed day inside an open period. */
export const SEEDED_AT = new Date("2026-11-22T01:00:00Z");
export const NO_FILTERS: DashboardFilters = { period: null, workstream: null, agency: null };

export async function dashboardDatabase(driver: Driver): Promise<DbHandle> {
  const handle = await freshDatabase(driver);
  setDatabaseHandle(handle);
  await seedDemoPlan(handle.db, demoPlan, SEEDED_AT);
  await seedDemoUsers(handle.db);
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
