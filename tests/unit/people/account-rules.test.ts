import { describe, expect, it } from "vitest";
import { accountChangeRefusal } from "@/lib/people/account-rules";

const ME = 1;
const OTHER_ADMIN = 2;
const STAFF = 3;

const admin = (id: number, disabled = false) => ({ id, role: "admin" as const, disabled });

describe("what an administrator may not do to an account", () => {
  it("refuses changing one's own role, disabling or resetting oneself, but allows one's own agency", () => {
    const base = { actorId: ME, target: admin(ME), activeAdminIds: [ME, OTHER_ADMIN] };
    expect(accountChangeRefusal({ ...base, change: { role: "tec_monitor" } })).toMatch(/your own role/);
    expect(accountChangeRefusal({ ...base, change: { disable: true } })).toMatch(/disable your own/);
    expect(accountChangeRefusal({ ...base, change: { reset: true } })).toMatch(/reset your own/);
    expect(accountChangeRefusal({ ...base, change: { role: "admin" } })).toBeNull();
  });

  it("refuses removing or disabling the last active administrator", () => {
    const last = { actorId: ME, target: admin(OTHER_ADMIN), activeAdminIds: [OTHER_ADMIN] };
    expect(accountChangeRefusal({ ...last, change: { role: "agency_staff" } })).toMatch(/last active administrator/);
    expect(accountChangeRefusal({ ...last, change: { disable: true } })).toMatch(/last active administrator/);
    expect(accountChangeRefusal({ ...last, change: { reset: true } })).toBeNull();
  });

  it("allows it while another administrator stays active", () => {
    const two = { actorId: ME, target: admin(OTHER_ADMIN), activeAdminIds: [ME, OTHER_ADMIN] };
    expect(accountChangeRefusal({ ...two, change: { role: "agency_staff" } })).toBeNull();
    expect(accountChangeRefusal({ ...two, change: { disable: true } })).toBeNull();
  });

  it("does not count a disabled administrator, and lets anyone else's account change freely", () => {
    const disabledAdmin = { actorId: ME, target: admin(OTHER_ADMIN, true), activeAdminIds: [ME] };
    expect(accountChangeRefusal({ ...disabledAdmin, change: { role: "agency_staff" } })).toBeNull();
    const staff = { actorId: ME, target: { id: STAFF, role: "agency_staff" as const, disabled: false } };
    expect(
      accountChangeRefusal({ ...staff, activeAdminIds: [ME], change: { role: "admin", disable: true } }),
    ).toBeNull();
  });
});
