import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions/actor";
import type { PermissionContext } from "@/lib/permissions/update-permissions";
import { UPDATE_STATES, type UpdateState } from "@/lib/status/vocabulary";
import { applyTransition, nextState, WORKFLOW_EVENTS, type WorkflowEvent } from "@/lib/workflow/transitions";

const LEAD = 1;
const action = { leadAgencyId: LEAD, contributorAgencyIds: [2] };
const author: Actor = { kind: "user", userId: 11, role: "agency_staff", agencyId: LEAD };
const colleague: Actor = { kind: "user", userId: 12, role: "agency_staff", agencyId: LEAD };
const approver: Actor = { kind: "user", userId: 13, role: "agency_approver", agencyId: LEAD };
const monitor: Actor = { kind: "user", userId: 41, role: "tec_monitor", agencyId: 4 };
const admin: Actor = { kind: "user", userId: 51, role: "admin", agencyId: null };

const updateIn = (state: UpdateState): PermissionContext => ({
  action,
  update: { authorId: 11, agencyId: LEAD, state },
});

const NOW = new Date("2025-08-01T02:00:00Z");
const LATER = new Date("2025-08-04T20:00:00Z");

// Written out by hand (not derived from the implementation): "-" means refused.
// prettier-ignore
const EXPECTED: Record<UpdateState, Record<WorkflowEvent, UpdateState | "-">> = {
  draft:             { save_draft: "draft",             submit: "submitted", withdraw: "withdrawn", approve: "-",               return: "-",                 publish: "-",         schedule: "-" },
  submitted:         { save_draft: "-",                 submit: "-",         withdraw: "withdrawn", approve: "agency_approved", return: "changes_requested", publish: "-",         schedule: "-" },
  agency_approved:   { save_draft: "-",                 submit: "-",         withdraw: "-",         approve: "-",               return: "changes_requested", publish: "published", schedule: "published" },
  changes_requested: { save_draft: "changes_requested", submit: "submitted", withdraw: "withdrawn", approve: "-",               return: "-",                 publish: "-",         schedule: "-" },
  withdrawn:         { save_draft: "-",                 submit: "-",         withdraw: "-",         approve: "-",               return: "-",                 publish: "-",         schedule: "-" },
  published:         { save_draft: "-",                 submit: "-",         withdraw: "-",         approve: "-",               return: "-",                 publish: "-",         schedule: "-" },
};

/** Someone entitled to each event, so only the state decides. */
const ENTITLED: Record<WorkflowEvent, Actor> = {
  save_draft: author,
  submit: author,
  withdraw: author,
  approve: approver,
  return: monitor,
  publish: monitor,
  schedule: monitor,
};

const DETAILS = { publishAt: LATER, returnReason: "Add the evidence link for criterion 2." };

const contributorStaff: Actor = { kind: "user", userId: 21, role: "agency_staff", agencyId: 2 };
const ACTORS = { author, colleague, contributorStaff, approver, monitor, admin, anonymous: { kind: "anonymous" } };
type ActorName = keyof typeof ACTORS;

/** A state each event is possible in, so a refusal there comes from who is asking. */
const POSSIBLE_IN: Record<WorkflowEvent, UpdateState> = {
  save_draft: "draft",
  submit: "draft",
  withdraw: "submitted",
  approve: "submitted",
  return: "submitted",
  publish: "agency_approved",
  schedule: "agency_approved",
};

/** Who may do each event to the author's update (PRODUCT.md §6), written out by hand. */
const ENTITLED_TO: Record<WorkflowEvent, ActorName[]> = {
  save_draft: ["author"],
  submit: ["author"],
  withdraw: ["author"],
  approve: ["approver"],
  return: ["approver", "monitor"],
  publish: ["monitor"],
  schedule: ["monitor"],
};

