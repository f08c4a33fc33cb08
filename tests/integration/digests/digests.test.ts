import { desc, eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { POST } from "@/app/api/subscriptions/unsubscribe/[token]/route";
import { setDatabaseHandle } from "@/lib/dal/db";
import { queueDigests, sendDigestsNow } from "@/lib/dal/digests";
import { confirmSubscription, requestSubscription, unsubscribeByToken, unsubscribeLink } from "@/lib/dal/subscriptions";
import { runDueJobs } from "@/lib/jobs/run-due";
import { sendDigestsJob } from "@/lib/jobs/kinds";
import { sendMailJob } from "@/lib/mail/send-job";
import type { Followed } from "@/lib/subscriptions/scope";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { startTestSmtp, type TestSmtp } from "../../support/smtp-server";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

const HOUR = 60 * 60 * 1000;
/** 07:00 on these New Zealand days (NZDT, UTC+13), when their digests are due. */
const DIGEST_23_NOV = new Date("2026-11-22T18:00:00Z");
const DIGEST_24_NOV = new Date("2026-11-23T18:00:00Z");
const DIGEST_25_NOV = new Date("2026-11-24T18:00:00Z");
/** 15:00 NZDT on 22 November: people sign up and confirm. */
const SIGN_UP = new Date("2026-11-22T02:00:00Z");

const recipient = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : "");
const linkIn = (m: ParsedMail, path: string) =>
  new RegExp(`https://mahere\\.example\\.org${path}/([A-Za-z0-9_-]+)`).exec(m.text ?? "")?.[1];

