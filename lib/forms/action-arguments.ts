/**
 * What a server action was really called with. Next.js decodes whatever a request sends into the
 * action's arguments, so a forged call can hand a form action no form, a string for its state, or
 * (a plain form post to an action written for `useActionState`) the form where the state should
 * be. Every action reads its arguments through these, so a call of the wrong shape changes nothing
 * and never crashes the request.
 */

/** The form among the arguments (the first FormData), or null when there is none. */
export function formArgument(...args: unknown[]): FormData | null {
  return args.find((a): a is FormData => a instanceof FormData) ?? null;
}

/** The previous state, when it is a plain object; anything else starts from `initial`. */
export function stateArgument<S extends object>(value: unknown, initial: S): S {
  if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof FormData) return initial;
  return value as S;
}

/** A `(previous, formData)` call read safely: the state and the form, or no form at all. */
export function stateAndForm<S extends object>(
  previous: unknown,
  formData: unknown,
  initial: S,
): { previous: S; form: FormData | null } {
  return { previous: stateArgument(previous, initial), form: formArgument(formData, previous) };
}
