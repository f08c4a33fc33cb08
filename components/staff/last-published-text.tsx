"use client";

import { type ReactNode, useSyncExternalStore } from "react";
import { useUiText } from "@/i18n/translated-keys";

const noChange = () => () => undefined;

/**
 * What the last published update said in one field, for reference beside it: nothing is copied
 * unless the person asks. "Copy from last update" puts it into an empty box, or adds it after what is
 * already typed, so nothing typed is lost. The button appears only where JavaScript runs; the text
 * can always be read and copied by hand.
 */
export function LastPublishedText({ boxId, label, text }: { boxId: string; label: string; text: string }) {
  const scripted = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const { t, lang } = useUiText("staff.updateForm.lastPublished");
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  function copy() {
    const box = document.getElementById(boxId) as HTMLTextAreaElement | null;
    if (!box) return;
    box.value = box.value.trim() ? `${box.value.trimEnd()}\n\n${text}` : text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.focus();
  }
  return (
    <details className="mt-1 rounded border border-slate-300 bg-[var(--color-wash)] px-3 py-1 text-sm">
      <summary lang={lang("summary")} className="min-h-6 cursor-pointer font-semibold">
        {t.rich("summary", { field: label.toLowerCase(), sr })}
      </summary>
      <p className="mt-1 whitespace-pre-line">{text}</p>
      {scripted && (
        <button
          type="button"
          onClick={copy}
          lang={lang("copy")}
          className="my-2 min-h-11 rounded border-2 border-[var(--color-brand)] bg-white px-3 py-1 font-semibold text-[var(--color-brand)]"
        >
          {t.rich("copy", { field: label, sr })}
        </button>
      )}
    </details>
  );
}