/** A state each event is impossible in, and what the person entitled to it is told. */
const REFUSED_IN: Record<WorkflowEvent, [UpdateState, string]> = {
  save_draft: ["submitted", "This update is waiting for agency approval, so it cannot be edited."],
  submit: ["agency_approved", "This update has already been approved by the agency, so it cannot be submitted."],
  withdraw: ["published", "This update has already been published, so it cannot be withdrawn."],
  approve: ["draft", "This update is still a draft, so it cannot be approved."],
  return: ["withdrawn", "This update has been withdrawn, so it cannot be returned."],
  publish: ["changes_requested", "This update has been returned for changes, so it cannot be published."],
  schedule: ["submitted", "This update is waiting for agency approval, so it cannot be scheduled."],
};

describe("nextState", () => {
  for (const state of UPDATE_STATES) {
    for (const event of WORKFLOW_EVENTS) {
      const expected = EXPECTED[state][event];
      it(`${state} + ${event} → ${expected === "-" ? "refused" : expected}`, () => {
        expect(nextState(state, event)).toBe(expected === "-" ? null : expected);
      });
    }
  }
});

describe("applyTransition from every state", () => {
  for (const state of UPDATE_STATES) {
    for (const event of WORKFLOW_EVENTS) {
      const expected = EXPECTED[state][event];
      it(`${event} on a ${state} update is ${expected === "-" ? "an invalid transition" : "allowed"}`, () => {
        const result = applyTransition(ENTITLED[event], event, updateIn(state), NOW, DETAILS);
        if (expected === "-") {
          expect(result).toMatchObject({ ok: false, code: "invalid_transition" });
        } else {
          expect(result).toMatchObject({ ok: true, state: expected });
        }
      });
    }
  }
});

