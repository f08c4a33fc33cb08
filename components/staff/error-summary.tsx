"use client";

import { useEffect, useRef } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import { fieldId } from "./form-fields";

/**
 * The problems at the top of a form, each a link to its field. It takes focus when it appears,
 * so keyboard and screen-reader users land on it after a refused submit.
 */
export function ErrorSummary({
  message,
  errors,
  describe,
  attempt,
}: {
  message?: string;
  errors: FieldErrors;
  /** A field key's readable name and the field to link to; null for errors about the whole form. */
  describe: (key: string) => { label: string; target: string } | null;
  /** Changes on every submission, so focus moves again on a repeated failure. */
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, lang } = useUiText("staff.errorSummary");
  const entries = Object.entries(errors).flatMap(([key, messages]) =>
    messages.map((text, i) => {
      const field = describe(key);
      return { key: `${key}-${i}`, href: field ? `#${fieldId(field.target)}` : null, label: field?.label, text };
    }),
  );
  const show = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show, attempt]);
  if (!show) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 bg-white px-4 py-3"
    >
      <h2 id="error-summary-title" lang={lang("title")} className="text-xl font-bold">
        {t("title")}
      </h2>
      {message && <p className="mt-1">{message}</p>}
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {entries.map((e) => (
            <li key={e.key}>
              {e.href ? (
                <a href={e.href} className="font-semibold text-red-800">
                  {e.label}: {e.text}
                </a>
              ) : (
                <span className="font-semibold text-red-800">{e.text}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
