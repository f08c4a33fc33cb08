import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { rowsOf } from "@/db/rows";
import { loadDashboardScope } from "@/lib/dal/dashboard/scope";
import { statusMix } from "@/lib/dal/dashboard/status-mix";
import { statusSource } from "@/lib/dal/dashboard/status-source";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { DRIVERS } from "../../support/databases";
import { actorFor, workflowDatabase } from "../workflow/support";

const NO_FILTERS: DashboardFilters = { period: null, workstream: null, agency: null };

describe.each(DRIVERS)("the dashboard's live status in the server's memory (%s)", (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await workflowDatabase(driver);
  }, 120_000);
  afterAll(() => handle?.close());

  /** The present (no clock given), as a page asks; or a given moment, as a test or a job may. */
  const scopeAt = async (clock?: Date) => loadDashboardScope(await actorFor(handle.db, "monitor"), NO_FILTERS, clock);
  const underway = async (clock?: Date) =>
    (await statusMix(await scopeAt(clock), "workstream")).reduce((n, r) => n + r.byStage.underway, 0);

  /** The latest visible update of an action published as underway. */
  const latestUnderway = async () => {
    const status = await statusSource(await scopeAt(new Date()));
    return rowsOf<{ id: number }>(
      await handle.db.execute(sql`
        select u.id from (${status}) st
        join lateral (
          select pu.id from progress_updates pu
          where pu.action_id = st.action_id and pu.state = 'published' and pu.published_at <= now()
          order by pu.published_at desc, pu.id desc limit 1
        ) u on true
        where st.stage = 'underway'
        limit 1`),
    )[0]!.id;
  };

  it("serves the present from memory while the public record is unchanged, and reads again when it changes", async () => {
    const before = await underway();
    expect(await scopeAt().then((s) => s.present)).toBe(true);
    const id = await latestUnderway();
    // A change that skips the triggers leaves the public revision where it was: only a read from
    // memory still counts the action underway.
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update progress_updates set stage = 'not_started' where id = ${id}`);
    });
    expect(await underway()).toBe(before);
    // A moment given by the caller is read from the database, every time.
    expect(await underway(new Date())).toBe(before - 1);
    // Any change the public can see raises the revision: the next read sees the record as it is.
    await handle.db.execute(sql`update actions set title = title where id = (select min(id) from actions)`);
    expect(await underway()).toBe(before - 1);
  });
});
