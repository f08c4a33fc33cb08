"use client";

import { useUiText } from "@/i18n/translated-keys";
import { SelectField } from "@/components/staff/form-fields";
import { WideSelectField } from "@/components/indicators-admin/fields";
import { ROLES } from "@/lib/status/vocabulary";

export type AgencyChoice = { id: number; acronym: string; name: string; retired: boolean };

/** Role and agency, as the invitation and the role-and-agency forms both ask them. */
export function RoleAgencyFields({
  values,
  errors,
  agencies,
}: {
  values: { role: string; agencyId: string };
  errors: Record<string, string[]>;
  agencies: readonly AgencyChoice[];
}) {
  const { t } = useUiText("admin.users");
  return (
    <>
      <SelectField
        name="role"
        label={t("fields.role")}
        hint={t("hints.role")}
        errors={errors.role}
        defaultValue={values.role}
        options={[["", t("chooseRole")] as const, ...ROLES.map((r) => [r, t(`roles.${r}`)] as const)]}
      />
      <WideSelectField
        name="agencyId"
        label={t("fields.agencyId")}
        errors={errors.agencyId}
        defaultValue={values.agencyId}
        options={[
          ["", t("noAgency")] as const,
          ...agencies.map(
            (a) => [String(a.id), `${a.name} (${a.acronym})${a.retired ? ` ${t("retiredSuffix")}` : ""}`] as const,
          ),
        ]}
      />
    </>
  );
}
