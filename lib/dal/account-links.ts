import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import * as t from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { hashAccountLinkToken, isAccountLinkToken, type AccountLinkKind } from "@/lib/people/account-link";
import type { Role } from "@/lib/status/vocabulary";
import { fieldErrorsFromZod } from "@/lib/workflow/field-errors";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { invalidInput, WorkflowError } from "./updates/errors";
import type { Queryable } from "./updates/tx";

export const USER_PASSWORD_SET = "user.password_set";

/** One sentence for every link that does not work, so a guess learns nothing about why. */
export const LINK_NOT_VALID =
  "This link does not work: it was already used, it has expired, or a newer one replaced it. Ask an administrator for a new link.";

export type AccountLink = { email: string; name: string; kind: AccountLinkKind };

/** The account a pending, unexpired link opens (not a disabled one), by the token's hash. */
async function usableLink(q: Queryable, token: string, now: Date, lock: boolean) {
  if (!isAccountLinkToken(token)) return null;
  const query = q
    .select()
    .from(t.users)
    .where(
      and(
        eq(t.users.accountLinkHash, hashAccountLinkToken(token)),
        gt(t.users.accountLinkExpiresAt, now),
        isNull(t.users.disabledAt),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Who a one-time link is for, or null when it does not work. Anyone holding the link may ask. */
export async function findAccountLink(token: string, now = new Date()): Promise<AccountLink | null> {
  const user = await usableLink(await getDb(), token, now, false);
  return user && { email: user.email, name: user.name, kind: user.accountLinkKind as AccountLinkKind };
}

/**
 * The person with the link chooses their password. The link works once: it is cleared in the same
 * transaction, and the password rules are the same as anywhere a password is chosen.
 */
export async function setPasswordWithLink(
  token: string,
  form: Pick<FormData, "get">,
  now = new Date(),
): Promise<{ email: string }> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const user = await usableLink(tx, token, now, true);
    if (!user) throw new WorkflowError("not_found", LINK_NOT_VALID);
    const parsed = newPasswordSchema.safeParse({
      password: text("password"),
      confirmPassword: text("confirmPassword"),
      email: user.email,
    });
    if (!parsed.success) throw invalidInput(fieldErrorsFromZod(parsed.error));
    await tx
      .update(t.users)
      .set({
        passwordHash: await hashPassword(parsed.data.password),
        accountLinkHash: null,
        accountLinkKind: null,
        accountLinkExpiresAt: null,
        updatedAt: new Date(Math.max(now.getTime(), user.updatedAt.getTime() + 1)),
      })
      .where(eq(t.users.id, user.id));
    await recordAudit(tx, {
      actor: { kind: "user", userId: user.id, role: user.role as Role, agencyId: user.agencyId },
      entity: "user",
      entityId: user.id,
      event: USER_PASSWORD_SET,
      after: { with: user.accountLinkKind },
      at: now,
    });
    return { email: user.email };
  });
}
