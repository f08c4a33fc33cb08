import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import {
  createAgency,
  getAgencyForEdit,
  listAgenciesForManagement,
  setAgencyRetired,
  updateAgency,
} from "@/lib/dal/agencies-admin";
import { setDatabaseHandle } from "@/lib/dal/db";
import type { UserActor } from "@/lib/permissions/actor";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { form } from "../indicators-admin/support";
import { actorFor, expectWorkflowError, userActor } from "../workflow/support";

const NEW_AGENCY = {
  name: "Ministry for Ethnic Communities",
  nameMi: "Te Tari Mātāwaka",
  acronym: "MEC",
  slug: "mec",
  websiteUrl: "https://www.ethniccommunities.govt.nz",
};

describe.each(DRIVERS)("agencies for administrators on %s", (driver) => {
  let handle: DbHandle;
  let admin: UserActor;

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    admin = await userActor(handle.db, "admin");
  });
  afterAll(async () => handle?.close());

  const agencyEvents = (id: number) =>
    handle.db
      .select()
      .from(t.auditEvents)
      .where(and(eq(t.auditEvents.entity, "agency"), eq(t.auditEvents.entityId, String(id))))
      .orderBy(t.auditEvents.id);
  const tec = async () => (await handle.db.select().from(t.agencies).where(eq(t.agencies.slug, "tec")))[0]!;

  it("refuses everyone but administrators, and changes nothing for them", async () => {
    const before = await handle.db.select().from(t.agencies).orderBy(t.agencies.id);
    const { id, updatedAt } = await tec();
    for (const persona of ["anonymous", "leadStaff", "ownApprover", "monitor"] as const) {
      const actor = await actorFor(handle.db, persona);
      await expectWorkflowError(listAgenciesForManagement(actor), "forbidden");
      await expectWorkflowError(getAgencyForEdit(actor, id), "forbidden");
      await expectWorkflowError(createAgency(actor, form(NEW_AGENCY)), "forbidden");
      await expectWorkflowError(
        updateAgency(actor, id, updatedAt.toISOString(), form({ ...NEW_AGENCY, slug: "tec" })),
        "forbidden",
      );
      await expectWorkflowError(setAgencyRetired(actor, id, true), "forbidden");
    }
    expect(await handle.db.select().from(t.agencies).orderBy(t.agencies.id)).toEqual(before);
    expect(await agencyEvents(id)).toEqual([]);
  });

  it("reports every problem with the form at once and saves nothing", async () => {
    const count = (await handle.db.select().from(t.agencies)).length;
    const error = await expectWorkflowError(
      createAgency(admin, form({ name: " ", nameMi: "", acronym: "T E C", slug: "Not A Slug", websiteUrl: "ftp://x" })),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["acronym", "name", "slug", "websiteUrl"]);
    expect((await handle.db.select().from(t.agencies)).length).toBe(count);
  });

  it("refuses a slug or an acronym another agency has, in any case", async () => {
    const error = await expectWorkflowError(
      createAgency(admin, form({ ...NEW_AGENCY, acronym: "tec", slug: "moe" })),
      "invalid",
    );
    expect(error.fieldErrors.slug).toEqual(["Another agency already has this address name. Choose a different one."]);
    expect(error.fieldErrors.acronym).toEqual(["Another agency already has this acronym. Choose a different one."]);
    // With another answer wrong too, the taken address name is still reported in the same reply.
    const both = await expectWorkflowError(
      createAgency(admin, form({ ...NEW_AGENCY, name: "", slug: "tec" })),
      "invalid",
    );
    expect(Object.keys(both.fieldErrors).sort()).toEqual(["name", "slug"]);
  });

  it("adds an agency with its te reo Māori name intact, and audits it", async () => {
    const { id } = await createAgency(admin, form(NEW_AGENCY));
    const saved = await getAgencyForEdit(admin, id);
    expect(saved).toMatchObject({ ...NEW_AGENCY, retiredAt: null, people: 0 });
    const events = await agencyEvents(id);
    expect(events.map((e) => e.event)).toEqual(["agency.created"]);
    expect(events[0]!.actorId).toBe(admin.userId);
    expect(events[0]!.after).toMatchObject({ nameMi: "Te Tari Mātāwaka", slug: "mec" });
  });

  it("edits an agency, refuses an edit from an older copy, and writes nothing when nothing changed", async () => {
    const [mec] = await handle.db.select().from(t.agencies).where(eq(t.agencies.slug, "mec"));
    const stamp = mec!.updatedAt.toISOString();
    expect(await updateAgency(admin, mec!.id, stamp, form(NEW_AGENCY))).toEqual({ changed: false });
    expect(await updateAgency(admin, mec!.id, stamp, form({ ...NEW_AGENCY, name: "Ethnic Communities" }))).toEqual({
      changed: true,
    });
    await expectWorkflowError(updateAgency(admin, mec!.id, stamp, form({ ...NEW_AGENCY, name: "Again" })), "conflict");
    const events = await agencyEvents(mec!.id);
    expect(events.map((e) => e.event)).toEqual(["agency.created", "agency.updated"]);
    expect(events[1]!.before).toMatchObject({ name: NEW_AGENCY.name });
    expect(events[1]!.after).toMatchObject({ name: "Ethnic Communities" });
  });

  it("retires and brings back an agency, keeping its people and actions, and audits both", async () => {
    const before = await tec();
    const users = await handle.db.select().from(t.users).where(eq(t.users.agencyId, before.id));
    const actions = await handle.db.select().from(t.actions).where(eq(t.actions.leadAgencyId, before.id));
    expect(await setAgencyRetired(admin, before.id, true)).toMatchObject({ changed: true });
    expect(await setAgencyRetired(admin, before.id, true)).toMatchObject({ changed: false });
    expect((await getAgencyForEdit(admin, before.id)).retiredAt).not.toBeNull();
    expect(await handle.db.select().from(t.users).where(eq(t.users.agencyId, before.id))).toEqual(users);
    expect(await handle.db.select().from(t.actions).where(eq(t.actions.leadAgencyId, before.id))).toEqual(actions);
    expect(await setAgencyRetired(admin, before.id, false)).toMatchObject({ changed: true });
    expect((await getAgencyForEdit(admin, before.id)).retiredAt).toBeNull();
    expect((await agencyEvents(before.id)).map((e) => e.event)).toEqual(["agency.retired", "agency.unretired"]);
  });

  it("lists every agency with its people, retired ones too", async () => {
    const list = await listAgenciesForManagement(admin);
    expect(list.map((a) => a.slug)).toContain("mec");
    expect(list.find((a) => a.slug === "tec")!.people).toBeGreaterThan(0);
  });
});
