import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { findAccountLink, LINK_NOT_VALID, setPasswordWithLink } from "@/lib/dal/account-links";
import { resolveSessionUser } from "@/lib/dal/actor";
import { setDatabaseHandle } from "@/lib/dal/db";
import { verifyCredentials } from "@/lib/dal/sign-in";
import {
  changeUserAccess,
  endUserSessions,
  getInviteOptions,
  getUserForEdit,
  inviteUser,
  issueNewLink,
  listUsersForManagement,
  setUserDisabled,
} from "@/lib/dal/users-admin";
import type { UserActor } from "@/lib/permissions/actor";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { form } from "../indicators-admin/support";
import { actorFor, expectWorkflowError, userActor } from "../workflow/support";

const NEW_PASSWORD = "a long passphrase of my own";
const DAY = 86_400_000;

/** The token at the end of a one-time link (shown, not mailed: these tests have no mail server). */
const tokenOf = (link: string | undefined) => link!.slice(link!.lastIndexOf("/") + 1);

describe.each(DRIVERS)("people, for administrators, on %s", (driver) => {
  let handle: DbHandle;
  let admin: UserActor;
  let tecId: number;
  let ip = 0;
  /** A fresh client address per sign-in, so the throttle never decides a test. */
  const signIn = (email: string, password: string) => verifyCredentials(email, password, `10.9.0.${++ip}`);

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    admin = await userActor(handle.db, "admin");
    tecId = (await handle.db.select().from(t.agencies).where(eq(t.agencies.slug, "tec")))[0]!.id;
  });
  afterAll(async () => handle?.close());

  const userRow = async (email: string) => (await handle.db.select().from(t.users).where(eq(t.users.email, email)))[0]!;
  const userEvents = async (id: number) =>
    (
      await handle.db
        .select()
        .from(t.auditEvents)
        .where(and(eq(t.auditEvents.entity, "user"), eq(t.auditEvents.entityId, String(id))))
        .orderBy(t.auditEvents.id)
    ).map((e) => e.event);
  const invite = (email: string, role = "agency_staff", now?: Date) =>
    inviteUser(admin, form({ email, name: "Aroha Ngata", role, agencyId: role === "admin" ? "" : String(tecId) }), now);

  it("refuses monitors, agency staff, approvers and the public, and changes nothing", async () => {
    const target = await userRow("staff.tec@example.org");
    const before = await handle.db.select().from(t.users).orderBy(t.users.id);
    const events = (await handle.db.select().from(t.auditEvents)).length;
    for (const persona of ["anonymous", "leadStaff", "ownApprover", "monitor"] as const) {
      const actor = await actorFor(handle.db, persona);
      await expectWorkflowError(listUsersForManagement(actor), "forbidden");
      await expectWorkflowError(getUserForEdit(actor, target.id), "forbidden");
      await expectWorkflowError(
        inviteUser(actor, form({ email: "x@example.org", name: "X", role: "admin", agencyId: "" })),
        "forbidden",
      );
      await expectWorkflowError(
        changeUserAccess(actor, target.id, target.updatedAt.toISOString(), form({ role: "admin", agencyId: "" })),
        "forbidden",
      );
      await expectWorkflowError(setUserDisabled(actor, target.id, true), "forbidden");
      await expectWorkflowError(endUserSessions(actor, target.id), "forbidden");
      await expectWorkflowError(issueNewLink(actor, target.id), "forbidden");
    }
    expect(await handle.db.select().from(t.users).orderBy(t.users.id)).toEqual(before);
    expect((await handle.db.select().from(t.auditEvents)).length).toBe(events);
  });

  it("reports every problem with an invitation at once and creates nobody", async () => {
    const count = (await handle.db.select().from(t.users)).length;
    const error = await expectWorkflowError(
      inviteUser(admin, form({ email: "not an address", name: "", role: "agency_staff", agencyId: "" })),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["agencyId", "email", "name"]);
    const taken = await expectWorkflowError(
      inviteUser(admin, form({ email: "Staff.TEC@example.org", name: "Someone", role: "bogus", agencyId: "" })),
      "invalid",
    );
    expect(Object.keys(taken.fieldErrors).sort()).toEqual(["email", "role"]);
    expect((await handle.db.select().from(t.users)).length).toBe(count);
  });

  it("invites someone with a one-time link, stored only as its hash, with which they choose a password and sign in", async () => {
    const issued = await invite("aroha@example.org");
    expect(issued.link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    const row = await userRow("aroha@example.org");
    expect(row).toMatchObject({ role: "agency_staff", agencyId: tecId, passwordHash: null, accountLinkKind: "invite" });
    expect(row.accountLinkHash).not.toContain(tokenOf(issued.link));
    expect(JSON.stringify(await handle.db.select().from(t.auditEvents))).not.toContain(tokenOf(issued.link));
    expect(await signIn("aroha@example.org", NEW_PASSWORD)).toEqual({ ok: false, reason: "invalid" });

    expect(await findAccountLink(tokenOf(issued.link))).toEqual({
      email: "aroha@example.org",
      name: "Aroha Ngata",
      kind: "invite",
    });
    const weak = await expectWorkflowError(
      setPasswordWithLink(tokenOf(issued.link), form({ password: "short", confirmPassword: "different" })),
      "invalid",
    );
    expect(Object.keys(weak.fieldErrors).sort()).toEqual(["confirmPassword", "password"]);
    await setPasswordWithLink(tokenOf(issued.link), form({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(await signIn("aroha@example.org", NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await userEvents(row.id)).toEqual(["user.invited", "user.password_set"]);
  });

  it("lets a link work once only", async () => {
    const issued = await invite("once@example.org");
    const token = tokenOf(issued.link);
    await setPasswordWithLink(token, form({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(await findAccountLink(token)).toBeNull();
    const again = await expectWorkflowError(
      setPasswordWithLink(
        token,
        form({ password: "someone else's password", confirmPassword: "someone else's password" }),
      ),
      "not_found",
    );
    expect(again.message).toBe(LINK_NOT_VALID);
    expect(await signIn("once@example.org", NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("refuses a link once it has expired, after seven days", async () => {
    const issuedAt = new Date(Date.now() - 7 * DAY - 1000);
    const issued = await invite("late@example.org", "agency_staff", issuedAt);
    const token = tokenOf(issued.link);
    expect(await findAccountLink(token, new Date(issuedAt.getTime() + 7 * DAY - 1000))).not.toBeNull();
    expect(await findAccountLink(token)).toBeNull();
    await expectWorkflowError(
      setPasswordWithLink(token, form({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
      "not_found",
    );
    expect((await userRow("late@example.org")).passwordHash).toBeNull();
  });

  it("resets an account: the old link and the old password stop working, sessions end, the new link works", async () => {
    const first = await invite("reset@example.org");
    await setPasswordWithLink(tokenOf(first.link), form({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    const row = await userRow("reset@example.org");
    const session = { userId: row.id, sessionVersion: row.sessionVersion };
    expect(await resolveSessionUser(session)).not.toBeNull();

    const second = await issueNewLink(admin, row.id);
    const third = await issueNewLink(admin, row.id);
    expect(await findAccountLink(tokenOf(second.link))).toBeNull();
    expect(await findAccountLink(tokenOf(third.link))).toMatchObject({ kind: "reset" });
    expect(await signIn("reset@example.org", NEW_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await resolveSessionUser(session)).toBeNull();
    await expectWorkflowError(
      setPasswordWithLink(tokenOf(second.link), form({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
      "not_found",
    );
    await setPasswordWithLink(
      tokenOf(third.link),
      form({ password: "my second passphrase", confirmPassword: "my second passphrase" }),
    );
    expect(await signIn("reset@example.org", "my second passphrase")).toMatchObject({ ok: true });
    expect(await userEvents(row.id)).toEqual([
      "user.invited",
      "user.password_set",
      "user.link_issued",
      "user.link_issued",
      "user.password_set",
    ]);
  });

  it("disables an account: refused at sign-in, its session refused, its link refused; enabling lets it sign in again", async () => {
    const row = await userRow("staff.moe@example.org");
    const session = { userId: row.id, sessionVersion: row.sessionVersion };
    expect(await resolveSessionUser(session)).not.toBeNull();
    expect(await setUserDisabled(admin, row.id, true)).toEqual({ changed: true });
    expect(await setUserDisabled(admin, row.id, true)).toEqual({ changed: false });
    expect(await signIn(row.email, DEMO_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await resolveSessionUser(session)).toBeNull();
    await expectWorkflowError(issueNewLink(admin, row.id), "conflict");

    expect(await setUserDisabled(admin, row.id, false)).toEqual({ changed: true });
    expect(await signIn(row.email, DEMO_PASSWORD)).toMatchObject({ ok: true });
    expect(await resolveSessionUser(session)).toBeNull(); // the old session stays ended
    expect(await userEvents(row.id)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("refuses a link for an account disabled after it was issued", async () => {
    const issued = await invite("disabled-later@example.org");
    const row = await userRow("disabled-later@example.org");
    await setUserDisabled(admin, row.id, true);
    expect(await findAccountLink(tokenOf(issued.link))).toBeNull();
  });

  it("signs an account out everywhere", async () => {
    const row = await userRow("approver.moe@example.org");
    const session = { userId: row.id, sessionVersion: row.sessionVersion };
    await endUserSessions(admin, row.id);
    expect(await resolveSessionUser(session)).toBeNull();
    expect(await signIn(row.email, DEMO_PASSWORD)).toMatchObject({ ok: true });
    expect(await userEvents(row.id)).toEqual(["user.sessions_ended"]);
  });

  it("changes role and agency, not to a retired agency, and refuses a stale form", async () => {
    const row = await userRow("staff.msd@example.org");
    const stamp = row.updatedAt.toISOString();
    expect(
      await changeUserAccess(admin, row.id, stamp, form({ role: "agency_approver", agencyId: String(tecId) })),
    ).toEqual({
      changed: true,
    });
    await expectWorkflowError(
      changeUserAccess(admin, row.id, stamp, form({ role: "agency_staff", agencyId: String(tecId) })),
      "conflict",
    );
    const after = await userRow("staff.msd@example.org");
    expect(after).toMatchObject({ role: "agency_approver", agencyId: tecId });
    const session = await resolveSessionUser({ userId: row.id, sessionVersion: row.sessionVersion });
    expect(session).toMatchObject({ role: "agency_approver", agencyId: tecId });

    const [retired] = await handle.db
      .insert(t.agencies)
      .values({ slug: "gone", acronym: "GONE", name: "A retired agency", retiredAt: new Date() })
      .returning();
    const refused = await expectWorkflowError(
      changeUserAccess(
        admin,
        row.id,
        after.updatedAt.toISOString(),
        form({ role: "agency_staff", agencyId: String(retired!.id) }),
      ),
      "invalid",
    );
    expect(Object.keys(refused.fieldErrors)).toEqual(["agencyId"]);
    await expectWorkflowError(
      inviteUser(
        admin,
        form({ email: "new@example.org", name: "New", role: "agency_staff", agencyId: String(retired!.id) }),
      ),
      "invalid",
    );
    expect(await userEvents(row.id)).toEqual(["user.access_changed"]);
  });

  it("never lets an administrator change their own role, disable or reset themselves", async () => {
    const me = await userRow("admin@example.org");
    await expectWorkflowError(
      changeUserAccess(
        admin,
        me.id,
        me.updatedAt.toISOString(),
        form({ role: "tec_monitor", agencyId: String(tecId) }),
      ),
      "conflict",
    );
    await expectWorkflowError(setUserDisabled(admin, me.id, true), "conflict");
    await expectWorkflowError(issueNewLink(admin, me.id), "conflict");
    expect(
      await changeUserAccess(
        admin,
        me.id,
        me.updatedAt.toISOString(),
        form({ role: "admin", agencyId: String(tecId) }),
      ),
    ).toEqual({
      changed: true,
    });
    expect(await userRow("admin@example.org")).toMatchObject({ role: "admin", agencyId: tecId, disabledAt: null });
  });

  it("keeps at least one active administrator", async () => {
    // A second administrator, invited and signed up, who then demotes the first.
    const issued = await invite("second.admin@example.org", "admin");
    await setPasswordWithLink(tokenOf(issued.link), form({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    const second = await userRow("second.admin@example.org");
    const secondActor: UserActor = { kind: "user", userId: second.id, role: "admin", agencyId: null };
    const first = await userRow("admin@example.org");
    expect(
      await changeUserAccess(
        secondActor,
        first.id,
        first.updatedAt.toISOString(),
        form({ role: "tec_monitor", agencyId: String(tecId) }),
      ),
    ).toEqual({ changed: true });

    // The first, demoted while still holding an administrator's session, can no longer act as one.
    await expectWorkflowError(setUserDisabled(admin, second.id, true), "forbidden");
    // The second is now the last: they cannot remove themselves, and nobody else is left to.
    await expectWorkflowError(setUserDisabled(secondActor, second.id, true), "conflict");
    const still = await userRow("second.admin@example.org");
    expect(still).toMatchObject({ role: "admin", disabledAt: null });
    expect(await userEvents(first.id)).toContain("user.access_changed");
  });

  it("lists people by role and agency", async () => {
    const { users, agencies } = await listUsersForManagement(admin, { role: "agency_staff", agency: "tec" });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.role === "agency_staff" && u.agency?.acronym === "TEC")).toBe(true);
    expect(agencies.map((a) => a.acronym)).toContain("GONE"); // people may still belong to a retired agency
    expect((await getInviteOptions(admin)).map((a) => a.acronym)).not.toContain("GONE");
    const invited = (await listUsersForManagement(admin)).users.find((u) => u.email === "late@example.org");
    expect(invited).toMatchObject({ status: "invited", linkExpired: true });
  });
});
