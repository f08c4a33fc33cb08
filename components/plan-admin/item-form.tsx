"use client";

import { useActionState } from "react";
import { CheckboxGroup, TextField, WideSelectField } from "@/components/indicators-admin/fields";
import { ErrorSummary } from "@/components/staff/error-summary";
import { describedBy, FieldError, FieldLabel, INPUT_CLASS } from "@/components/staff/form-fields";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, PlanItemFormState } from "@/lib/forms/form-states";
import type { FieldType, ItemFormValues, PlanEntity } from "@/lib/plan-changes";
import { PRIMARY_BUTTON } from "@/components/admin/buttons";

export type ItemFormField = { name: string; type: FieldType };
type Option = { value: string; label: string };

/**
 * One plan item's fields, drawn from their types (lib/plan-changes/fields.ts), with the reason the
 * change needs. Submitting adds one change request to the draft; nothing public changes yet.
 */
export function PlanItemForm({
  saveAction,
  entity,
  isNew,
  fields,
  initialValues,
  suggestedKey,
  options,
}: {
  saveAction: FormAction<PlanItemFormState>;
  entity: PlanEntity;
  isNew: boolean;
  fields: ItemFormField[];
  initialValues: ItemFormValues;
  suggestedKey: string;
  options: Record<string, Option[]>;
}) {
  const [state, action, pending] = useActionState<PlanItemFormState, FormData>(saveAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.plan.form");
  const errors = state.fieldErrors ?? {};
  const values: ItemFormValues = { key: suggestedKey, reason: "", ...initialValues, ...state.values };
  const one = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const label = (name: string) => t(`fields.${name}`);
  const describe = (key: string) => (key === "form" ? null : { label: label(key), target: key });
  const hint = (name: string) =>
    name === "recommendations" && entity === "action"
      ? t("hints.actionRecommendations")
      : name === "weight"
        ? t("hints.weight")
        : undefined;

  return (
    <form key={state.attempt} action={action} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="isNew" value={isNew ? "yes" : "no"} />
      <div className="space-y-5">
        {isNew ? (
          <TextField
            name="key"
            label={label("key")}
            hint={t("hints.key")}
            errors={errors.key}
            defaultValue={one("key")}
            width="sm:w-56"
          />
        ) : (
          <input type="hidden" name="key" value={one("key")} />
        )}
        {fields.map(({ name, type }) => {
          switch (type.type) {
            case "refs": {
              const list = values[name];
              return (
                <CheckboxGroup
                  key={name}
                  name={name}
                  legend={label(name)}
                  hint={hint(name)}
                  options={options[type.to] ?? []}
                  checked={Array.isArray(list) ? list : []}
                  errors={errors}
                />
              );
            }
            case "ref":
              return (
                <WideSelectField
                  key={name}
                  name={name}
                  label={label(name)}
                  errors={errors[name]}
                  defaultValue={one(name)}
                  options={[["", "—"], ...(options[type.to] ?? []).map((o) => [o.value, o.label] as const)]}
                />
              );
            case "boolean":
              return (
                <div key={name} className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    {...describedBy(name, errors[name])}
                    value="yes"
                    defaultChecked={one(name) === "yes"}
                    className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
                  />
                  <FieldLabel name={name} label={label(name)} />
                  <FieldError name={name} errors={errors[name]} />
                </div>
              );
            case "date":
              return (
                <TextField
                  key={name}
                  name={name}
                  label={label(name)}
                  hint={t("date")}
                  errors={errors[name]}
                  defaultValue={one(name)}
                  width="sm:w-48"
                />
              );
            case "integer":
              return (
                <TextField
                  key={name}
                  name={name}
                  label={label(name)}
                  hint={hint(name)}
                  errors={errors[name]}
                  defaultValue={one(name)}
                  width="sm:w-32"
                  inputMode="decimal"
                />
              );
            default:
              return name === "description" ? (
                <div key={name}>
                  <FieldLabel name={name} label={label(name)} />
                  <textarea
                    {...describedBy(name, errors[name])}
                    rows={4}
                    defaultValue={one(name)}
                    className={INPUT_CLASS}
                  />
                  <FieldError name={name} errors={errors[name]} />
                </div>
              ) : (
                <TextField
                  key={name}
                  name={name}
                  label={label(name)}
                  errors={errors[name]}
                  defaultValue={one(name)}
                  width="w-full"
                  lang={name.endsWith("Mi") ? "mi" : undefined}
                />
              );
          }
        })}
        <div>
          <FieldLabel name="reason" label={label("reason")} hint={t("hints.reason")} />
          <textarea
            {...describedBy("reason", errors.reason, true)}
            rows={3}
            defaultValue={one("reason")}
            className={INPUT_CLASS}
          />
          <FieldError name="reason" errors={errors.reason} />
        </div>
      </div>
      <div className="mt-8">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {t("submit")}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
