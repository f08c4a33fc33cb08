import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/permissions/actor";
import { queueMail } from "@/lib/mail/queue";
import {
  ACCOUNT_LINK_PURPOSE,
  accountLinkExpiry,
  accountLinkPath,
  newAccountLinkToken,
  type AccountLinkKind,
} from "@/lib/people/account-link";
import { composeAccountLinkMail } from "@/lib/people/compose-account-mail";
import { parseInviteForm, type FormSource } from "@/lib/people/user-input";
import { addFieldError, mergeFieldErrors, type FieldErrors } from "@/lib/workflow/field-errors";
import { requireAdminRight } from "../admin-access";
import { agencyAssignmentError } from "../agency-assignment";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { isUniqueViolation } from "../unique-violation";
import { invalidInput } from "../updates/errors";
import type { Queryable } from "../updates/tx";

export const USER_INVITED = "user.invited";

const EMAIL_TAKEN = "Someone already has an account with this email address. Find them in the list instead.";

const postedEmail = (form: FormSource) => {
  const v = form.get("email");
  return typeof v === "string" ? v.trim().toLowerCase() : "";
};

/**
 * A one-time link, issued: mailed to the person when a mail server is configured (the administrator
 * then never sees it), or else the full address for the administrator to pass on, shown once.
 */
export type IssuedLink = { userId: number; email: string; expiresAt: string } & (
  { mailed: true; link?: undefined } | { mailed: false; link: string }
);

export const absoluteLink = (token: string) => `${env().publicUrl}${accountLinkPath(token)}`;

/**
 * Hands a new link on, in the transaction that stored its hash: queued as a message to the person
 * when mail is configured, so it goes only if the link was stored (the message's text, and with it
 * the token, is removed from the database once sent); otherwise returned for the administrator.
 */
export async function handOnLink(
  tx: Queryable,
  to: { userId: number; email: string; name: string },
  link: { kind: AccountLinkKind; token: string; hash: string; expiresAt: Date },
  now: Date,
): Promise<IssuedLink> {
  const base = { userId: to.userId, email: to.email, expiresAt: link.expiresAt.toISOString() };
  const { publicUrl, mail } = env();
  if (!mail.smtpUrl) return { ...base, mailed: false, link: absoluteLink(link.token) };
  const message = composeAccountLinkMail(link.kind, {
    name: to.name,
    link: absoluteLink(link.token),
    expiresAt: link.expiresAt,
    siteUrl: publicUrl,
  });
  await queueMail(
    tx,
    {
      // The hash names this link (it is stored beside the account anyway); the token never goes in a key.
      idempotencyKey: `${ACCOUNT_LINK_PURPOSE}:${to.userId}:${link.hash}`,
      to: to.email,
      purpose: ACCOUNT_LINK_PURPOSE,
      ...message,
    },
    new URL(publicUrl).hostname,
    now,
  );
  return { ...base, mailed: true };
}

/**
 * An administrator invites someone: an account with their role and agency and no password, and a
 * one-time link, valid for a week, with which they choose one. Only the link's hash is stored; the
 * link itself is mailed to them, or without mail returned once for the administrator to pass on.
 */
export async function inviteUser(actor: Actor, form: FormSource, now = new Date()): Promise<IssuedLink> {
  const admin = requireAdminRight(actor, "manage_users");
  const parsed = parseInviteForm(form);
  const db = await getDb();
  const { token, hash } = newAccountLinkToken();
  const expiresAt = accountLinkExpiry(now);
  try {
    return await db.transaction(async (tx) => {
      // Checked even when other answers are wrong, so every problem is reported at once.
      const errors: FieldErrors = {};
      const asked = parsed.ok ? parsed.data.email : postedEmail(form);
      const [taken] = asked ? await tx.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, asked)) : [];
      if (taken) addFieldError(errors, "email", EMAIL_TAKEN);
      const agency = parsed.ok ? await agencyAssignmentError(tx, [parsed.data.agencyId]) : null;
      if (agency) addFieldError(errors, "agencyId", agency);
      if (!parsed.ok || Object.keys(errors).length > 0) {
        throw invalidInput(mergeFieldErrors(parsed.ok ? {} : parsed.errors, errors));
      }
      const { email, name, role, agencyId } = parsed.data;
      const [user] = await tx
        .insert(t.users)
        .values({
          email,
          name,
          role,
          agencyId,
          accountLinkHash: hash,
          accountLinkKind: "invite",
          accountLinkExpiresAt: expiresAt,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: t.users.id });
      if (!user) throw new Error("The new user was not returned by the database.");
      await recordAudit(tx, {
        actor: admin,
        entity: "user",
        entityId: user.id,
        event: USER_INVITED,
        after: { email, name, role, agencyId, linkExpiresAt: expiresAt.toISOString() },
        at: now,
      });
      return handOnLink(tx, { userId: user.id, email, name }, { kind: "invite", token, hash, expiresAt }, now);
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_idx")) throw invalidInput({ email: [EMAIL_TAKEN] });
    throw error;
  }
}
