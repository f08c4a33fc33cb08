import { and, eq, inArray } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { getMyAccount, setMyReminders } from "@/lib/dal/account";
import { setDatabaseHandle } from "@/lib/dal/db";
import { agencyNudgeJob, approvalRemindersJob, staffRemindersJob, STAFF_REMINDERS } from "@/lib/dal/reminders/jobs";
import { actionsNeedingUpdate } from "@/lib/dal/reminders/needing-update";
import { AGENCY_NUDGED, nudgeAgency } from "@/lib/dal/reminders/nudge";
import { runDueJobs } from "@/lib/jobs/run-due";
import { sendMailJob } from "@/lib/mail/send-job";
import { addDays } from "@/lib/periods/calendar-date";
import { nzDateOf, nzLocalToUtc } from "@/lib/periods/nz-time";
import type { UserActor } from "@/lib/permissions/actor";
import type { Role } from "@/lib/status/vocabulary";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";
import { startTestSmtp, type TestSmtp } from "../../support/smtp-server";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

const recipient = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : "");

describe.each(DRIVERS)("staff reminders on %s", (driver) => {
  let handle: DbHandle;
  let smtp: TestSmtp;
  let period: t.ReportingPeriod;
  /** The open period's due date in NZ time, and an NZ wall-clock moment relative to it. */
  let dueOn: string;
  const nz = (days: number, time: string) => nzLocalToUtc(addDays(dueOn, days), time);
  const kinds = () => [staffRemindersJob, approvalRemindersJob, agencyNudgeJob, sendMailJob(() => smtp.transport())];
  const run = (now: Date) => runDueJobs({ now, db: handle.db, kinds: kinds() });
  const user = async (email: string) => (await handle.db.select().from(t.users).where(eq(t.users.email, email)))[0]!;
  const actorOf = (u: t.User): UserActor => ({
    kind: "user",
    userId: u.id,
    role: u.role as Role,
    agencyId: u.agencyId,
  });
  const to = (address: string) => smtp.received.filter((m) => recipient(m) === address);
  /** Reminders of updates to write (the seed's own submitted updates bring approval reminders too). */
  const writeReminders = () => smtp.received.filter((m) => !/approval/.test(m.subject ?? ""));

  /** An agency leading actions still to report on, its staff member and approver, and those actions. */
  let agency: t.Agency;
  let staff: t.User;
  let approver: t.User;
  let codes: string[];

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    smtp = await startTestSmtp();
    const periods = await handle.db.select().from(t.reportingPeriods);
    period = periods.find((p) => !p.closedAt && p.opensAt <= SEEDED_AT && p.closesAt > SEEDED_AT)!;
    dueOn = nzDateOf(period.dueAt);
    const needing = await actionsNeedingUpdate(handle.db, period, nz(-7, "10:00"));
    const agencies = await handle.db.select().from(t.agencies);
    agency = agencies.find((a) => needing.filter((n) => n.leadAgencyId === a.id).length >= 2)!;
    codes = needing.filter((n) => n.leadAgencyId === agency.id).map((n) => n.code);
    staff = await user(`staff.${agency.slug}@example.org`);
    approver = await user(`approver.${agency.slug}@example.org`);
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });
  afterAll(async () => {
    await smtp?.stop();
    await handle?.close();
  });

  it("sends nothing before 09:00 NZ time a week before the due date", async () => {
    expect(period.dueAt).toEqual(nzLocalToUtc(dueOn, "17:00"));
    await run(nz(-7, "08:59"));
    expect(writeReminders()).toHaveLength(0);
  });

  it("reminds each editor of their agency's actions still without an update a week before, once", async () => {
    // Two servers' runners at once.
    await Promise.all([run(nz(-7, "09:00")), run(nz(-7, "09:00"))]);
    const [mail, ...more] = to(staff.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`Reminder: ${codes.length} updates due in a week (${period.label})`);
    for (const code of codes) expect(mail!.text).toContain(`- ${code} `);
    expect(mail!.text).toContain("https://mahere.example.org/my\n");
    expect(mail!.text).toContain("https://mahere.example.org/my/account");
    // Approvers write updates too, and are reminded with the staff.
    expect(to(approver.email)).toHaveLength(1);
    // Monitors and administrators write none.
    expect(to("monitor@example.org")).toHaveLength(0);
    expect(to("admin@example.org")).toHaveLength(0);

    smtp.received.length = 0;
    await run(nz(-6, "12:00"));
    expect(writeReminders()).toHaveLength(0);
  });

  it("sends no second reminder after a restart, even with the job's record gone", async () => {
    await handle.db.delete(t.jobs).where(eq(t.jobs.kind, STAFF_REMINDERS));
    await run(nz(-5, "09:30"));
    expect(writeReminders()).toHaveLength(0);
  });

  it("leaves out actions whose update was submitted, and people who turned reminders off", async () => {
    const [updated] = await handle.db
      .select()
      .from(t.actions)
      .where(and(eq(t.actions.code, codes[0]!), eq(t.actions.leadAgencyId, agency.id)));
    await handle.db.insert(t.progressUpdates).values({
      actionId: updated!.id,
      periodId: period.id,
      agencyId: agency.id,
      authorId: staff.id,
      state: "submitted",
      stage: "underway",
      submittedAt: nz(-1, "15:00"),
    });
    expect(await setMyReminders(actorOf(approver), false, nz(-1, "16:00"))).toEqual({ changed: true });
    const [audit] = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.event, "user.reminders_off"));
    expect(audit).toMatchObject({ actorId: approver.id, entity: "user", entityId: String(approver.id) });

    await run(nz(0, "09:00"));
    const [mail, ...more] = to(staff.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toMatch(/due today/);
    expect(mail!.text).not.toContain(`- ${codes[0]} `);
    for (const code of codes.slice(1)) expect(mail!.text).toContain(`- ${code} `);
    expect(to(approver.email)).toHaveLength(0);
  });

  it("reminds approvers of an update waiting a day for them, once, and not its author", async () => {
    // The update submitted above has waited a day at 15:00 on the due date; its approver turned
    // reminders off, and is not reminded of it, then or after turning them on again.
    await run(nz(0, "15:30"));
    expect(to(approver.email)).toHaveLength(0);
    await setMyReminders(actorOf(approver), true, nz(0, "15:40"));
    await run(nz(0, "15:45"));
    expect(to(approver.email)).toHaveLength(0);

    const author = staff;
    const [other] = await handle.db
      .select()
      .from(t.actions)
      .where(and(eq(t.actions.code, codes[1]!), eq(t.actions.leadAgencyId, agency.id)));
    await handle.db.insert(t.progressUpdates).values({
      actionId: other!.id,
      periodId: period.id,
      agencyId: agency.id,
      authorId: author.id,
      state: "submitted",
      stage: "underway",
      submittedAt: nz(0, "16:00"),
    });
    await run(nz(1, "15:59"));
    expect(to(approver.email).filter((m) => /approval/.test(m.subject ?? ""))).toHaveLength(0);
    await run(nz(1, "16:00"));
    const approvals = to(approver.email).filter((m) => /approval/.test(m.subject ?? ""));
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.subject).toBe("An update is waiting for your approval");
    expect(approvals[0]!.text).toContain(`- ${codes[1]} `);
    expect(approvals[0]!.text).toContain("https://mahere.example.org/review");
    expect(to(author.email).filter((m) => /approval/.test(m.subject ?? ""))).toHaveLength(0);
    smtp.received.length = 0;
    await run(nz(2, "16:00"));
    expect(to(approver.email).filter((m) => /approval/.test(m.subject ?? ""))).toHaveLength(0);
  });

  it("sends the grace reminder from the morning after the due date, and nothing once grace is over", async () => {
    // The grace reminder went out with the run at 15:59 the day after: the first run after 09:00.
    const sent = await handle.db
      .select({ subject: t.mailMessages.subject })
      .from(t.mailMessages)
      .innerJoin(t.mailAddresses, eq(t.mailAddresses.id, t.mailMessages.addressId))
      .where(and(eq(t.mailAddresses.address, staff.email), eq(t.mailMessages.purpose, "reminder")));
    expect(sent.map((s) => s.subject)).toEqual([
      `Reminder: ${codes.length} updates due in a week (${period.label})`,
      `Reminder: ${codes.length - 1} updates are due today (${period.label})`,
      `Overdue: ${codes.length - 2} updates for ${period.label} still to write`,
    ]);
    await run(period.graceUntil);
    await run(new Date(period.graceUntil.getTime() + 24 * 3600_000));
    expect(to(staff.email)).toHaveLength(0);
  });

  it("lets a TEC monitor nudge an agency once a day, audited, and no one else", async () => {
    const monitor = await user("monitor@example.org");
    const at = nz(8, "10:00");
    await expect(nudgeAgency(actorOf(staff), agency.slug, at)).rejects.toMatchObject({ code: "forbidden" });
    expect(await nudgeAgency(actorOf(monitor), agency.slug, at)).toEqual({ nudged: true, agency: agency.acronym });
    expect(await nudgeAgency(actorOf(monitor), agency.slug, nz(8, "16:00"))).toEqual({
      nudged: false,
      agency: agency.acronym,
    });
    await run(at);
    const [mail, ...more] = to(staff.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`TEC asks for your agency's ${period.label} updates`);
    const audits = await handle.db
      .select()
      .from(t.auditEvents)
      .where(and(eq(t.auditEvents.event, AGENCY_NUDGED), inArray(t.auditEvents.entityId, [String(agency.id)])));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: monitor.id, entity: "agency" });

    smtp.received.length = 0;
    expect((await nudgeAgency(actorOf(monitor), agency.slug, nz(9, "10:00"))).nudged).toBe(true);
    await run(nz(9, "10:00"));
    expect(to(staff.email)).toHaveLength(1);
  });

  it("shows each person what Mahere holds about them, their reminders and what they did, and nobody else's", async () => {
    const mine = await getMyAccount(actorOf(approver));
    expect(mine).toMatchObject({
      name: approver.name,
      email: approver.email,
      role: "agency_approver",
      agency: { acronym: agency.acronym },
      hasPassword: true,
      receivesReminders: true,
      remindersOffAt: null,
    });
    expect(mine.auditEvents.map((e) => e.event)).toEqual(["user.reminders_on", "user.reminders_off"]);
    expect(mine.reminders.map((r) => r.subject)).toContain("An update is waiting for your approval");
    expect(mine.reminders.every((r) => r.state === "sent")).toBe(true);
    expect(JSON.stringify(mine)).not.toContain(approver.passwordHash!);
    const theirs = await getMyAccount(actorOf(staff));
    expect(theirs.email).toBe(staff.email);
    expect(theirs.reminders.some((r) => r.subject.includes("approval"))).toBe(false);
    const monitor = await getMyAccount(actorOf(await user("monitor@example.org")));
    expect(monitor).toMatchObject({ receivesReminders: false, reminders: [] });
    await expect(getMyAccount({ kind: "anonymous" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
