import type { ActionState } from "@/lib/dal/authorize";
import type { IndicatorFormValues, ReadingsFormValues } from "@/lib/indicators/form-values";

/**
 * What each staff form's server action answers with. The forms (components/) and their actions
 * (app/, beside each route) both read these, so a component never imports from app/: a page hands
 * its form the server action as a prop.
 */

/** The flat name → string map a form's inputs use (dotted names for repeated rows). */
export type FormValues = Record<string, string>;

/** A server action as a form uses it with useActionState. */
export type FormAction<S> = (state: S, formData: FormData) => Promise<S>;

export type UpdateFormState = ActionState & {
  values?: FormValues;
  /** Set once the update exists (a refused submit of a new form still saved it as a draft). */
  updateId?: number;
  version?: number;
  attempt: number;
};

export type PeriodFormState = ActionState & {
  /** What the monitor typed, shown again after a refusal. */
  values?: Record<string, string>;
  /** Changes on every submission, so the form remounts with the values and focus moves again. */
  attempt: number;
};

export type IndicatorFormState = ActionState & { values?: IndicatorFormValues; attempt: number };
export type ReadingsFormState = ActionState & { values?: ReadingsFormValues; attempt: number };

/** Forms whose answers are a flat name → text map: agencies, people, setting a password. */
export type SimpleFormState = ActionState & { values?: FormValues; attempt: number };

/**
 * Inviting someone or issuing a new link: the one-time link is mailed (`mailed`), or without mail
 * shown once, in the answer; it is stored nowhere readable.
 */
export type LinkFormState = SimpleFormState & { link?: string; mailed?: boolean; expiresAt?: string; email?: string };

/** A plan item's edit form: tick-box groups post lists. */
export type PlanItemFormState = ActionState & { values?: Record<string, string | string[]>; attempt: number };