describe.each(DRIVERS)("daily digests on %s", (driver) => {
  let handle: DbHandle;
  let smtp: TestSmtp;
  const kinds = () => [sendDigestsJob, sendMailJob(() => smtp.transport())];
  const run = (now: Date) => runDueJobs({ now, db: handle.db, kinds: kinds() });
  const mailTo = (address: string) => smtp.received.filter((m) => recipient(m) === address.toLowerCase());

  /** Signs an address up and, unless told not to, confirms it from the message it receives. */
  async function follow(email: string, followed: Followed, confirm = true) {
    await requestSubscription({ email, followed, pagePath: "/subscribe", language: "en" }, SIGN_UP);
    await run(SIGN_UP);
    const mail = mailTo(email).at(-1)!;
    if (confirm) await confirmSubscription(linkIn(mail, "/subscribe/confirm")!, "en", SIGN_UP);
    return mail;
  }

  /** Publishes an update on an action directly, as the workflow's last step leaves it. */
  async function publish(code: string, at: Date, narrative: string) {
    const [action] = await handle.db
      .select()
      .from(t.actions)
      .where(eq(t.actions.code, code))
      .orderBy(desc(t.actions.id))
      .limit(1);
    const [row] = await handle.db
      .insert(t.progressUpdates)
      .values({
        actionId: action!.id,
        agencyId: action!.leadAgencyId,
        state: "published",
        stage: "underway",
        confidence: "at_risk",
        publicNarrative: narrative,
        submittedAt: at,
        approvedAt: at,
        publishedAt: at,
      })
      .returning({ id: t.progressUpdates.id });
    return row!.id;
  }

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    smtp = await startTestSmtp();
    await follow("Hine@Example.org", { scope: "action", code: "1.4" });
    await follow("hine@example.org", { scope: "workstream", number: 2 });
    await follow("rawiri@example.org", { scope: "all" });
    await follow("pending@example.org", { scope: "all" }, false);
    const stopped = await follow("stopped@example.org", { scope: "action", code: "1.4" });
    await unsubscribeByToken(linkIn(stopped, "/subscribe/unsubscribe")!, SIGN_UP);
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });
  afterAll(async () => {
    await smtp?.stop();
    await handle?.close();
  });

  it("sends each confirmed follower one digest of the day, in UTF-8 with te reo Māori headings, plain text and HTML", async () => {
    await publish("1.4", new Date(SIGN_UP.getTime() + HOUR), "Kua oti te tuhinga tuatahi: ngā paearu mō te CEIAG.");
    await publish("1.4", new Date(SIGN_UP.getTime() + 2 * HOUR), "Second update: the criteria went to the sector.");
    await publish("2.1", new Date(SIGN_UP.getTime() + 3 * HOUR), "Workstream two: tūāpapa work began.");
    // Not before 07:00 New Zealand time.
    await run(new Date(DIGEST_23_NOV.getTime() - 60_000));
    expect(smtp.received).toHaveLength(0);

    await run(DIGEST_23_NOV);
    expect(smtp.received.map(recipient).sort()).toEqual(["hine@example.org", "rawiri@example.org"]);
    const [hine] = mailTo("hine@example.org");
    expect(hine!.subject).toBe("Ngā kōrero hou · Action Plan news, 23 November 2026");
    const text = hine!.text!;
    expect(text).toContain("Ngā kōrero hou · News from the Action Plan");
    expect(text).toContain("3 progress updates were published about what you follow.");
    expect(text).toContain("Kua oti te tuhinga tuatahi: ngā paearu mō te CEIAG.");
    expect(text).toContain("Workstream two: tūāpapa work began.");
    expect(text).toContain("https://mahere.example.org/actions/1.4");
    expect(text).toContain("Stage: Underway · Delivery confidence: At risk");
    expect(hine!.html).toContain('<span lang="mi">Ngā pūrongo hou</span>');
    expect(hine!.html).toContain("ngā paearu mō te CEIAG");
    expect(hine!.html).toContain('<a href="https://mahere.example.org/actions/2.1">');
    // The one-click address stops everything the digest came from; the manage link is there too.
    const unsubscribe = linkIn(hine!, "/subscribe/unsubscribe")!;
    const header = hine!.headerLines.find((h) => h.key === "list-unsubscribe")!.line.replace(/\r\n\s+/g, " ");
    expect(header).toBe(`List-Unsubscribe: <https://mahere.example.org/api/subscriptions/unsubscribe/${unsubscribe}>`);
    expect(hine!.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    expect(linkIn(hine!, "/subscribe/manage")).toBeDefined();
    expect(mailTo("rawiri@example.org")[0]!.text).toContain("Workstream two: tūāpapa work began.");
  });

  it("sends nothing more the same day, however often asked, and the next day only what is new", async () => {
    const later = new Date(DIGEST_23_NOV.getTime() + 2 * HOUR);
    await publish("1.4", later, "Third update: published after the morning's digest.");
    await run(later);
    const admin = await handle.db.select().from(t.users).where(eq(t.users.role, "admin")).limit(1);
    const actor = { kind: "user", userId: admin[0]!.id, role: "admin", agencyId: null } as const;
    expect(await sendDigestsNow(actor, later)).toEqual({ day: "2026-11-23", queued: 0 });
    await run(later);
    expect(smtp.received).toHaveLength(0);

    await run(DIGEST_24_NOV);
    const [hine] = mailTo("hine@example.org");
    expect(mailTo("hine@example.org")).toHaveLength(1);
    expect(hine!.text).toContain("1 progress update was published about what you follow.");
    expect(hine!.text).toContain("Third update");
    expect(hine!.text).not.toContain("Second update");
    // The operator's send is audited.
    const audit = await handle.db.select().from(t.auditEvents).where(eq(t.auditEvents.entity, "digest"));
    expect(audit).toEqual([expect.objectContaining({ event: "digests_sent_now", entityId: "2026-11-23" })]);
  });

  it("sends nothing twice after a crash, a restart or two servers at once", async () => {
    const at = new Date(DIGEST_24_NOV.getTime() + HOUR);
    await publish("1.4", at, "Fourth update.");
    // A server dies while queueing: its transaction rolls back, and nothing counts as sent.
    await expect(
      handle.db.transaction(async (tx) => {
        await queueDigests(tx, "2026-11-25", DIGEST_25_NOV);
        throw new Error("killed");
      }),
    ).rejects.toThrow("killed");
    // Two servers run the due work at once; then one restarts and runs it again.
    await Promise.all([run(DIGEST_25_NOV), run(DIGEST_25_NOV)]);
    await run(new Date(DIGEST_25_NOV.getTime() + 60_000));
    expect(mailTo("hine@example.org")).toHaveLength(1);
    expect(mailTo("rawiri@example.org")).toHaveLength(1);
    // Every update went to each address once, in one digest.
    const items = await handle.db.select().from(t.digestItems);
    const pairs = items.map((i) => `${i.addressId}:${i.updateId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const keys = (await handle.db.select().from(t.mailMessages).where(eq(t.mailMessages.purpose, "digest"))).map(
      (m) => m.idempotencyKey,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never writes to an unconfirmed or unsubscribed address, and the digest's one click stops them all", async () => {
    const all = await handle.db.select().from(t.mailMessages).where(eq(t.mailMessages.purpose, "digest"));
    const addresses = await handle.db.select().from(t.mailAddresses);
    const idOf = (a: string) => addresses.find((r) => r.address === a)!.id;
    expect(all.map((m) => m.addressId)).not.toContain(idOf("pending@example.org"));
    expect(all.map((m) => m.addressId)).not.toContain(idOf("stopped@example.org"));

    const next = new Date(DIGEST_25_NOV.getTime() + 24 * HOUR);
    // Read the one-click address from a digest the address received.
    await publish("1.4", new Date(DIGEST_25_NOV.getTime() + 2 * HOUR), "Sixth update.");
    await run(next);
    const [digest] = mailTo("hine@example.org");
    const token = linkIn(digest!, "/subscribe/unsubscribe")!;
    expect(await unsubscribeLink(token, "en")).toEqual({
      state: "ok",
      what: "everything this address follows",
      stopped: false,
    });
    const url = `https://mahere.example.org/api/subscriptions/unsubscribe/${token}`;
    const post = await POST(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }), {
      params: Promise.resolve({ token }),
    });
    expect(post.status).toBe(200);
    const after = await handle.db
      .select()
      .from(t.subscriptions)
      .where(eq(t.subscriptions.addressId, idOf("hine@example.org")));
    expect(after.map((s) => s.state)).toEqual(["unsubscribed", "unsubscribed"]);
    smtp.received.length = 0;
    await publish("1.4", new Date(next.getTime() + HOUR), "Seventh update.");
    await run(new Date(next.getTime() + 24 * HOUR));
    expect(mailTo("hine@example.org")).toHaveLength(0);
    expect(mailTo("rawiri@example.org")).toHaveLength(1);
  });
});
