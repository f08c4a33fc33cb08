import { z } from "zod";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/workflow/field-errors";
import { isHttpUrl, normaliseHttpUrl } from "@/lib/workflow/http-url";
import { URL_MESSAGE } from "@/lib/workflow/update-fields";

/**
 * What the agency form may carry, read from FormData. Every problem is reported at once, keyed by
 * the input's name; messages are fixed sentences that never repeat what was typed. Whether the
 * slug or acronym is free is for the data access layer to check.
 */

export const AGENCY_FIELDS = ["name", "nameMi", "acronym", "slug", "websiteUrl"] as const;
export type AgencyField = (typeof AGENCY_FIELDS)[number];
export type AgencyFormValues = Record<AgencyField, string>;
export const EMPTY_AGENCY_VALUES: AgencyFormValues = { name: "", nameMi: "", acronym: "", slug: "", websiteUrl: "" };

export const AGENCY_LIMITS = { name: 200, acronym: 15, slug: 40, websiteUrl: 500 } as const;

/** The same rule as the database's check: the slug is part of the agency's public address. */
export const AGENCY_SLUG = /^[a-z][a-z0-9-]*$/;
/** Letters (with macrons) and digits, with "&", "." or "-" inside: "TEC", "MoE", "NZQA". */
export const AGENCY_ACRONYM = /^[\p{L}\p{N}][\p{L}\p{N}&.-]*$/u;

const text = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).normalize("NFC").trim().min(1, { error: missing }).max(max, { error: tooLong });

const schema = z.object({
  name: text(AGENCY_LIMITS.name, "Enter the agency's name in English.", "Keep the name to 200 characters or fewer."),
  nameMi: z
    .string()
    .normalize("NFC")
    .trim()
    .max(AGENCY_LIMITS.name, { error: "Keep the te reo Māori name to 200 characters or fewer." })
    .transform((v) => v || null),
  acronym: text(
    AGENCY_LIMITS.acronym,
    "Enter the agency's acronym, like TEC.",
    "Keep the acronym to 15 characters or fewer.",
  ).regex(AGENCY_ACRONYM, { error: "Use letters and digits only in the acronym (with &, . or - inside it)." }),
  slug: text(
    AGENCY_LIMITS.slug,
    "Enter the address name, like tec.",
    "Keep the address name to 40 characters or fewer.",
  ).regex(AGENCY_SLUG, {
    error: "Use lower-case letters, digits and hyphens in the address name, starting with a letter.",
  }),
  websiteUrl: z
    .string()
    .trim()
    .max(AGENCY_LIMITS.websiteUrl, { error: "Keep the website address to 500 characters or fewer." })
    .refine((v) => v === "" || isHttpUrl(v), { error: URL_MESSAGE })
    .transform((v) => (v ? normaliseHttpUrl(v) : null)),
});

export type AgencyInput = z.output<typeof schema>;
export type FormSource = Pick<FormData, "get">;

/** The form's answers as typed, to show again after a refusal. */
export function postedAgencyValues(form: FormSource): AgencyFormValues {
  return Object.fromEntries(
    AGENCY_FIELDS.map((f) => {
      const v = form.get(f);
      return [f, typeof v === "string" ? v : ""];
    }),
  ) as AgencyFormValues;
}

export function parseAgencyForm(
  form: FormSource,
): { ok: true; data: AgencyInput } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(postedAgencyValues(form));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrorsFromZod(parsed.error) };
}
