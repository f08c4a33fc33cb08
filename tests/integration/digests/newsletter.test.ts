import { desc, eq, isNotNull } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { previewNewsletter, sendNewsletter, sendNewsletterTest } from "@/lib/dal/newsletter";
import { confirmSubscription, requestSubscription } from "@/lib/dal/subscriptions";
import { runDueJobs } from "@/lib/jobs/run-due";
import { sendMailJob } from "@/lib/mail/send-job";
import type { Actor } from "@/lib/permissions/actor";
import { periodSlug } from "@/lib/periods/period-slug";
import type { Followed } from "@/lib/subscriptions/scope";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";
import { startTestSmtp, type TestSmtp } from "../../support/smtp-server";
import { actorFor } from "../workflow/support";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

const NOW = new Date(SEEDED_AT.getTime() + 60 * 60 * 1000);
const recipient = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : "");
const linkIn = (m: ParsedMail, path: string) =>
  new RegExp(`https://mahere\\.example\\.org${path}/([A-Za-z0-9_-]+)`).exec(m.text ?? "")?.[1];

describe.each(DRIVERS)("the quarterly newsletter on %s", (driver) => {
  let handle: DbHandle;
  let smtp: TestSmtp;
  let monitor: Actor;
  let slug: string;
  let label: string;
  const deliver = () => runDueJobs({ now: NOW, db: handle.db, kinds: [sendMailJob(() => smtp.transport())] });

  async function follow(email: string, followed: Followed, confirm = true) {
    await requestSubscription({ email, followed, pagePath: "/subscribe", language: "en" }, NOW);
    await deliver();
    const mail = smtp.received.filter((m) => recipient(m) === email).at(-1)!;
    if (confirm) await confirmSubscription(linkIn(mail, "/subscribe/confirm")!, "en", NOW);
  }

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    smtp = await startTestSmtp();
    monitor = await actorFor(handle.db, "monitor");
    const [latest] = await handle.db
      .select()
      .from(t.reportingPeriods)
      .where(isNotNull(t.reportingPeriods.closedAt))
      .orderBy(desc(t.reportingPeriods.startsOn))
      .limit(1);
    label = latest!.label;
    slug = periodSlug(label);
    await follow("tui@example.org", { scope: "all" });
    await follow("aperahama@example.org", { scope: "all" });
    await follow("waiting@example.org", { scope: "all" }, false);
    await follow("one-action@example.org", { scope: "action", code: "1.4" });
    smtp.received.length = 0;
  }, 180_000);
  afterAll(async () => {
    await smtp?.stop();
    await handle?.close();
  });

  it("previews newsletter-ready HTML from the closed period's public report, for monitors only", async () => {
    const preview = await previewNewsletter(monitor, slug);
    expect(preview).toMatchObject({ period: { slug, label }, recipients: 2, testSentAt: null, sent: 0 });
    expect(preview.subject).toBe(`Pānui ā-hauwhā · Quarterly newsletter: ${label}`);
    expect(preview.html).toContain('<span lang="mi">Pānui ā-hauwhā</span>');
    expect(preview.html).toContain(`https://mahere.example.org/reports/${slug}`);
    expect(preview.html).not.toContain("<html");
    await expect(previewNewsletter(await actorFor(handle.db, "admin"), slug)).rejects.toThrow(/TEC monitors/);
    await expect(previewNewsletter(monitor, "1999-q1")).rejects.toThrow(/no such/);
  });

  it("refuses to send to everyone before a test, then sends the test to the monitor only", async () => {
    await expect(sendNewsletter(monitor, slug, NOW)).rejects.toThrow(/test to yourself first/);
    expect(await handle.db.select().from(t.mailMessages).where(eq(t.mailMessages.purpose, "newsletter"))).toEqual([]);
    await sendNewsletterTest(monitor, slug, NOW);
    await deliver();
    expect(smtp.received.map(recipient)).toEqual(["monitor@example.org"]);
    const [test] = smtp.received;
    expect(test!.subject).toBe(`[Test] Pānui ā-hauwhā · Quarterly newsletter: ${label}`);
    expect(test!.text).toContain("Pānui ā-hauwhā · Quarterly newsletter");
    expect(test!.headerLines.some((h) => h.key === "list-unsubscribe")).toBe(false);
    expect((await previewNewsletter(monitor, slug)).testSentAt).toBe(NOW.toISOString());
  });

  it("sends once to each confirmed follower of the whole plan, with their own one-click unsubscribe, and never twice", async () => {
    smtp.received.length = 0;
    expect(await sendNewsletter(monitor, slug, NOW)).toBe(2);
    await deliver();
    expect(smtp.received.map(recipient).sort()).toEqual(["aperahama@example.org", "tui@example.org"]);
    const [mail] = smtp.received;
    expect(mail!.subject).toBe(`Pānui ā-hauwhā · Quarterly newsletter: ${label}`);
    expect(mail!.html).toContain("Pānui ā-hauwhā");
    const unsubscribe = linkIn(mail!, "/subscribe/unsubscribe")!;
    const header = mail!.headerLines.find((h) => h.key === "list-unsubscribe")!.line.replace(/\r\n\s+/g, " ");
    expect(header).toBe(`List-Unsubscribe: <https://mahere.example.org/api/subscriptions/unsubscribe/${unsubscribe}>`);
    expect(linkIn(mail!, "/subscribe/manage")).toBeDefined();

    // Sending again reaches only someone who joined since.
    await follow("late@example.org", { scope: "all" });
    smtp.received.length = 0;
    expect(await sendNewsletter(monitor, slug, NOW)).toBe(1);
    expect(await sendNewsletter(monitor, slug, NOW)).toBe(0);
    await deliver();
    expect(smtp.received.map(recipient)).toEqual(["late@example.org"]);
    expect((await previewNewsletter(monitor, slug)).sent).toBe(3);
    const audit = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.entity, "newsletter"));
    expect(audit.map((a) => a.event).sort()).toEqual([
      "newsletter_sent",
      "newsletter_sent",
      "newsletter_sent",
      "newsletter_test_sent",
    ]);
  });
});
