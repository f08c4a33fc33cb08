"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { AGENCY_FIELDS, type AgencyFormValues } from "@/lib/people/agency-input";
import { ErrorSummary } from "@/components/staff/error-summary";
import { TextField } from "@/components/indicators-admin/fields";
import { PRIMARY_BUTTON } from "./buttons";

/** The agency's names, acronym, address name and website; the same form adds and edits. */
export function AgencyForm({
  saveAction,
  agency,
  initialValues,
}: {
  saveAction: FormAction<SimpleFormState>;
  /** Absent for a new agency. */
  agency?: { id: number; updatedAt: string };
  initialValues: AgencyFormValues;
}) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(saveAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.agencies.form");
  const describe = (key: string) => {
    const name = AGENCY_FIELDS.find((f) => f === key);
    return name ? { label: t(`fields.${name}`), target: name } : null;
  };
  const errors = state.fieldErrors ?? {};
  const values = { ...initialValues, ...state.values };
  const field = (name: (typeof AGENCY_FIELDS)[number]) => ({
    name,
    label: t(`fields.${name}`),
    errors: errors[name],
    defaultValue: values[name] ?? "",
  });
  return (
    <form key={state.attempt} action={action} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      {agency && (
        <>
          <input type="hidden" name="agencyId" value={String(agency.id)} />
          <input type="hidden" name="updatedAt" value={agency.updatedAt} />
        </>
      )}
      <div className="space-y-5">
        <TextField {...field("name")} width="w-full" />
        <TextField {...field("nameMi")} width="w-full" lang="mi" hint={t("hints.nameMi")} />
        <TextField {...field("acronym")} width="sm:w-40" hint={t("hints.acronym")} />
        <TextField {...field("slug")} width="sm:w-56" hint={t("hints.slug")} />
        <TextField {...field("websiteUrl")} width="w-full" hint={t("hints.websiteUrl")} />
      </div>
      <div className="mt-8">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {agency ? t("save") : t("create")}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
