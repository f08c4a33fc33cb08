"use client";

import { useState, type FormEvent } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import { formatLimit } from "@/lib/workflow/update-fields";

/**
 * Refuses to send a form while a long text is over its limit (`data-limit` on the text box), so a
 * huge paste is answered with an error beside the field and nothing typed is lost or cut off. The
 * server checks the same limits for browsers without JavaScript.
 */
export function useLengthCheck() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const { t } = useUiText("staff.longText");
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const found: FieldErrors = {};
    for (const box of event.currentTarget.querySelectorAll<HTMLTextAreaElement>("textarea[data-limit]")) {
      const limit = Number(box.dataset.limit);
      if (box.value.length > limit) {
        found[box.name] = [t("tooLong", { limit: formatLimit(limit), length: formatLimit(box.value.length) })];
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setAttempt((n) => n + 1);
    }
  }
  return { errors, attempt, onSubmit };
}
