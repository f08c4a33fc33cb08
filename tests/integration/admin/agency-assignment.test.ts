import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { isRetiredAgencyRefusal } from "@/lib/dal/agency-assignment";
import { setDatabaseHandle } from "@/lib/dal/db";
import { createIndicator, getIndicatorFormOptions, updateIndicator } from "@/lib/dal/indicators-admin";
import { changeUserAccess, getUserForEdit, inviteUser } from "@/lib/dal/users-admin";
import type { UserActor } from "@/lib/permissions/actor";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { form, ids, indicatorForm } from "../indicators-admin/support";
import { expectWorkflowError, userActor } from "../workflow/support";

/** The refusal the database itself gives, found anywhere in the chain of causes. */
async function refusedByDatabase(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isRetiredAgencyRefusal(error), `expected the retired-agency refusal, got ${String(error)}`).toBe(true);
}

describe.each(DRIVERS)("a retired agency is no longer assignable, on %s", (driver) => {
  let handle: DbHandle;
  let admin: UserActor;
  let monitor: UserActor;
  let retiredId: number;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    admin = await userActor(handle.db, "admin");
    monitor = await userActor(handle.db, "monitor");
    const [gone] = await handle.db
      .insert(t.agencies)
      .values({ slug: "gone", acronym: "GONE", name: "A retired agency" })
      .returning();
    retiredId = gone!.id;
  });
  afterAll(async () => handle?.close());

  const retire = () => handle.db.update(t.agencies).set({ retiredAt: new Date() }).where(eq(t.agencies.id, retiredId));

  it("lets what already names it keep it, and refuses it anywhere it would be newly given", async () => {
    const links = await ids(handle.db);
    // Before retirement: an indicator and a person belong to the agency.
    const indicator = await createIndicator(
      monitor,
      indicatorForm({ agencyId: retiredId, actionIds: [], recommendationIds: [] }, { code: "GONE-1" }),
    );
    const person = await inviteUser(
      admin,
      form({ email: "kept@example.org", name: "Kept", role: "agency_staff", agencyId: String(retiredId) }),
    );
    await retire();

    // Forms no longer offer it, except to the record that has it.
    expect((await getIndicatorFormOptions(monitor)).agencies.map((a) => a.id)).not.toContain(retiredId);
    expect((await getIndicatorFormOptions(monitor, retiredId)).agencies.map((a) => a.id)).toContain(retiredId);
    expect((await getUserForEdit(admin, person.userId)).agencies.map((a) => a.id)).toContain(retiredId);

    // A new indicator, a new person: refused with a sentence that names the agency.
    const newIndicator = await expectWorkflowError(
      createIndicator(
        monitor,
        indicatorForm({ agencyId: retiredId, actionIds: [], recommendationIds: [] }, { code: "GONE-2" }),
      ),
      "invalid",
    );
    expect(newIndicator.fieldErrors.ownerAgencyId).toEqual([
      "GONE is retired: it stays in the record for history but can no longer be assigned. Choose an active agency.",
    ]);
    const invited = await expectWorkflowError(
      inviteUser(
        admin,
        form({ email: "new@example.org", name: "New", role: "agency_staff", agencyId: String(retiredId) }),
      ),
      "invalid",
    );
    expect(invited.fieldErrors.agencyId?.[0]).toMatch(/^GONE is retired/);

    // An existing indicator moved to it is refused; one that keeps it saves its other changes.
    const [row] = await handle.db.select().from(t.indicators).where(eq(t.indicators.id, indicator.id));
    const moved = await updateIndicator(
      monitor,
      indicator.id,
      row!.updatedAt.toISOString(),
      indicatorForm({ agencyId: retiredId, actionIds: [], recommendationIds: [] }, { code: "GONE-1", unit: "people" }),
    );
    expect(moved.changed).toBe(true);
    const other = await expectWorkflowError(
      updateIndicator(
        monitor,
        (
          await createIndicator(
            monitor,
            indicatorForm({ agencyId: links.tec.id, actionIds: [], recommendationIds: [] }, { code: "GONE-3" }),
          )
        ).id,
        (
          await handle.db.select().from(t.indicators).where(eq(t.indicators.code, "GONE-3"))
        )[0]!.updatedAt.toISOString(),
        indicatorForm({ agencyId: retiredId, actionIds: [], recommendationIds: [] }, { code: "GONE-3" }),
      ),
      "invalid",
    );
    expect(other.fieldErrors.ownerAgencyId?.[0]).toMatch(/^GONE is retired/);

    // A person who belongs to it keeps it when their role changes.
    const [account] = await handle.db.select().from(t.users).where(eq(t.users.id, person.userId));
    await changeUserAccess(
      admin,
      person.userId,
      account!.updatedAt.toISOString(),
      form({ role: "agency_approver", agencyId: String(retiredId) }),
    );
    expect((await handle.db.select().from(t.users).where(eq(t.users.id, person.userId)))[0]).toMatchObject({
      role: "agency_approver",
      agencyId: retiredId,
    });
  });

  it("is refused by the database too, for a write that does not ask first", async () => {
    const [action] = await handle.db.select().from(t.actions).where(eq(t.actions.code, "1.4"));
    const [workstream] = await handle.db.select().from(t.workstreams).limit(1);
    await refusedByDatabase(
      handle.db.update(t.actions).set({ leadAgencyId: retiredId }).where(eq(t.actions.id, action!.id)),
    );
    await refusedByDatabase(
      handle.db.update(t.workstreams).set({ leadAgencyId: retiredId }).where(eq(t.workstreams.id, workstream!.id)),
    );
    await refusedByDatabase(
      handle.db.update(t.users).set({ agencyId: retiredId }).where(eq(t.users.email, "admin@example.org")),
    );
    // Rows that already name it may still be written (the kept indicator, retitled).
    await handle.db
      .update(t.indicators)
      .set({ title: sql`${t.indicators.title} || ' (kept)'` })
      .where(eq(t.indicators.ownerAgencyId, retiredId));
    const [stillOwned] = await handle.db.select().from(t.indicators).where(eq(t.indicators.code, "GONE-1"));
    expect(stillOwned!.ownerAgencyId).toBe(retiredId);
  });
});