describe("applyTransition", () => {
  it.each(Object.entries(ENTITLED_TO) as [WorkflowEvent, ActorName[]][])(
    "lets only the people entitled to it %s, and tells everyone else they may not",
    (event, entitled) => {
      for (const [name, actor] of Object.entries(ACTORS) as [ActorName, Actor][]) {
        const result = applyTransition(actor, event, updateIn(POSSIBLE_IN[event]), NOW, DETAILS);
        if (entitled.includes(name)) expect(result, name).toMatchObject({ ok: true });
        else expect(result, name).toMatchObject({ ok: false, code: "forbidden" });
      }
    },
  );

  it.each(Object.entries(REFUSED_IN) as [WorkflowEvent, [UpdateState, string]][])(
    "says in its own words why %s is not possible in the update's state",
    (event, [state, message]) => {
      expect(applyTransition(ENTITLED[event], event, updateIn(state), NOW, DETAILS)).toEqual({
        ok: false,
        code: "invalid_transition",
        message,
      });
    },
  );

  it("creates a new draft when saving with no update", () => {
    expect(applyTransition(author, "save_draft", { action }, NOW)).toEqual({ ok: true, state: "draft", stamps: {} });
  });

  it("refuses to create a draft for someone whose agency is not on the action", () => {
    const outsider: Actor = { kind: "user", userId: 31, role: "agency_staff", agencyId: 3 };
    expect(applyTransition(outsider, "save_draft", { action }, NOW)).toMatchObject({ ok: false, code: "forbidden" });
    expect(applyTransition({ kind: "anonymous" }, "save_draft", { action }, NOW)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });

  it("refuses events other than saving when there is no update", () => {
    expect(applyTransition(author, "submit", { action }, NOW)).toEqual({
      ok: false,
      code: "forbidden",
      message: "There is no progress update to act on.",
    });
  });

  it("stamps each step with the time it happened", () => {
    expect(applyTransition(author, "save_draft", updateIn("draft"), NOW)).toEqual({
      ok: true,
      state: "draft",
      stamps: {},
    });
    expect(applyTransition(author, "submit", updateIn("draft"), NOW)).toEqual({
      ok: true,
      state: "submitted",
      stamps: { submittedAt: NOW },
    });
    expect(applyTransition(author, "withdraw", updateIn("submitted"), NOW)).toEqual({
      ok: true,
      state: "withdrawn",
      stamps: {},
    });
    expect(applyTransition(approver, "approve", updateIn("submitted"), NOW)).toEqual({
      ok: true,
      state: "agency_approved",
      stamps: { approvedAt: NOW },
    });
    expect(applyTransition(approver, "return", updateIn("submitted"), NOW, DETAILS)).toEqual({
      ok: true,
      state: "changes_requested",
      stamps: { returnedAt: NOW },
    });
    expect(applyTransition(monitor, "publish", updateIn("agency_approved"), NOW)).toEqual({
      ok: true,
      state: "published",
      stamps: { publishedAt: NOW },
    });
  });

  it("schedules as published at a future time, which the public filter hides until then", () => {
    expect(applyTransition(monitor, "schedule", updateIn("agency_approved"), NOW, { publishAt: LATER })).toEqual({
      ok: true,
      state: "published",
      stamps: { publishAt: LATER, publishedAt: LATER },
    });
  });

  it("refuses to schedule without a time, at an invalid time, now, or in the past", () => {
    const schedule = (publishAt: Date | undefined) =>
      applyTransition(monitor, "schedule", updateIn("agency_approved"), NOW, { publishAt });
    expect(schedule(undefined)).toEqual({
      ok: false,
      code: "invalid_transition",
      message: "Choose when the update should be published.",
    });
    expect(schedule(new Date("not a date"))).toMatchObject({ ok: false, code: "invalid_transition" });
    expect(schedule(NOW)).toEqual({
      ok: false,
      code: "invalid_transition",
      message: "Choose a publication time in the future.",
    });
    expect(schedule(new Date(NOW.getTime() - 1))).toMatchObject({ ok: false, code: "invalid_transition" });
    expect(schedule(new Date(NOW.getTime() + 1))).toMatchObject({ ok: true });
  });

  it("refuses to return an update without a reason", () => {
    for (const returnReason of [undefined, "", "   "]) {
      expect(applyTransition(monitor, "return", updateIn("submitted"), NOW, { returnReason })).toEqual({
        ok: false,
        code: "invalid_transition",
        message: "Say what needs to change before returning the update.",
      });
    }
  });

  it("checks who is asking before the state, so a refusal reveals nothing about the update", () => {
    // Publishing a draft is impossible, but an admin is told they may not, not why it is impossible.
    expect(applyTransition(admin, "publish", updateIn("draft"), NOW)).toEqual({
      ok: false,
      code: "forbidden",
      message: "Only TEC monitors can publish progress updates.",
    });
    expect(applyTransition({ kind: "anonymous" }, "approve", updateIn("draft"), NOW)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });

  it("gives a readable reason for an invalid transition", () => {
    expect(applyTransition(monitor, "publish", updateIn("submitted"), NOW)).toEqual({
      ok: false,
      code: "invalid_transition",
      message: "This update is waiting for agency approval, so it cannot be published.",
    });
  });

  it("lets nobody but the author save, submit or withdraw someone else's draft", () => {
    for (const actor of [colleague, approver, monitor, admin]) {
      for (const event of ["save_draft", "submit", "withdraw"] as const) {
        expect(applyTransition(actor, event, updateIn("draft"), NOW)).toMatchObject({ ok: false, code: "forbidden" });
      }
    }
  });

  it("lets the author edit and resubmit a returned update", () => {
    expect(applyTransition(author, "save_draft", updateIn("changes_requested"), NOW)).toMatchObject({
      ok: true,
      state: "changes_requested",
    });
    expect(applyTransition(author, "submit", updateIn("changes_requested"), NOW)).toEqual({
      ok: true,
      state: "submitted",
      stamps: { submittedAt: NOW },
    });
  });

  it("does not let an approver publish, nor a TEC monitor approve", () => {
    expect(applyTransition(approver, "publish", updateIn("agency_approved"), NOW)).toMatchObject({
      code: "forbidden",
    });
    expect(applyTransition(monitor, "approve", updateIn("submitted"), NOW)).toMatchObject({ code: "forbidden" });
  });
});
