import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { DEMO_PASSWORD, seedDemoUsers } from "@/db/seed/demo-users";
import { resolveSessionUser } from "@/lib/dal/actor";
import { setDatabaseHandle } from "@/lib/dal/db";
import { verifyCredentials } from "@/lib/dal/sign-in";
import { endAllSessions } from "@/lib/dal/users";
import { ACCOUNT_FREE_ATTEMPTS, FREE_ATTEMPTS } from "@/lib/auth/throttle-policy";
import { DRIVERS, seededDatabase } from "../../support/databases";

describe.each(DRIVERS)("signing in on %s", (driver) => {
  let handle: DbHandle;
  const t0 = new Date("2026-11-22T00:00:00Z");
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  beforeAll(async () => {
    handle = await seededDatabase(driver);
    setDatabaseHandle(handle);
    expect(await seedDemoUsers(handle.db)).toBeGreaterThan(10);
  });
  afterAll(async () => handle?.close());

  it("creates the README's demo accounts once, with argon2id hashes", async () => {
    expect(await seedDemoUsers(handle.db)).toBe(0);
    const users = await handle.db.select().from(t.users);
    const emails = users.map((u) => u.email);
    for (const e of ["admin@example.org", "monitor@example.org", "staff.tec@example.org", "approver.moe@example.org"]) {
      expect(emails).toContain(e);
    }
    expect(users.every((u) => u.passwordHash?.startsWith("$argon2id$"))).toBe(true);
  });

  it("accepts the right password, case-insensitively on the email", async () => {
    const result = await verifyCredentials(" Staff.TEC@example.org ", DEMO_PASSWORD, "10.0.0.1", at(0));
    expect(result).toMatchObject({ ok: true, user: { email: "staff.tec@example.org" } });
  });

  it("gives the same answer for an unknown email, a wrong password and a disabled account", async () => {
    await handle.db.update(t.users).set({ disabledAt: t0 }).where(eq(t.users.email, "staff.msd@example.org"));
    const answers = await Promise.all([
      verifyCredentials("nobody@example.org", DEMO_PASSWORD, "10.0.0.2", at(0)),
      verifyCredentials("staff.moe@example.org", "wrong-password", "10.0.0.3", at(0)),
      verifyCredentials("staff.msd@example.org", DEMO_PASSWORD, "10.0.0.4", at(0)),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("throttles guesses at an account from one address with growing delays, without locking its owner out", async () => {
    const email = "approver.tec@example.org";
    const stranger = "10.1.0.1";
    for (let i = 0; i < 3; i++) {
      expect(await verifyCredentials(email, "guess", stranger, at(0))).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await verifyCredentials(email, DEMO_PASSWORD, stranger, at(1));
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    expect(await verifyCredentials(email, "guess", stranger, at(3))).toEqual({ ok: false, reason: "invalid" });
    const longer = await verifyCredentials(email, DEMO_PASSWORD, stranger, at(4));
    expect(longer).toMatchObject({ ok: false, reason: "throttled" });
    expect((longer as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(1);
    // Meanwhile the account's owner, from their own address, signs in at once: no lock-out by a stranger.
    expect(await verifyCredentials(email, DEMO_PASSWORD, "10.1.1.4", at(4))).toMatchObject({ ok: true });
    expect(await verifyCredentials(email, DEMO_PASSWORD, stranger, at(60))).toMatchObject({ ok: true });
    // A success clears that address's count on the account: one more mistake is not held up (the
    // address's own count across accounts still is: five failures from it now wait 8 s).
    expect(await verifyCredentials(email, "guess", stranger, at(61))).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(email, DEMO_PASSWORD, stranger, at(62))).toMatchObject({ reason: "throttled" });
    expect(await verifyCredentials(email, DEMO_PASSWORD, stranger, at(70))).toMatchObject({ ok: true });
  });

  it("throttles a client address that tries many accounts", async () => {
    const ip = "10.9.9.9";
    for (const who of ["a", "b", "c"]) await verifyCredentials(`${who}@example.org`, "x", ip, at(100));
    expect(await verifyCredentials("staff.mbie@example.org", DEMO_PASSWORD, ip, at(100))).toMatchObject({
      reason: "throttled",
    });
    expect(await verifyCredentials("staff.mbie@example.org", DEMO_PASSWORD, "10.9.9.10", at(100))).toMatchObject({
      ok: true,
    });
  });

  it("checks at most the free attempts of guesses sent in parallel from one address, and throttles the rest", async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        verifyCredentials("staff.ero@example.org", `guess-${i}`, "10.2.0.1", at(300)),
      ),
    );
    expect(answers.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(FREE_ATTEMPTS);
    expect(answers.filter((a) => !a.ok && a.reason === "throttled")).toHaveLength(12 - FREE_ATTEMPTS);
    // The owner, from their own address, is not held up by it.
    expect(await verifyCredentials("staff.ero@example.org", DEMO_PASSWORD, "10.2.0.2", at(300))).toMatchObject({
      ok: true,
    });
  });

  it("checks at most the account's allowance of guesses from many addresses together", async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        verifyCredentials("approver.ero@example.org", "guess", `10.3.0.${i}`, at(400)),
      ),
    );
    expect(answers.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(ACCOUNT_FREE_ATTEMPTS);
    expect(await verifyCredentials("approver.ero@example.org", DEMO_PASSWORD, "10.3.1.1", at(401))).toMatchObject({
      reason: "throttled",
    });
    // The wait ends, and the account's owner signs in.
    expect(await verifyCredentials("approver.ero@example.org", DEMO_PASSWORD, "10.3.1.1", at(404))).toMatchObject({
      ok: true,
    });
  });

  it("without a known client address, throttles by account only (no shared bucket to lock everyone out)", async () => {
    for (const who of ["d", "e", "f", "g"]) await verifyCredentials(`${who}@example.org`, "x", null, at(200));
    expect(await verifyCredentials("staff.tpk@example.org", DEMO_PASSWORD, null, at(200))).toMatchObject({ ok: true });
  });

  it("ends a session when the user is disabled or signs out everywhere, and follows role changes at once", async () => {
    const [user] = await handle.db.select().from(t.users).where(eq(t.users.email, "staff.nzqa@example.org"));
    const session = { userId: user!.id, sessionVersion: user!.sessionVersion };
    expect(await resolveSessionUser(session)).toMatchObject({ role: "agency_staff", email: "staff.nzqa@example.org" });

    await handle.db.update(t.users).set({ role: "agency_approver" }).where(eq(t.users.id, user!.id));
    expect(await resolveSessionUser(session)).toMatchObject({ role: "agency_approver" });

    await endAllSessions({ userId: user!.id });
    expect(await resolveSessionUser(session)).toBeNull();
    expect(await resolveSessionUser({ ...session, sessionVersion: session.sessionVersion + 1 })).not.toBeNull();

    await handle.db.update(t.users).set({ disabledAt: new Date() }).where(eq(t.users.id, user!.id));
    expect(await resolveSessionUser({ ...session, sessionVersion: session.sessionVersion + 1 })).toBeNull();
    expect(await resolveSessionUser(null)).toBeNull();
  });
});
