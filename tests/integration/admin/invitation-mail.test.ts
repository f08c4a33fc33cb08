import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as t from "@/db/schema";
import { findAccountLink, setPasswordWithLink } from "@/lib/dal/account-links";
import { setDatabaseHandle } from "@/lib/dal/db";
import { LINK_TEXT_HIDDEN, listOutbox } from "@/lib/dal/outbox";
import { inviteUser, issueNewLink } from "@/lib/dal/users-admin";
import { runDueJobs } from "@/lib/jobs/run-due";
import { SENT_TEXT_REMOVED, sendMailJob } from "@/lib/mail/send-job";
import type { UserActor } from "@/lib/permissions/actor";
import { DRIVERS, seededDatabase } from "../../support/databases";
import { startTestSmtp, type TestSmtp } from "../../support/smtp-server";
import { form } from "../indicators-admin/support";
import { userActor } from "../workflow/support";

// A mail server is configured: links go by e-mail and are never shown to the administrator.
vi.mock("@/lib/env", async (original) => ({
  ...(await original<typeof import("@/lib/env")>()),
  env: () => ({
    publicUrl: "https://mahere.example.org",
    mail: { smtpUrl: "smtp://127.0.0.1:2525", from: "Mahere <no-reply@mahere.example.org>" },
  }),
}));

const PASSWORD = "a long passphrase of my own";

/** The one-time link's token in a message, and the link must be on the public address. */
function tokenIn(mail: ParsedMail): string {
  const match = /https:\/\/mahere\.example\.org\/set-password\/([A-Za-z0-9_-]{43})\n/.exec(mail.text ?? "");
  if (!match) throw new Error("no one-time link in the message");
  return match[1]!;
}

describe.each(DRIVERS)("one-time links by e-mail on %s", (driver) => {
  let handle: DbHandle;
  let smtp: TestSmtp;
  let admin: UserActor;
  let tecId: number;
  const deliver = () => runDueJobs({ db: handle.db, kinds: [sendMailJob(() => smtp.transport())] });
  /** Everything the database holds that could carry a link, as text. */
  const everything = async () =>
    JSON.stringify([
      await handle.db.select().from(t.mailMessages),
      await handle.db.select().from(t.users),
      await handle.db.select().from(t.auditEvents),
      await handle.db.select().from(t.jobs),
    ]);

  beforeAll(async () => {
    handle = await seededDatabase(driver, { users: true });
    setDatabaseHandle(handle);
    smtp = await startTestSmtp();
    admin = await userActor(handle.db, "admin");
    tecId = (await handle.db.select().from(t.agencies).where(eq(t.agencies.slug, "tec")))[0]!.id;
  });
  afterAll(async () => {
    await smtp?.stop();
    await handle?.close();
  });

  it("mails an invitation whose link works once, and keeps the token nowhere readable", async () => {
    const issued = await inviteUser(
      admin,
      form({ email: "Hine.Rua@Example.org", name: "Hine Rua", role: "agency_staff", agencyId: String(tecId) }),
    );
    expect(issued).toMatchObject({ email: "hine.rua@example.org", mailed: true });
    expect(issued.link).toBeUndefined();
    // Waiting to be sent, its text is not shown to administrators in the outbox either.
    const [waiting] = (await listOutbox(admin, 1)).rows.filter((r) => r.purpose === "account-link");
    expect(waiting).toMatchObject({ state: "queued", text: LINK_TEXT_HIDDEN });

    await deliver();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.subject).toBe("Your Mahere account: choose a password");
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.text : "").toBe("hine.rua@example.org");
    expect(mail!.text).toContain("Kia ora Hine Rua,");
    const token = tokenIn(mail!);

    const [message] = await handle.db.select().from(t.mailMessages).where(eq(t.mailMessages.purpose, "account-link"));
    expect(message).toMatchObject({ state: "sent", textBody: SENT_TEXT_REMOVED, htmlBody: null });
    expect(await everything()).not.toContain(token);

    expect(await findAccountLink(token)).toMatchObject({ email: "hine.rua@example.org", kind: "invite" });
    await setPasswordWithLink(token, form({ password: PASSWORD, confirmPassword: PASSWORD }));
    expect(await findAccountLink(token)).toBeNull();
    await expect(
      setPasswordWithLink(token, form({ password: PASSWORD, confirmPassword: PASSWORD })),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("mails a reset's new link to the person, and the earlier link no longer works", async () => {
    smtp.received.length = 0;
    const [user] = await handle.db.select().from(t.users).where(eq(t.users.email, "hine.rua@example.org"));
    const first = await issueNewLink(admin, user!.id);
    const second = await issueNewLink(admin, user!.id);
    expect([first.mailed, second.mailed, first.link, second.link]).toEqual([true, true, undefined, undefined]);
    await deliver();
    expect(smtp.received.map((m) => m.subject)).toEqual([
      "Your Mahere account: choose a new password",
      "Your Mahere account: choose a new password",
    ]);
    const [older, newer] = smtp.received.map(tokenIn);
    expect(await findAccountLink(older!)).toBeNull();
    expect(await findAccountLink(newer!)).toMatchObject({ email: "hine.rua@example.org", kind: "reset" });
    expect(await everything()).not.toContain(newer!);
  });
});
