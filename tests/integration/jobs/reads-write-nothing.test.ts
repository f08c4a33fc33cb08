import { asc, count, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { loadDashboardScope } from "@/lib/dal/dashboard/scope";
import { setDatabaseHandle } from "@/lib/dal/db";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { listPeriods } from "@/lib/dal/periods";
import { runDueJobs } from "@/lib/jobs/run-due";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { actorFor } from "../workflow/support";

describe.each(DRIVERS)("reading pages after a period's close time on %s", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  const openPeriods = async () =>
    handle.db
      .select({ id: t.reportingPeriods.id, closesAt: t.reportingPeriods.closesAt })
      .from(t.reportingPeriods)
      .where(isNull(t.reportingPeriods.closedAt))
      .orderBy(asc(t.reportingPeriods.startsOn));
  const eventCount = async () => (await handle.db.select({ n: count() }).from(t.auditEvents))[0]!.n;

  it("writes nothing: the period stays open until the jobs run, which close it", async () => {
    const [open] = await openPeriods();
    const after = new Date(open!.closesAt.getTime() + 60_000);
    const events = await eventCount();
    const monitor = await actorFor(handle.db, "monitor");
    await loadPublicPlan(after);
    await loadDashboardScope(monitor, { period: null, workstream: null, agency: null }, after);
    await listPeriods(monitor);
    expect((await openPeriods())[0]).toEqual(open);
    expect(await eventCount()).toBe(events);
    expect(await handle.db.select().from(t.jobs)).toEqual([]);

    expect((await runDueJobs({ now: after })).changed).toBe(1);
    expect((await openPeriods()).map((p) => p.id)).not.toContain(open!.id);
  });
});
