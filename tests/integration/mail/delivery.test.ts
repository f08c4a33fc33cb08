import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { setDatabaseHandle } from "@/lib/dal/db";
import { retryDelayMs } from "@/lib/jobs/retry";
import { runDueJobs } from "@/lib/jobs/run-due";
import { queueMail, type OutgoingMail } from "@/lib/mail/queue";
import { SENT_TEXT_REMOVED, sendMailJob } from "@/lib/mail/send-job";
import type { MailTransport } from "@/lib/mail/transport";
import { DRIVERS, SEEDED_AT, freshDatabase } from "../../support/databases";
import { startTestSmtp, type TestSmtp } from "../../support/smtp-server";
import { jobRow } from "../jobs/support";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({ mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" } }),
}));

const HOST = "mahere.example.org";
let n = 0;
const mail = (fields: Partial<OutgoingMail> = {}): OutgoingMail => ({
  idempotencyKey: `test:${++n}`,
  to: "  Aroha.Ngata@Example.org ",
  purpose: "test",
  subject: "Kia ora: he pūrongo hōu mō te mahere",
  text: "Kua whakaputaina he pūrongo hōu. Ngā mihi nui.",
  html: "<p>Kua whakaputaina he <strong>pūrongo</strong> hōu.</p>",
  headers: { "List-Unsubscribe": "<https://mahere.example.org/unsubscribe/abc>" },
  ...fields,
});

