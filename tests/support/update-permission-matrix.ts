/**
 * The expected permission matrix of the update workflow, written by hand from PRODUCT.md §6 and
 * issue 4 (never computed by the rules it checks). Both harnesses assert it: the data access layer
 * called directly (tests/integration/workflow) and real server-action requests over HTTP
 * (tests/e2e/permission-matrix-http.spec.ts).
 *
 * Action 1.5: led by TEC, with MoE, ERO and NZQA contributing; MSD has no part in it. The update is
 * written by the lead agency's staff member; "view" is asked of it once it is in front of reviewers.
 */
export const MATRIX_ACTION = "1.5";

export const PERSONA_EMAILS = {
  leadStaff: "staff.tec@example.org",
  contributorStaff: "staff.moe@example.org",
  unrelatedStaff: "staff.msd@example.org",
  ownApprover: "approver.tec@example.org",
  otherApprover: "approver.msd@example.org",
  monitor: "monitor@example.org",
  admin: "admin@example.org",
} as const;

export type Persona = keyof typeof PERSONA_EMAILS | "anonymous";
export const PERSONAS: readonly Persona[] = ["anonymous", ...(Object.keys(PERSONA_EMAILS) as Persona[])];

export const OPERATIONS = [
  "create draft",
  "edit draft",
  "submit",
  "withdraw",
  "approve",
  "return",
  "publish",
  "schedule",
  "view draft",
  "view internal notes",
] as const;
export type Operation = (typeof OPERATIONS)[number];

const Y = true;
const N = false;

function row(...allowed: boolean[]): Record<Operation, boolean> {
  return Object.fromEntries(OPERATIONS.map((op, i) => [op, allowed[i]])) as Record<Operation, boolean>;
}

// prettier-ignore
export const EXPECTED: Record<Persona, Record<Operation, boolean>> = {
  //                create  edit  submit  withdraw  approve  return  publish  schedule  view  notes
  anonymous:        row(N,  N,    N,      N,        N,       N,      N,       N,        N,    N),
  leadStaff:        row(Y,  Y,    Y,      Y,        N,       N,      N,       N,        Y,    Y),
  contributorStaff: row(Y,  N,    N,      N,        N,       N,      N,       N,        N,    N),
  unrelatedStaff:   row(N,  N,    N,      N,        N,       N,      N,       N,        N,    N),
  ownApprover:      row(Y,  N,    N,      N,        Y,       Y,      N,       N,        Y,    Y),
  otherApprover:    row(N,  N,    N,      N,        N,       N,      N,       N,        N,    N),
  monitor:          row(N,  N,    N,      N,        N,       Y,      Y,       Y,        Y,    Y),
  admin:            row(N,  N,    N,      N,        N,       N,      N,       N,        N,    N),
};
