import type { Role } from "@/lib/status/vocabulary";

/**
 * What an administrator may not do to an account, whatever their rights (PRODUCT.md §6 leaves
 * Mahere needing at least one administrator who can still sign in):
 * - change their own role, disable their own account or reset it (each could lock them out, and a
 *   second administrator should see it done);
 * - take the administrator role away from, or disable, the last active administrator.
 * Pure: the data access layer asks it with the rows it has locked.
 */
export type AccountChange = { role?: Role; disable?: boolean; reset?: boolean };

export function accountChangeRefusal(input: {
  actorId: number;
  target: { id: number; role: Role; disabled: boolean };
  change: AccountChange;
  /** Every administrator who is not disabled, the target included if it is one. */
  activeAdminIds: readonly number[];
}): string | null {
  const { actorId, target, change, activeAdminIds } = input;
  const roleChanges = change.role !== undefined && change.role !== target.role;
  if (target.id === actorId) {
    if (roleChanges) return "You cannot change your own role. Ask another administrator to do it.";
    if (change.disable) return "You cannot disable your own account. Ask another administrator to do it.";
    if (change.reset) return "You cannot reset your own account here. Ask another administrator to do it.";
  }
  const removesAdmin =
    target.role === "admin" && !target.disabled && ((roleChanges && change.role !== "admin") || change.disable);
  if (removesAdmin && activeAdminIds.every((id) => id === target.id)) {
    return "This is the last active administrator: make someone else an administrator first.";
  }
  return null;
}
