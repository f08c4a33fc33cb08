"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { ACCESS_FIELDS } from "@/lib/people/user-input";
import { ErrorSummary } from "@/components/staff/error-summary";
import { PRIMARY_BUTTON } from "./buttons";
import { RoleAgencyFields, type AgencyChoice } from "./role-agency-fields";

/** An account's role and agency; the form carries the stamp it was opened with. */
export function AccessForm({
  saveAction,
  user,
  agencies,
}: {
  saveAction: FormAction<SimpleFormState>;
  user: { id: number; updatedAt: string; role: string; agencyId: string };
  agencies: readonly AgencyChoice[];
}) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(saveAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.users");
  const describe = (key: string) => {
    const name = ACCESS_FIELDS.find((f) => f === key);
    return name ? { label: t(`fields.${name}`), target: name } : null;
  };
  const errors = state.fieldErrors ?? {};
  const values = { role: user.role, agencyId: user.agencyId, ...state.values };
  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <input type="hidden" name="userId" value={String(user.id)} />
      <input type="hidden" name="updatedAt" value={user.updatedAt} />
      <div className="space-y-5">
        <RoleAgencyFields values={values} errors={errors} agencies={agencies} />
      </div>
      <div className="mt-6">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {t("access.button")}
        </button>
      </div>
    </form>
  );
}
