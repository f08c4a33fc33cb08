import { uiText } from "@/i18n/ui-text";
import type { ManagedUser } from "@/lib/dal/users-admin";
import { formatDateTime } from "@/lib/format/dates";

/** An account's state in words: active, invited (and whether the link still works), disabled. */
export async function UserStatus({ user }: { user: ManagedUser }) {
  const { L } = await uiText("admin.users.status");
  if (user.status === "disabled") return <>{L("disabled")}</>;
  if (user.status === "invited") {
    return <>{user.linkExpired ? L("invitationExpired") : L("invited")}</>;
  }
  if (user.linkExpiresAt && !user.linkExpired) {
    return <>{L("resetPending", { date: formatDateTime(user.linkExpiresAt) })}</>;
  }
  return <>{L("active")}</>;
}
