"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { PRIMARY_BUTTON } from "@/components/admin/buttons";
import { useUiText } from "@/i18n/translated-keys";
import { MAX_UPLOAD_BYTES } from "@/lib/plan-spreadsheet/layout";
import { streamRequest } from "./stream-request";

type Props = { action: string; submitLabel: string; upload?: boolean; children: ReactNode };

/**
 * A plain form that posts to an import route handler and works without JavaScript (the server then
 * answers with a redirect). With JavaScript it sends the same form in the background and shows the
 * server's progress on a real bar (reading, checking, applying) until the next page is ready.
 */
export function StreamedForm({ action, submitLabel, upload = false, children }: Props) {
  const { t, lang } = useUiText("admin.planImport");
  const [progress, setProgress] = useState<{ phase: string; percent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = upload ? (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0] : undefined;
    if (upload && file && file.size > MAX_UPLOAD_BYTES) {
      setError(t("refused.too_large", { limit: MAX_UPLOAD_BYTES / 1048576 }));
      return;
    }
    setError(null);
    setProgress({ phase: "upload", percent: 0 });
    streamRequest(action, new FormData(form), {
      progress: (phase, percent) => setProgress({ phase, percent }),
      done: (url) => {
        setProgress({ phase: "save", percent: 100 });
        window.location.assign(url);
      },
      refused: (message) => {
        setProgress(null);
        setError(message ?? t("refused.failed"));
      },
    });
  }

  const busy = progress !== null;
  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={onSubmit} className="mt-6 max-w-3xl">
      {children}
      <div role="alert" className="mt-4 font-semibold text-red-800 empty:hidden">
        {error}
      </div>
      <button type="submit" className={`${PRIMARY_BUTTON} mt-4`} disabled={busy}>
        {submitLabel}
      </button>
      {busy && (
        <div className="mt-6">
          <p id="import-progress-label" aria-live="polite" lang={lang(`phases.${progress.phase}`)}>
            {t(`phases.${progress.phase}`)}
          </p>
          <progress
            aria-labelledby="import-progress-label"
            max={100}
            value={progress.percent}
            className="mt-2 h-4 w-full accent-[var(--color-brand)]"
          />
          <p className="text-sm" aria-hidden="true">
            {progress.percent}%
          </p>
        </div>
      )}
    </form>
  );
}
