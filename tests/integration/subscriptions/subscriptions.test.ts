import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import {
  confirmSubscription,
  confirmationLink,
  managedSubscriptions,
  requestSubscription,
  stopManagedSubscriptions,
  unsubscribeByToken,
  unsubscribeLink,
  type SubscribeRequest,
} from "@/lib/dal/subscriptions";
import { GET, POST } from "@/app/api/subscriptions/unsubscribe/[token]/route";
import { runDueJobs } from "@/lib/jobs/run-due";
import { sendMailJob } from "@/lib/mail/send-job";
import { hashToken } from "@/lib/subscriptions/tokens";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";
import { startTestSmtp, type TestSmtp } from "../../support/smtp-server";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

const HOUR = 60 * 60 * 1000;
const at = (ms: number) => new Date(SEEDED_AT.getTime() + ms);
const WORDING =
  "We will e-mail you when action 1.4: Determine criteria for quality CEIAG has news: a published progress update or a change to the plan. Each message has a link to stop.";
const ask = (fields: Partial<SubscribeRequest> = {}): SubscribeRequest => ({
  email: "Mere.Tawhiri@Example.org",
  followed: { scope: "action", code: "1.4" },
  pagePath: "/actions/1.4",
  language: "en",
  ...fields,
});

/** The path of a link in a message's text, by kind ("confirm", "unsubscribe", "manage"). */
function linkToken(mail: ParsedMail, kind: string): string {
  const match = new RegExp(`https://mahere\\.example\\.org(?:/mi)?/subscribe/${kind}/([A-Za-z0-9_-]+)`).exec(
    mail.text ?? "",
  );
  if (!match) throw new Error(`no ${kind} link in the message`);
  return match[1]!;
}

