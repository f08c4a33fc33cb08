import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { DRIVERS, freshDatabase } from "../support/databases";
import { expectDatabaseRefusal } from "../support/db-errors";

/** The database itself refuses rows that break the domain's vocabularies and invariants. */
describe.each(DRIVERS)("schema rules on %s", (driver) => {
  let handle: DbHandle;
  let ids: { agency: number; plan: number; action: number; action2: number };

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    const db = handle.db;
    const [agency] = await db
      .insert(t.agencies)
      .values({ slug: "tec", acronym: "TEC", name: "Tertiary Education Commission" })
      .returning();
    const [plan] = await db
      .insert(t.plans)
      .values({ slug: "p", title: "Plan", strategyTitle: "Strategy", startsOn: "2023-10-01", endsOn: "2025-09-30" })
      .returning();
    const [focus] = await db
      .insert(t.focusAreas)
      .values({ planId: plan!.id, number: 1, title: "F", description: "d" })
      .returning();
    void focus;
    const [ws] = await db
      .insert(t.workstreams)
      .values({ planId: plan!.id, number: 1, title: "W", description: "d", leadAgencyId: agency!.id })
      .returning();
    const base = {
      planId: plan!.id,
      workstreamId: ws!.id,
      description: "d",
      leadAgencyId: agency!.id,
      baselineStart: "2023-10-01",
      baselineDue: "2024-03-31",
    };
    const [a1] = await db
      .insert(t.actions)
      .values({ ...base, code: "1.1", title: "A1" })
      .returning();
    const [a2] = await db
      .insert(t.actions)
      .values({ ...base, code: "1.2", title: "A2" })
      .returning();
    ids = { agency: agency!.id, plan: plan!.id, action: a1!.id, action2: a2!.id };
  });
  afterAll(async () => handle?.close());

  const update = () => ({ actionId: ids.action, agencyId: ids.agency, stage: "underway", confidence: "on_track" });

  it("accepts a valid update and refuses an unknown stage or confidence", async () => {
    await expect(handle.db.insert(t.progressUpdates).values(update())).resolves.toBeDefined();
    await expectDatabaseRefusal(
      handle.db.insert(t.progressUpdates).values({ ...update(), stage: "nearly_done" }),
      /progress_updates_stage_check/,
    );
    await expectDatabaseRefusal(
      handle.db.insert(t.progressUpdates).values({ ...update(), confidence: "meh" }),
      /progress_updates_confidence_check/,
    );
  });

  it("refuses a published state without a publish time, and not proceeding without a reason", async () => {
    await expectDatabaseRefusal(
      handle.db.insert(t.progressUpdates).values({ ...update(), state: "published" }),
      /progress_updates_published_check/,
    );
    await expectDatabaseRefusal(
      handle.db.insert(t.progressUpdates).values({ ...update(), stage: "not_proceeding", notProceedingReason: "  " }),
      /not_proceeding_reason_check/,
    );
  });

  it("refuses a second open update for the same action and period, but not once the first is closed", async () => {
    const quarter = (label: string, startsOn: string, endsOn: string, at: string) => ({
      label,
      startsOn,
      endsOn,
      opensAt: new Date(`${at}T00:00:00Z`),
      dueAt: new Date(`${at}T01:00:00Z`),
      graceUntil: new Date(`${at}T02:00:00Z`),
      closesAt: new Date(`${at}T03:00:00Z`),
    });
    const [period, other] = await handle.db
      .insert(t.reportingPeriods)
      .values([
        quarter("2030 Q1", "2030-01-01", "2030-03-31", "2030-04-01"),
        quarter("2030 Q2", "2030-04-01", "2030-06-30", "2030-07-01"),
      ])
      .returning();
    const inPeriod = () => ({ ...update(), periodId: period!.id });
    const [first] = await handle.db.insert(t.progressUpdates).values(inPeriod()).returning();
    for (const state of ["draft", "submitted", "changes_requested", "agency_approved"] as const) {
      await expectDatabaseRefusal(
        handle.db.insert(t.progressUpdates).values({ ...inPeriod(), state, submittedAt: new Date() }),
        /progress_updates_one_open_idx/,
      );
    }
    // Another period, or a withdrawn first update, leaves room for a new one.
    await expect(
      handle.db.insert(t.progressUpdates).values({ ...update(), periodId: other!.id }),
    ).resolves.toBeDefined();
    await handle.db.update(t.progressUpdates).set({ state: "withdrawn" }).where(eq(t.progressUpdates.id, first!.id));
    await expect(handle.db.insert(t.progressUpdates).values(inPeriod())).resolves.toBeDefined();
  });

  it("refuses evidence links that are not http(s)", async () => {
    const [u] = await handle.db
      .insert(t.progressUpdates)
      .values({ ...update(), state: "withdrawn" })
      .returning();
    await expectDatabaseRefusal(
      handle.db.insert(t.updateEvidence).values({ updateId: u!.id, title: "x", url: "javascript:alert(1)" }),
      /update_evidence_url_check/,
    );
    await expect(
      handle.db.insert(t.updateEvidence).values({ updateId: u!.id, title: "x", url: "https://www.tec.govt.nz/" }),
    ).resolves.toBeDefined();
  });

  it("refuses an action that depends on itself, a malformed code, and a due date before the start", async () => {
    await expectDatabaseRefusal(
      handle.db.insert(t.actionDependencies).values({ actionId: ids.action, predecessorId: ids.action }),
      /action_dependencies_not_self_check/,
    );
    await expectDatabaseRefusal(
      handle.db.update(t.actions).set({ code: "1.x" }).where(eq(t.actions.id, ids.action)),
      /actions_code_check/,
    );
    await expectDatabaseRefusal(
      handle.db.update(t.actions).set({ baselineDue: "2023-01-01" }).where(eq(t.actions.id, ids.action)),
      /actions_baseline_check/,
    );
  });

  it("refuses confirmed provenance without a source", async () => {
    await expectDatabaseRefusal(
      handle.db
        .update(t.actions)
        .set({ provenance: "confirmed", sourceUrl: null })
        .where(eq(t.actions.id, ids.action2)),
      /actions_confirmed_has_source_check/,
    );
  });

  it("refuses an agency role without an agency and an email that is not lower case", async () => {
    await expectDatabaseRefusal(
      handle.db.insert(t.users).values({ email: "a@example.org", name: "A", role: "agency_staff" }),
      /users_agency_role_check/,
    );
    await expectDatabaseRefusal(
      handle.db.insert(t.users).values({ email: "A@example.org", name: "A", role: "admin" }),
      /users_email_lowercase_check/,
    );
  });

  it("keeps the audit trail append-only: UPDATE and DELETE fail", async () => {
    const [event] = await handle.db
      .insert(t.auditEvents)
      .values({ actorLabel: "test", entity: "action", entityId: "1.1", event: "action.created" })
      .returning();
    await expectDatabaseRefusal(
      handle.db.update(t.auditEvents).set({ event: "tampered" }).where(eq(t.auditEvents.id, event!.id)),
      /append-only/,
    );
    await expectDatabaseRefusal(handle.db.delete(t.auditEvents).where(eq(t.auditEvents.id, event!.id)), /append-only/);
    const [still] = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.id, event!.id));
    expect(still!.event).toBe("action.created");
    await expectDatabaseRefusal(handle.db.execute(sql`truncate audit_events`), /append-only/);
  });
});
