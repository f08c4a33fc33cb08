import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/permissions/actor";
import { accountLinkExpiry, accountLinkPath, newAccountLinkToken } from "@/lib/people/account-link";
import { parseInviteForm, type FormSource } from "@/lib/people/user-input";
import { addFieldError, mergeFieldErrors, type FieldErrors } from "@/lib/workflow/field-errors";
import { requireAdminRight } from "../admin-access";
import { agencyAssignmentError } from "../agency-assignment";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { isUniqueViolation } from "../unique-violation";
import { invalidInput } from "../updates/errors";

export const USER_INVITED = "user.invited";

const EMAIL_TAKEN = "Someone already has an account with this email address. Find them in the list instead.";

const postedEmail = (form: FormSource) => {
  const v = form.get("email");
  return typeof v === "string" ? v.trim().toLowerCase() : "";
};

/** A one-time link as the administrator copies it: the full address, shown once. */
export type IssuedLink = { userId: number; email: string; link: string; expiresAt: string };

export const absoluteLink = (token: string) => `${env().publicUrl}${accountLinkPath(token)}`;

/**
 * An administrator invites someone: an account with their role and agency and no password, and a
 * one-time link, valid for a week, with which they choose one. Only the link's hash is stored;
 * the link itself is returned once, for the administrator to pass on.
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
      return { userId: user.id, email, link: absoluteLink(token), expiresAt: expiresAt.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_idx")) throw invalidInput({ email: [EMAIL_TAKEN] });
    throw error;
  }
}
