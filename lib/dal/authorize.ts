import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "@/lib/permissions/actor";
import { stateAndForm } from "@/lib/forms/action-arguments";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import { getActor } from "./actor";
import { isDatabaseUnavailable } from "./database-unavailable";
import { isWorkflowError, type WorkflowErrorCode } from "./updates/errors";

/** What every staff form's server action returns to `useActionState`. */
export type ActionState = {
  status: "idle" | "error";
  code?: WorkflowErrorCode | "cross_site" | "failed" | "unavailable";
  message?: string;
  fieldErrors?: FieldErrors;
};

const CROSS_SITE = "This request did not come from a Mahere page. Reload the page and try again.";
const UNREADABLE = "This form could not be read, so nothing was saved. Reload the page and try again.";
const FAILED = "Something went wrong and nothing was saved. Try again, and tell the Mahere team if it keeps happening.";
export const UNAVAILABLE =
  "Mahere cannot reach its database just now, so nothing was saved. What you typed is still in the form: try again in a minute.";

/**
 * A form that counts its tries (`attempt`) gets the next count with every refusal, so its error
 * summary takes the focus again even when the same refusal comes twice; a redirect ends the form.
 */
function nextAttempt(previous: ActionState): { attempt?: number } {
  const attempt = (previous as { attempt?: unknown }).attempt;
  return typeof attempt === "number" ? { attempt: attempt + 1 } : {};
}

/**
 * Wraps a server action so that none can forget the basics: the request must come from our own
 * pages (Origin / Sec-Fetch-Site), the caller is read from the session and re-checked against the
 * database, and refusals from the data access layer become form state the page can show. The
 * handler still passes the actor to the DAL, which makes the actual permission decision.
 * Unexpected errors are logged and shown as a generic sentence: database detail never reaches
 * the browser. When the database cannot be reached (down, restarting, every connection busy past
 * the time limits) the sentence says so, and `keep` puts what was typed back into the state. A call
 * of the wrong shape (no form, a state that is not one) changes nothing.
 */
export function authorizedAction<S extends ActionState>(
  handler: (actor: Actor, formData: FormData, previous: S) => Promise<S>,
  keep: (formData: FormData, previous: S) => Partial<S> = () => ({}),
): (previous: S, formData: FormData) => Promise<S> {
  return async (given, formData) => {
    const { previous, form } = stateAndForm(given, formData, { status: "idle" } as S);
    if (!form)
      return {
        ...previous,
        ...nextAttempt(previous),
        status: "error",
        code: "failed",
        message: UNREADABLE,
        fieldErrors: {},
      };
    if (!isSameOriginRequest(await headers())) {
      return {
        ...previous,
        ...nextAttempt(previous),
        status: "error",
        code: "cross_site",
        message: CROSS_SITE,
        fieldErrors: {},
      };
    }
    try {
      const actor = await getActor();
      return await handler(actor, form, previous);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() travel as errors
      if (isWorkflowError(error)) {
        return {
          ...previous,
          ...nextAttempt(previous),
          status: "error",
          code: error.code,
          message: error.message,
          fieldErrors: error.fieldErrors,
        };
      }
      if (isDatabaseUnavailable(error)) {
        console.error(
          "Server action failed: the database is unavailable:",
          error instanceof Error ? error.message : error,
        );
        return {
          ...previous,
          ...nextAttempt(previous),
          ...keep(formData, previous),
          status: "error",
          code: "unavailable",
          message: UNAVAILABLE,
          fieldErrors: {},
        };
      }
      console.error("Server action failed:", error);
      return {
        ...previous,
        ...nextAttempt(previous),
        ...keep(formData, previous),
        status: "error",
        code: "failed",
        message: FAILED,
        fieldErrors: {},
      };
    }
  };
}
