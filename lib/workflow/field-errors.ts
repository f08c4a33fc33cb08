import { z } from "zod";

/**
 * Errors per form field, keyed by the field's name in the form: "publicNarrative" for a plain
 * field, "evidenceLinks.0.url" for a field inside a repeated group. The form gives each input that
 * name (see form-data-to-object.ts), so every message can be shown under its own input.
 */
export type FieldErrors = Record<string, string[]>;

/** Key for errors that belong to no one field (e.g. the whole submission was not a form). */
export const FORM_ERROR_KEY = "form";

function pathToKey(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

export function keyToPath(key: string): (string | number)[] {
  return key.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * z.flattenError keys only by the first path segment, which would lump every evidence link's
 * errors under "evidenceLinks". Re-keying each issue by its whole dotted path first keeps them
 * apart while still letting zod do the grouping.
 */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const rekeyed = new z.ZodError(
    error.issues.map((issue) => ({ ...issue, path: issue.path.length > 0 ? [pathToKey(issue.path)] : [] })),
  );
  const flat = z.flattenError(rekeyed);
  const fieldErrors = flat.fieldErrors as Record<string, string[] | undefined>;
  const result: FieldErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    if (messages && messages.length > 0) result[key] = messages;
  }
  if (flat.formErrors.length > 0) result[FORM_ERROR_KEY] = flat.formErrors;
  return mergeFieldErrors(result);
}

/** Merges error records, keeping each message once per field (two rules may ask for the same fix). */
export function mergeFieldErrors(...records: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const record of records) {
    for (const [key, messages] of Object.entries(record)) {
      const existing = merged[key] ?? [];
      for (const message of messages) if (!existing.includes(message)) existing.push(message);
      if (existing.length > 0) merged[key] = existing;
    }
  }
  return merged;
}

export function addFieldError(errors: FieldErrors, key: string, message: string): void {
  const existing = errors[key];
  if (!existing) errors[key] = [message];
  else if (!existing.includes(message)) existing.push(message);
}
