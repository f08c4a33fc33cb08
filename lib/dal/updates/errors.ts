import type { FieldErrors } from "@/lib/workflow/field-errors";

export type WorkflowErrorCode = "forbidden" | "not_found" | "invalid" | "conflict" | "invalid_transition";

const STATUS: Record<WorkflowErrorCode, number> = {
  forbidden: 403,
  not_found: 404,
  invalid: 422,
  conflict: 409,
  invalid_transition: 409,
};

/**
 * A refusal the user may read: a code, the HTTP status it maps to, a sentence for the person, and
 * per-field errors when the input was at fault. Nothing was written when one is thrown.
 */
export class WorkflowError extends Error {
  readonly code: WorkflowErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldErrors;

  constructor(code: WorkflowErrorCode, message: string, fieldErrors: FieldErrors = {}) {
    super(message);
    this.name = "WorkflowError";
    this.code = code;
    this.status = STATUS[code];
    this.fieldErrors = fieldErrors;
  }
}

export const forbidden = (message: string) => new WorkflowError("forbidden", message);

export const notFound = (what = "progress update") => new WorkflowError("not_found", `There is no such ${what}.`);

export function invalidInput(fieldErrors: FieldErrors): WorkflowError {
  return new WorkflowError("invalid", "Some answers need changing: see the messages beside each one.", fieldErrors);
}

export function isWorkflowError(error: unknown): error is WorkflowError {
  return error instanceof WorkflowError;
}