describe.each(DRIVERS)("e-mail subscriptions on %s", (driver) => {
  let handle: DbHandle;
  let smtp: TestSmtp;
  let clock = 0;
  /** Each test its own quarter of an hour, so the resend window never joins two tests. */
  const now = () => at(clock);
  const deliver = () => runDueJobs({ now: now(), db: handle.db, kinds: [sendMailJob(() => smtp.transport())] });
  const logs: string[] = [];

  beforeAll(async () => {
    handle = await seededDatabase(driver);
    setDatabaseHandle(handle);
    smtp = await startTestSmtp();
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logs.push(args.map(String).join(" "));
      });
    }
  });
  beforeEach(() => {
    clock += HOUR;
    smtp.received.length = 0;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await smtp?.stop();
    await handle?.close();
  });

  const subscriptionsOf = async (address: string) => {
    const [a] = await handle.db.select().from(t.mailAddresses).where(eq(t.mailAddresses.address, address));
    return a ? handle.db.select().from(t.subscriptions).where(eq(t.subscriptions.addressId, a.id)) : [];
  };

  it("queues one confirmation in plain text and HTML with te reo Māori headings, macrons and one-click unsubscribe headers", async () => {
    expect(await requestSubscription(ask(), now())).toEqual({ ok: true });
    expect(await deliver()).toMatchObject({ done: 1 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.subject).toBe("Whakaūngia tō ohaurunga · Confirm your subscription");
    expect(mail!.text).toContain("Whakaūngia tō ohaurunga · Confirm your subscription");
    expect(mail!.text).toContain("action 1.4: Determine criteria for quality CEIAG");
    expect(mail!.html).toContain('<span lang="mi">Whakaūngia tō ohaurunga</span>');
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.text : "").toBe("mere.tawhiri@example.org");
    const unsubscribe = linkToken(mail!, "unsubscribe");
    // Long headers are folded on the wire; unfolded, the header is the one-click address.
    const header = mail!.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/\r\n\s+/g, " ");
    expect(header).toBe(`List-Unsubscribe: <https://mahere.example.org/api/subscriptions/unsubscribe/${unsubscribe}>`);
    expect(mail!.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    const [subscription] = await subscriptionsOf("mere.tawhiri@example.org");
    expect(subscription).toMatchObject({ scope: "action", target: "1.4", state: "pending" });
    const consents = await handle.db
      .select()
      .from(t.subscriptionConsents)
      .where(eq(t.subscriptionConsents.subscriptionId, subscription!.id));
    expect(consents).toEqual([
      expect.objectContaining({ pagePath: "/actions/1.4", wording: WORDING, language: "en", givenAt: now() }),
    ]);
    // Only hashes are stored: the link's token is not in the database.
    const tokens = await handle.db.select().from(t.subscriptionTokens);
    expect(tokens.some((row) => row.tokenHash === unsubscribe)).toBe(false);
    expect(tokens.some((row) => row.tokenHash === hashToken(unsubscribe))).toBe(true);
  });

  it("confirms once: the link then says it was used", async () => {
    await requestSubscription(ask({ email: "ana@example.org" }), now());
    await deliver();
    const token = linkToken(smtp.received[0]!, "confirm");
    // Opening the page changes nothing.
    expect(await confirmationLink(token, "en", now())).toMatchObject({ state: "ok" });
    expect((await subscriptionsOf("ana@example.org"))[0]!.state).toBe("pending");
    const confirmed = await confirmSubscription(token, "en", now());
    expect(confirmed).toMatchObject({
      state: "ok",
      summary: { what: "action 1.4: Determine criteria for quality CEIAG" },
    });
    expect(JSON.stringify(confirmed)).not.toContain("ana@");
    expect((await subscriptionsOf("ana@example.org"))[0]).toMatchObject({ state: "confirmed", confirmedAt: now() });
    expect(await confirmSubscription(token, "en", now())).toMatchObject({ state: "used", confirmed: true });
    expect(await confirmSubscription("A".repeat(43), "en", now())).toEqual({ state: "unknown" });
    expect(await confirmationLink("not a token", "en", now())).toEqual({ state: "unknown" });
  });

  it("refuses a confirmation link 48 hours after it was sent", async () => {
    const sentAt = now();
    await requestSubscription(ask({ email: "late@example.org", followed: { scope: "workstream", number: 2 } }), sentAt);
    await deliver();
    const token = linkToken(smtp.received[0]!, "confirm");
    const justBefore = new Date(sentAt.getTime() + 48 * HOUR - 1000);
    expect(await confirmationLink(token, "en", justBefore)).toMatchObject({ state: "ok" });
    expect(await confirmSubscription(token, "en", new Date(sentAt.getTime() + 48 * HOUR))).toEqual({
      state: "expired",
    });
    expect((await subscriptionsOf("late@example.org"))[0]!.state).toBe("pending");
  });

  it("keeps one subscription when the same address signs up twice, confirmed or not, with the same answer", async () => {
    const first = await requestSubscription(ask({ email: "twice@example.org" }), now());
    const second = await requestSubscription(ask({ email: " TWICE@example.org " }), now());
    expect(second).toEqual(first);
    await deliver();
    // Within a quarter of an hour the second asks sends nothing more.
    expect(smtp.received).toHaveLength(1);
    await confirmSubscription(linkToken(smtp.received[0]!, "confirm"), "en", now());
    clock += HOUR;
    smtp.received.length = 0;
    expect(await requestSubscription(ask({ email: "twice@example.org" }), now())).toEqual(first);
    await deliver();
    expect(await subscriptionsOf("twice@example.org")).toEqual([expect.objectContaining({ state: "confirmed" })]);
    // Already following: a note saying so, with no confirmation link.
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toContain("You already follow this");
    expect(smtp.received[0]!.text).not.toContain("/subscribe/confirm/");
    const consents = await handle.db
      .select()
      .from(t.subscriptionConsents)
      .where(eq(t.subscriptionConsents.subscriptionId, (await subscriptionsOf("twice@example.org"))[0]!.id));
    expect(consents).toHaveLength(3);
  });

  it("refuses to follow something that does not exist", async () => {
    expect(await requestSubscription(ask({ followed: { scope: "action", code: "99.9" } }), now())).toEqual({
      ok: false,
      reason: "unknown-target",
    });
    expect(await requestSubscription(ask({ email: "not an address" }), now())).toEqual({
      ok: false,
      reason: "not-an-address",
    });
  });

  it("stops a subscription at once by the one-click POST, and opening the link does not", async () => {
    await requestSubscription(ask({ email: "stop@example.org" }), now());
    await deliver();
    const mail = smtp.received[0]!;
    await confirmSubscription(linkToken(mail, "confirm"), "en", now());
    const token = linkToken(mail, "unsubscribe");
    expect(await unsubscribeLink(token, "en")).toMatchObject({ state: "ok", stopped: false });
    expect((await subscriptionsOf("stop@example.org"))[0]!.state).toBe("confirmed");
    expect(await unsubscribeByToken(token, now())).toBe(true);
    expect((await subscriptionsOf("stop@example.org"))[0]).toMatchObject({
      state: "unsubscribed",
      unsubscribedAt: now(),
    });
    expect(await unsubscribeLink(token, "en")).toMatchObject({ state: "ok", stopped: true });
    expect(await unsubscribeByToken("B".repeat(43), now())).toBe(false);
  });

  it("answers the List-Unsubscribe address: a GET only sends the reader to the page, a one-click POST stops at once", async () => {
    await requestSubscription(ask({ email: "oneclick@example.org" }), now());
    await deliver();
    const mail = smtp.received[0]!;
    await confirmSubscription(linkToken(mail, "confirm"), "en", now());
    const header = mail.headerLines.find((h) => h.key === "list-unsubscribe")!.line.replace(/\r\n\s+/g, " ");
    const url = /<([^>]+)>/.exec(header)![1]!;
    const token = url.split("/").at(-1)!;
    const context = { params: Promise.resolve({ token }) };
    const get = await GET(new Request(url), context);
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(`https://mahere.example.org/subscribe/unsubscribe/${token}`);
    expect((await subscriptionsOf("oneclick@example.org"))[0]!.state).toBe("confirmed");
    const post = await POST(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      { params: Promise.resolve({ token }) },
    );
    expect(post.status).toBe(200);
    expect(post.headers.get("cache-control")).toBe("private, no-store");
    expect((await subscriptionsOf("oneclick@example.org"))[0]!.state).toBe("unsubscribed");
    const unknown = await POST(new Request(url, { method: "POST" }), {
      params: Promise.resolve({ token: "D".repeat(43) }),
    });
    expect(unknown.status).toBe(404);
  });

  it("shows and stops only the manage link's own address's subscriptions", async () => {
    await requestSubscription(ask({ email: "kahu@example.org", followed: { scope: "all" } }), now());
    await requestSubscription(ask({ email: "kahu@example.org", followed: { scope: "workstream", number: 3 } }), now());
    await requestSubscription(ask({ email: "other@example.org", followed: { scope: "all" } }), now());
    await deliver();
    const kahu = smtp.received.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : "") === "kahu@example.org");
    const manage = linkToken(kahu[0]!, "manage");
    const listed = await managedSubscriptions(manage, "mi");
    expect(listed!.map((s) => s.what)).toEqual(["the whole Action Plan", expect.stringMatching(/^workstream 3: /)]);
    expect(listed!.map((s) => s.followed)).toEqual([{ scope: "all" }, { scope: "workstream", number: 3 }]);
    expect(JSON.stringify(listed)).not.toContain("@");
    const [otherSubscription] = await subscriptionsOf("other@example.org");
    // Another address's subscription id is ignored.
    await stopManagedSubscriptions(manage, otherSubscription!.id, now());
    expect((await subscriptionsOf("other@example.org"))[0]!.state).toBe("pending");
    await stopManagedSubscriptions(manage, listed![1]!.id, now());
    expect((await subscriptionsOf("kahu@example.org")).map((s) => s.state)).toEqual(["pending", "unsubscribed"]);
    await stopManagedSubscriptions(manage, "all", now());
    expect((await subscriptionsOf("kahu@example.org")).map((s) => s.state)).toEqual(["unsubscribed", "unsubscribed"]);
    expect((await subscriptionsOf("other@example.org"))[0]!.state).toBe("pending");
    expect(await managedSubscriptions("C".repeat(43), "en")).toBeNull();
  });

  it("writes no address to any log line", () => {
    for (const line of logs) expect(line).not.toMatch(/@example\.org/i);
  });
});
