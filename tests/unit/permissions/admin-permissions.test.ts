import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions/actor";
import { ADMIN_OPERATIONS, adminAreasFor, canAdmin, type AdminOperation } from "@/lib/permissions/admin-permissions";
import type { Role } from "@/lib/status/vocabulary";

const user = (role: Role): Actor => ({ kind: "user", userId: 1, role, agencyId: role === "admin" ? null : 4 });

const Y = true;
const N = false;

/** Written by hand from PRODUCT.md §6, never computed by the rule it checks. */
// prettier-ignore
const EXPECTED: Record<string, { actor: Actor; allowed: Record<AdminOperation, boolean> }> = {
  //                                          open  agencies users  periods indicators plan audit outbox translations newsletter spreadsheet stocktake
  anonymous:       { actor: { kind: "anonymous" }, allowed: row(N, N, N, N, N, N, N, N, N, N, N, N) },
  agency_staff:    { actor: user("agency_staff"), allowed: row(N, N, N, N, N, N, N, N, N, N, N, N) },
  agency_approver: { actor: user("agency_approver"), allowed: row(N, N, N, N, N, N, N, N, N, N, N, N) },
  tec_monitor:     { actor: user("tec_monitor"), allowed: row(Y, N, N, Y, Y, Y, Y, N, N, Y, Y, Y) },
  admin:           { actor: user("admin"), allowed: row(Y, Y, Y, N, N, N, Y, Y, Y, N, Y, N) },
};

function row(...allowed: boolean[]): Record<AdminOperation, boolean> {
  return Object.fromEntries(ADMIN_OPERATIONS.map((op, i) => [op, allowed[i]])) as Record<AdminOperation, boolean>;
}

describe("who may use the administration pages", () => {
  it("covers every operation in the expected matrix", () => {
    expect(ADMIN_OPERATIONS).toEqual([
      "open_admin",
      "manage_agencies",
      "manage_users",
      "manage_periods",
      "manage_indicators",
      "manage_plan",
      "view_audit",
      "read_outbox",
      "manage_translations",
      "send_newsletter",
      "plan_spreadsheet",
      "manage_stocktake",
    ]);
  });

  const cells = Object.entries(EXPECTED).flatMap(([name, { actor, allowed }]) =>
    ADMIN_OPERATIONS.map((op) => [name, op, actor, allowed[op]] as const),
  );

  it.each(cells)("%s: %s → allowed %s", (_name, op, actor, allowed) => {
    const decision = canAdmin(actor, op);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toMatch(/^Only /);
  });

  it("offers on the landing page exactly the areas each person may manage", () => {
    expect(adminAreasFor(user("admin"))).toEqual([
      "manage_agencies",
      "manage_users",
      "view_audit",
      "read_outbox",
      "manage_translations",
      "plan_spreadsheet",
    ]);
    expect(adminAreasFor(user("tec_monitor"))).toEqual([
      "manage_periods",
      "manage_indicators",
      "manage_plan",
      "view_audit",
      "send_newsletter",
      "plan_spreadsheet",
      "manage_stocktake",
    ]);
    expect(adminAreasFor(user("agency_approver"))).toEqual([]);
    expect(adminAreasFor({ kind: "anonymous" })).toEqual([]);
  });
});
