import { z } from "zod";
import { ROLES, type Role } from "@/lib/status/vocabulary";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/workflow/field-errors";

/**
 * What the invitation and the role-and-agency forms may carry, read from FormData. Every problem
 * is reported at once, keyed by the input's name. Whether the address is free and the agency
 * exists (and is not retired) is for the data access layer to check.
 */

export const AGENCY_ROLES: readonly Role[] = ["agency_staff", "agency_approver"];
export const INVITE_FIELDS = ["email", "name", "role", "agencyId"] as const;
export const ACCESS_FIELDS = ["role", "agencyId"] as const;
export type InviteFormValues = Record<(typeof INVITE_FIELDS)[number], string>;
export const EMPTY_INVITE_VALUES: InviteFormValues = { email: "", name: "", role: "", agencyId: "" };

const ROLE_MESSAGE = "Choose a role.";
const AGENCY_MESSAGE = "Choose the agency this person works for.";

const access = {
  role: z.enum(ROLES, { error: ROLE_MESSAGE }),
  agencyId: z
    .string()
    .regex(/^(\d{1,9})?$/, { error: AGENCY_MESSAGE })
    .transform((v) => (v ? Number(v) : null)),
};

/** Agency staff and approvers write for an agency; monitors and administrators may name one. */
function agencyForRole<T extends { role: Role; agencyId: number | null }>(v: T, ctx: z.RefinementCtx) {
  if (AGENCY_ROLES.includes(v.role) && v.agencyId === null) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: AGENCY_MESSAGE });
  }
}

const inviteSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, { error: "Keep the email address to 254 characters or fewer." })
      .pipe(z.email({ error: "Enter an email address, like name@agency.govt.nz." })),
    name: z
      .string()
      .normalize("NFC")
      .trim()
      .min(1, { error: "Enter the person's name." })
      .max(200, { error: "Keep the name to 200 characters or fewer." }),
    ...access,
  })
  .superRefine(agencyForRole);

const accessSchema = z.object(access).superRefine(agencyForRole);

export type InviteInput = z.output<typeof inviteSchema>;
export type AccessInput = z.output<typeof accessSchema>;
type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };
export type FormSource = Pick<FormData, "get">;

/** The form's answers as typed, to show again after a refusal. */
export function postedValues<K extends string>(form: FormSource, fields: readonly K[]): Record<K, string> {
  return Object.fromEntries(
    fields.map((f) => {
      const v = form.get(f);
      return [f, typeof v === "string" ? v : ""];
    }),
  ) as Record<K, string>;
}

function parse<T>(schema: z.ZodType<T>, values: unknown): Parsed<T> {
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrorsFromZod(parsed.error) };
}

export const parseInviteForm = (form: FormSource) => parse(inviteSchema, postedValues(form, INVITE_FIELDS));
export const parseAccessForm = (form: FormSource) => parse(accessSchema, postedValues(form, ACCESS_FIELDS));

/** The people list's filters, from the query: anything not on the allow-list is ignored. */
const filtersSchema = z.object({
  role: z.enum(ROLES).optional().catch(undefined),
  agency: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/)
    .optional()
    .catch(undefined),
});
export type UserFilters = z.output<typeof filtersSchema>;

export function parseUserFilters(query: Record<string, string | string[] | undefined>): UserFilters {
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);
  return filtersSchema.parse({ role: one(query.role), agency: one(query.agency) });
}