describe.each(DRIVERS)("sending mail on %s", (driver) => {
  let handle: DbHandle;
  let smtp: TestSmtp;
  let transport: MailTransport | null;
  const kinds = () => [sendMailJob(() => transport)];
  const run = (now: Date) => runDueJobs({ now, db: handle.db, kinds: kinds() });
  const messageRow = async (id: number) =>
    (await handle.db.select().from(t.mailMessages).where(eq(t.mailMessages.id, id)))[0]!;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    setDatabaseHandle(handle);
    smtp = await startTestSmtp();
    transport = smtp.transport();
  });
  afterAll(async () => {
    await smtp?.stop();
    await handle?.close();
  });

  it("sends a queued message once, in UTF-8 with its macrons, headers and fixed Message-ID, to the normalised address", async () => {
    smtp.received.length = 0;
    const queued = await handle.db.transaction((tx) => queueMail(tx, mail(), HOST, SEEDED_AT));
    expect(queued.queued).toBe(true);
    expect(await run(SEEDED_AT)).toMatchObject({ done: 1, retry: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [got] = smtp.received;
    expect(got!.subject).toBe("Kia ora: he pūrongo hōu mō te mahere");
    expect(got!.text?.trim()).toBe("Kua whakaputaina he pūrongo hōu. Ngā mihi nui.");
    expect(got!.html).toContain("<strong>pūrongo</strong>");
    expect(got!.to && !Array.isArray(got!.to) ? got!.to.text : "").toBe("aroha.ngata@example.org");
    const unsubscribe = got!.headerLines.find((h) => h.key === "list-unsubscribe")?.line;
    expect(unsubscribe).toBe("List-Unsubscribe: <https://mahere.example.org/unsubscribe/abc>");
    const row = await messageRow(queued.id);
    expect(got!.messageId).toBe(row.messageId);
    expect(row).toMatchObject({ state: "sent", sentAt: SEEDED_AT, textBody: SENT_TEXT_REMOVED, htmlBody: null });
    // Run again: nothing more goes out.
    await run(new Date(SEEDED_AT.getTime() + 60_000));
    expect(smtp.received).toHaveLength(1);
  });

  it("never queues the same message twice, however often it is asked", async () => {
    smtp.received.length = 0;
    const once = mail({ idempotencyKey: "digest:2027-05-01:ana" });
    const [a, b] = await Promise.all([
      handle.db.transaction((tx) => queueMail(tx, once, HOST, SEEDED_AT)),
      handle.db.transaction((tx) => queueMail(tx, once, HOST, SEEDED_AT)),
    ]);
    expect(a!.id).toBe(b!.id);
    expect([a!.queued, b!.queued].filter(Boolean)).toHaveLength(1);
    await handle.db.transaction((tx) => queueMail(tx, once, HOST, SEEDED_AT));
    await run(SEEDED_AT);
    expect(smtp.received).toHaveLength(1);
    const addresses = await handle.db.select().from(t.mailAddresses);
    expect(addresses.map((x) => x.address)).toEqual(["aroha.ngata@example.org"]);
  });

  it("queues nothing when the transaction that asked for it rolls back", async () => {
    const key = "rolled-back";
    await expect(
      handle.db.transaction(async (tx) => {
        await queueMail(tx, mail({ idempotencyKey: key }), HOST, SEEDED_AT);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await handle.db.select().from(t.mailMessages).where(eq(t.mailMessages.idempotencyKey, key))).toEqual([]);
  });

  it("keeps trying with a growing wait while the mail server is down, then sends once it is back", async () => {
    smtp.received.length = 0;
    const port = smtp.port;
    await smtp.stop();
    const queued = await handle.db.transaction((tx) => queueMail(tx, mail(), HOST, SEEDED_AT));
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await run(SEEDED_AT)).toMatchObject({ retry: 1, done: 0 });
      // Not yet due again.
      expect(await run(new Date(SEEDED_AT.getTime() + retryDelayMs(1) - 1000))).toMatchObject({ retry: 0, done: 0 });
      expect(await run(new Date(SEEDED_AT.getTime() + retryDelayMs(1)))).toMatchObject({ retry: 1 });
      const job = await jobRow(handle.db, "send-mail", String(queued.id));
      expect(job).toMatchObject({ state: "queued", attempts: 2 });
      expect(job!.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect((await messageRow(queued.id)).state).toBe("queued");
      for (const call of log.mock.calls) expect(call.join(" ")).not.toContain("aroha.ngata");
    } finally {
      log.mockRestore();
    }
    smtp = await startTestSmtp(port);
    transport = smtp.transport();
    const later = new Date(SEEDED_AT.getTime() + retryDelayMs(1) + retryDelayMs(2));
    expect(await run(later)).toMatchObject({ done: 1 });
    expect(smtp.received).toHaveLength(1);
    expect((await messageRow(queued.id)).state).toBe("sent");
  });

  it("marks an address the server refuses for good and sends it nothing more; a temporary refusal is retried", async () => {
    smtp.received.length = 0;
    const to = "nobody.here@example.org";
    smtp.refuse = { code: 451, text: "Try again later" };
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const first = await handle.db.transaction((tx) => queueMail(tx, mail({ to }), HOST, SEEDED_AT));
    try {
      expect(await run(SEEDED_AT)).toMatchObject({ retry: 1 });
      const job = await jobRow(handle.db, "send-mail", String(first.id));
      expect(job!.lastError).toContain("Try again later");
      expect(job!.lastError).not.toContain(to);
      for (const call of log.mock.calls) expect(call.join(" ")).not.toContain(to);
    } finally {
      log.mockRestore();
    }
    smtp.refuse = { code: 550, text: "No such mailbox" };
    expect(await run(new Date(SEEDED_AT.getTime() + retryDelayMs(1)))).toMatchObject({ done: 1, retry: 0 });
    const refused = await messageRow(first.id);
    expect(refused.state).toBe("refused");
    expect(refused.lastReply).toContain("No such mailbox");
    expect(refused.lastReply).not.toContain(to);
    const [address] = await handle.db.select().from(t.mailAddresses).where(eq(t.mailAddresses.address, to));
    expect(address!.refusedAt).not.toBeNull();
    // The server would accept it now, but the address stays refused: nothing is sent.
    smtp.refuse = null;
    const second = await handle.db.transaction((tx) => queueMail(tx, mail({ to }), HOST, SEEDED_AT));
    await run(new Date(SEEDED_AT.getTime() + retryDelayMs(1)));
    expect((await messageRow(second.id)).state).toBe("refused");
    expect(smtp.received).toHaveLength(0);
  });

  it("keeps messages in the outbox when no mail server is configured", async () => {
    const saved = transport;
    transport = null;
    try {
      const queued = await handle.db.transaction((tx) => queueMail(tx, mail(), HOST, SEEDED_AT));
      await run(SEEDED_AT);
      expect((await messageRow(queued.id)).state).toBe("kept");
    } finally {
      transport = saved;
    }
  });

  it("refuses to queue something that is not an address", async () => {
    await expect(handle.db.transaction((tx) => queueMail(tx, mail({ to: "not an address" }), HOST))).rejects.toThrow(
      "not an e-mail address",
    );
  });
});
