import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import * as t from "@/db/schema";
import type { UserActor } from "@/lib/permissions/actor";
import { accountChangeRefusal, type AccountChange } from "@/lib/people/account-rules";
import type { Role } from "@/lib/status/vocabulary";
import { forbidden, WorkflowError } from "../updates/errors";
import type { Tx } from "../updates/tx";
import { userNotFound, validUserId } from "./list";

/**
 * Locks every active administrator's row and the target's, then asks the account rules. Locking
 * the administrators makes two of them demoting each other at the same moment take turns, so the
 * second sees the first's change (and is no longer an administrator, or is the last one).
 */
export async function lockForChange(tx: Tx, admin: UserActor, userId: number, change: AccountChange) {
  if (!validUserId(userId)) throw userNotFound();
  const admins = await tx
    .select({ id: t.users.id })
    .from(t.users)
    .where(and(eq(t.users.role, "admin"), isNull(t.users.disabledAt)))
    .orderBy(t.users.id)
    .for("update");
  if (!admins.some((a) => a.id === admin.userId)) {
    throw forbidden("Your account is no longer an active administrator's, so nothing was changed.");
  }
  const [target] = await tx.select().from(t.users).where(eq(t.users.id, userId)).for("update");
  if (!target) throw userNotFound();
  const refusal = accountChangeRefusal({
    actorId: admin.userId,
    target: { id: target.id, role: target.role as Role, disabled: target.disabledAt !== null },
    change,
    activeAdminIds: admins.map((a) => a.id),
  });
  if (refusal) throw new WorkflowError("conflict", refusal);
  return target;
}

/** A moment strictly after the row's last change, so a form opened before it is always stale. */
export const nextStamp = (previous: Date) => new Date(Math.max(Date.now(), previous.getTime() + 1));
