"use client";

import { useActionState } from "react";
import Link from "@/components/link";
import { useLocale } from "next-intl";
import { localizedHref } from "@/i18n/routing";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, LinkFormState } from "@/lib/forms/form-states";
import { EMPTY_INVITE_VALUES, INVITE_FIELDS } from "@/lib/people/user-input";
import { ErrorSummary } from "@/components/staff/error-summary";
import { TextField } from "@/components/indicators-admin/fields";
import { PRIMARY_BUTTON } from "./buttons";
import { LinkPanel } from "./link-panel";
import { RoleAgencyFields, type AgencyChoice } from "./role-agency-fields";

/** Invites someone; once sent, shows their one-time link instead of the form. */
export function InviteForm({
  inviteAction,
  agencies,
}: {
  inviteAction: FormAction<LinkFormState>;
  agencies: readonly AgencyChoice[];
}) {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(inviteAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.users");
  const locale = useLocale();
  if ((state.link || state.mailed) && state.email && state.expiresAt) {
    return (
      <>
        <LinkPanel email={state.email} link={state.link} expiresAt={state.expiresAt} />
        <p className="mt-4">
          <Link href={localizedHref("/admin/users", locale)}>{t("invite.backToList")}</Link>
        </p>
      </>
    );
  }
  const describe = (key: string) => {
    const name = INVITE_FIELDS.find((f) => f === key);
    return name ? { label: t(`fields.${name}`), target: name } : null;
  };
  const errors = state.fieldErrors ?? {};
  const values = { ...EMPTY_INVITE_VALUES, ...state.values };
  return (
    <form key={state.attempt} action={action} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <div className="space-y-5">
        <div>
          <TextField
            name="email"
            label={t("fields.email")}
            hint={t("hints.email")}
            errors={errors.email}
            defaultValue={values.email}
            width="w-full"
          />
        </div>
        <TextField
          name="name"
          label={t("fields.name")}
          errors={errors.name}
          defaultValue={values.name}
          width="w-full"
        />
        <RoleAgencyFields values={values} errors={errors} agencies={agencies} />
      </div>
      <div className="mt-8">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {t("invite.button")}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
