import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import { setDatabaseHandle } from "@/lib/dal/db";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/dal/outbox";
import { runDueJobs } from "@/lib/jobs/run-due";
import { queueMail } from "@/lib/mail/queue";
import { sendMailJob } from "@/lib/mail/send-job";
import type { MailTransport } from "@/lib/mail/transport";
import { DRIVERS, SEEDED_AT, seededDatabase } from "../../support/databases";
import { actorFor, expectWorkflowError } from "../workflow/support";

vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({ mail: { smtpUrl: undefined, from: "Mahere <no-reply@mahere.example.org>" } }),
}));

const message = (i: number, to = `person${i}@example.org`) => ({
  idempotencyKey: `outbox-test:${i}`,
  to,
  purpose: "test",
  subject: `Kia ora ${i}: pūrongo`,
  text: `Message ${i}, with macrons: ā ē ī ō ū.`,
});

describe.each(DRIVERS)("the outbox on %s", (driver) => {
  let handle: DbHandle;
  let transport: MailTransport | null = null;
  const run = (now: Date) => runDueJobs({ now, db: handle.db, kinds: [sendMailJob(() => transport)] });

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
  });
  afterAll(async () => handle?.close());

  it("is open to administrators only", async () => {
    for (const persona of ["anonymous", "leadStaff", "ownApprover", "monitor"] as const) {
      await expectWorkflowError(listOutbox(await actorFor(handle.db, persona), 1), "forbidden");
    }
    const empty = await listOutbox(await actorFor(handle.db, "admin"), 1);
    expect(empty).toMatchObject({ total: 0, rows: [], mailServer: false });
  });

  it("lists every message newest first, kept ones and ones waiting after a failed try, a page at a time", async () => {
    for (let i = 1; i <= OUTBOX_PAGE_SIZE + 2; i++) {
      await queueMail(handle.db, message(i), "mahere.example.org", new Date(SEEDED_AT.getTime() + i * 1000));
    }
    await run(new Date(SEEDED_AT.getTime() + 60_000));
    transport = {
      sendMail: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:2525");
      },
    };
    const later = new Date(SEEDED_AT.getTime() + 120_000);
    await queueMail(handle.db, message(99, "Waiting.Person@Example.org"), "mahere.example.org", later);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await run(later);
    } finally {
      log.mockRestore();
    }

    const admin = await actorFor(handle.db, "admin");
    const first = await listOutbox(admin, 1);
    expect(first.total).toBe(OUTBOX_PAGE_SIZE + 3);
    expect(first.rows).toHaveLength(OUTBOX_PAGE_SIZE);
    const [waiting, newestKept] = first.rows;
    expect(waiting).toMatchObject({
      to: "waiting.person@example.org",
      state: "queued",
      attempts: 1,
      lastError: "connect ECONNREFUSED 127.0.0.1:2525",
    });
    expect(Date.parse(waiting!.nextTry!)).toBeGreaterThan(later.getTime());
    expect(newestKept).toMatchObject({
      to: `person${OUTBOX_PAGE_SIZE + 2}@example.org`,
      subject: `Kia ora ${OUTBOX_PAGE_SIZE + 2}: pūrongo`,
      text: `Message ${OUTBOX_PAGE_SIZE + 2}, with macrons: ā ē ī ō ū.`,
      state: "kept",
      attempts: 1,
      nextTry: null,
    });
    const second = await listOutbox(admin, 2);
    expect(second.rows.map((r) => r.to)).toEqual(["person3@example.org", "person2@example.org", "person1@example.org"]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(OUTBOX_PAGE_SIZE + 3);
  });
});
