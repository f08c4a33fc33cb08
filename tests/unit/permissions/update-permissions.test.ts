import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions/actor";
import {
  can,
  checkAuthority,
  UPDATE_OPERATIONS,
  type PermissionContext,
  type UpdateOperation,
} from "@/lib/permissions/update-permissions";
import { UPDATE_STATES, type UpdateState } from "@/lib/status/vocabulary";

const LEAD = 1;
const CONTRIBUTOR = 2;
const UNRELATED = 3;
const TEC = 4;

const AUTHOR_ID = 11;

const action = { leadAgencyId: LEAD, contributorAgencyIds: [CONTRIBUTOR] };

/** An update written by the lead agency's staff member AUTHOR_ID. */
const updateIn = (state: UpdateState): PermissionContext => ({
  action,
  update: { authorId: AUTHOR_ID, agencyId: LEAD, state },
});

const user = (userId: number, role: Extract<Actor, { kind: "user" }>["role"], agencyId: number | null): Actor => ({
  kind: "user",
  userId,
  role,
  agencyId,
});

const ACTORS = {
  anonymous: { kind: "anonymous" },
  leadStaffAuthor: user(AUTHOR_ID, "agency_staff", LEAD),
  leadStaffColleague: user(12, "agency_staff", LEAD),
  contributorStaff: user(21, "agency_staff", CONTRIBUTOR),
  unrelatedStaff: user(31, "agency_staff", UNRELATED),
  ownApprover: user(13, "agency_approver", LEAD),
  contributorApprover: user(22, "agency_approver", CONTRIBUTOR),
  unrelatedApprover: user(32, "agency_approver", UNRELATED),
  tecMonitor: user(41, "tec_monitor", TEC),
  admin: user(51, "admin", null),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;

/**
 * Each column is an operation tried on an update in a state where that operation is possible, so
 * a refusal comes from who is asking, not from the state. "view" columns are tried both before
 * and after the update is put in front of reviewers.
 */
const COLUMNS: { label: string; operation: UpdateOperation; context: PermissionContext }[] = [
  { label: "create", operation: "create_draft", context: { action } },
  { label: "edit(draft)", operation: "edit_draft", context: updateIn("draft") },
  { label: "submit(draft)", operation: "submit", context: updateIn("draft") },
  { label: "withdraw(submitted)", operation: "withdraw", context: updateIn("submitted") },
  { label: "approve(submitted)", operation: "approve", context: updateIn("submitted") },
  { label: "return(submitted)", operation: "return", context: updateIn("submitted") },
  { label: "return(approved)", operation: "return", context: updateIn("agency_approved") },
  { label: "publish(approved)", operation: "publish", context: updateIn("agency_approved") },
  { label: "schedule(approved)", operation: "schedule", context: updateIn("agency_approved") },
  { label: "viewDraft(draft)", operation: "view_draft", context: updateIn("draft") },
  { label: "viewDraft(submitted)", operation: "view_draft", context: updateIn("submitted") },
  { label: "notes(draft)", operation: "view_internal_notes", context: updateIn("draft") },
  { label: "notes(published)", operation: "view_internal_notes", context: updateIn("published") },
];

// prettier-ignore
const EXPECTED: Record<ActorName, string> = {
  //                   create edit submit withdraw approve return return publish schedule view view notes notes
  //                          (d)  (d)    (s)      (s)     (s)    (a)    (a)     (a)      (d)  (s)  (d)   (p)
  anonymous:           "N     N    N      N        N       N      N      N       N        N    N    N     N",
  leadStaffAuthor:     "Y     Y    Y      Y        N       N      N      N       N        Y    Y    Y     Y",
  leadStaffColleague:  "Y     N    N      N        N       N      N      N       N        N    N    N     N",
  contributorStaff:    "Y     N    N      N        N       N      N      N       N        N    N    N     N",
  unrelatedStaff:      "N     N    N      N        N       N      N      N       N        N    N    N     N",
  ownApprover:         "Y     N    N      N        Y       Y      Y      N       N        N    Y    N     Y",
  contributorApprover: "Y     N    N      N        N       N      N      N       N        N    N    N     N",
  unrelatedApprover:   "N     N    N      N        N       N      N      N       N        N    N    N     N",
  tecMonitor:          "N     N    N      N        N       Y      Y      Y       Y        N    Y    N     Y",
  admin:               "N     N    N      N        N       N      N      N       N        N    N    N     N",
};

describe("update permission matrix", () => {
  it("has one expected cell per column for every actor", () => {
    for (const row of Object.values(EXPECTED)) expect(row.split(/\s+/)).toHaveLength(COLUMNS.length);
  });

  it("covers every operation", () => {
    expect(new Set(COLUMNS.map((c) => c.operation))).toEqual(new Set(UPDATE_OPERATIONS));
  });

  for (const [name, actor] of Object.entries(ACTORS) as [ActorName, Actor][]) {
    const cells = EXPECTED[name].split(/\s+/);
    COLUMNS.forEach((column, i) => {
      const expected = cells[i] === "Y";
      it(`${name} ${expected ? "may" : "may not"} ${column.label}`, () => {
        const result = can(actor, column.operation, column.context);
        expect(result.allowed).toBe(expected);
        if (!result.allowed) expect(result.reason).toMatch(/^[A-Z].*\.$/);
      });
    });
  }
});

describe("update permissions: rules beyond the matrix", () => {
  it("tells the public to sign in", () => {
    const result = can(ACTORS.anonymous, "view_draft", updateIn("published"));
    expect(result).toEqual({ allowed: false, reason: expect.stringMatching(/sign in/i) });
  });

  it("does not let an approver review an update they wrote themselves", () => {
    const ownUpdate: PermissionContext = { action, update: { authorId: 13, agencyId: LEAD, state: "submitted" } };
    expect(can(ACTORS.ownApprover, "approve", ownUpdate)).toEqual({
      allowed: false,
      reason: "You wrote this update, so another approver must approve it.",
    });
    expect(can(ACTORS.ownApprover, "return", ownUpdate).allowed).toBe(false);
    // ...but as its author they may still edit, submit and withdraw it.
    expect(can(ACTORS.ownApprover, "withdraw", ownUpdate).allowed).toBe(true);
    const ownDraft: PermissionContext = { action, update: { authorId: 13, agencyId: LEAD, state: "draft" } };
    expect(can(ACTORS.ownApprover, "edit_draft", ownDraft)).toEqual({ allowed: true });
  });

  it("judges approval by the update's agency, not the action's lead", () => {
    const contributorUpdate: PermissionContext = {
      action,
      update: { authorId: 21, agencyId: CONTRIBUTOR, state: "submitted" },
    };
    expect(can(ACTORS.contributorApprover, "approve", contributorUpdate).allowed).toBe(true);
    expect(can(ACTORS.ownApprover, "approve", contributorUpdate).allowed).toBe(false);
    expect(can(ACTORS.contributorStaff, "withdraw", contributorUpdate).allowed).toBe(true);
  });

  it("stops an author who has moved to another agency from changing the update", () => {
    const moved = user(AUTHOR_ID, "agency_staff", UNRELATED);
    expect(can(moved, "edit_draft", updateIn("draft"))).toEqual({
      allowed: false,
      reason: "You no longer write for the agency this update belongs to, so you cannot change it.",
    });
    expect(can(moved, "view_draft", updateIn("draft")).allowed).toBe(true);
  });

  it("stops an author whose agency is no longer on the action from changing the update", () => {
    const reassigned: PermissionContext = {
      action: { leadAgencyId: UNRELATED, contributorAgencyIds: [] },
      update: { authorId: AUTHOR_ID, agencyId: LEAD, state: "draft" },
    };
    expect(can(ACTORS.leadStaffAuthor, "submit", reassigned).allowed).toBe(false);
  });

  it("stops an author whose role became TEC monitor or admin from changing the update", () => {
    expect(can(user(AUTHOR_ID, "tec_monitor", LEAD), "edit_draft", updateIn("draft")).allowed).toBe(false);
    expect(can(user(AUTHOR_ID, "admin", LEAD), "submit", updateIn("draft")).allowed).toBe(false);
  });

  it("never treats an update with no recorded author as anyone's", () => {
    const orphan: PermissionContext = { action, update: { authorId: null, agencyId: LEAD, state: "draft" } };
    for (const actor of Object.values(ACTORS)) {
      expect(can(actor, "edit_draft", orphan).allowed).toBe(false);
      expect(can(actor, "view_draft", orphan).allowed).toBe(false);
    }
  });

  it("refuses operations on an update that is not given", () => {
    expect(can(ACTORS.tecMonitor, "publish", { action })).toEqual({
      allowed: false,
      reason: "There is no progress update to act on.",
    });
  });

  it("lets a staff member with no agency write nothing", () => {
    expect(can(user(60, "agency_staff", null), "create_draft", { action }).allowed).toBe(false);
  });

  // Which states each mutating operation is open in, for an actor entitled to it.
  const OPEN_STATES: { operation: UpdateOperation; actor: Actor; states: UpdateState[] }[] = [
    { operation: "edit_draft", actor: ACTORS.leadStaffAuthor, states: ["draft", "changes_requested"] },
    { operation: "submit", actor: ACTORS.leadStaffAuthor, states: ["draft", "changes_requested"] },
    { operation: "withdraw", actor: ACTORS.leadStaffAuthor, states: ["draft", "submitted", "changes_requested"] },
    { operation: "approve", actor: ACTORS.ownApprover, states: ["submitted"] },
    { operation: "return", actor: ACTORS.ownApprover, states: ["submitted", "agency_approved"] },
    { operation: "return", actor: ACTORS.tecMonitor, states: ["submitted", "agency_approved"] },
    { operation: "publish", actor: ACTORS.tecMonitor, states: ["agency_approved"] },
    { operation: "schedule", actor: ACTORS.tecMonitor, states: ["agency_approved"] },
    { operation: "view_draft", actor: ACTORS.leadStaffAuthor, states: [...UPDATE_STATES] },
    {
      operation: "view_draft",
      actor: ACTORS.ownApprover,
      states: ["submitted", "agency_approved", "changes_requested", "published"],
    },
    {
      operation: "view_internal_notes",
      actor: ACTORS.tecMonitor,
      states: ["submitted", "agency_approved", "changes_requested", "published"],
    },
  ];

  for (const { operation, actor, states } of OPEN_STATES) {
    for (const state of UPDATE_STATES) {
      const open = states.includes(state);
      const who = actor.kind === "user" ? actor.role : "anonymous";
      it(`${operation} by ${who} is ${open ? "open" : "closed"} when ${state}`, () => {
        expect(can(actor, operation, updateIn(state)).allowed).toBe(open);
        // Entitlement alone does not depend on the state for the mutating operations.
        if (!operation.startsWith("view")) expect(checkAuthority(actor, operation, updateIn(state)).allowed).toBe(true);
      });
    }
  }

  it("explains a state refusal in words", () => {
    expect(can(ACTORS.leadStaffAuthor, "edit_draft", updateIn("submitted"))).toEqual({
      allowed: false,
      reason: "This update is waiting for agency approval, so it cannot be edited.",
    });
    expect(can(ACTORS.tecMonitor, "publish", updateIn("published"))).toEqual({
      allowed: false,
      reason: "This update has already been published, so it cannot be published.",
    });
  });
});
