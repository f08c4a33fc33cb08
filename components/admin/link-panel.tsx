"use client";

import { useEffect, useRef } from "react";
import { useUiText } from "@/i18n/translated-keys";
import { formatDateTime } from "@/lib/format/dates";

/**
 * A new one-time link, shown to the administrator this once (only its hash is kept), or, when it was
 * mailed (no `link`), word that it was sent. It takes focus when it appears, so a screen reader
 * reads it out after the form is sent.
 */
export function LinkPanel({ email, link, expiresAt }: { email: string; link?: string; expiresAt: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, lang } = useUiText("admin.users.link");
  useEffect(() => ref.current?.focus(), [link]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-labelledby="link-panel-title"
      className="my-6 max-w-3xl border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3"
    >
      <h2 id="link-panel-title" lang={lang(link ? "title" : "mailedTitle")} className="text-xl font-bold">
        {t(link ? "title" : "mailedTitle")}
      </h2>
      <p lang={lang(link ? "body" : "mailedBody")} className="mt-2">
        {t(link ? "body" : "mailedBody", { email, date: formatDateTime(expiresAt) })}
      </p>
      {link && <ShownLink link={link} />}
    </div>
  );
}

function ShownLink({ link }: { link: string }) {
  const { t, lang } = useUiText("admin.users.link");
  return (
    <>
      <label htmlFor="one-time-link" lang={lang("label")} className="mt-3 block font-semibold">
        {t("label")}
      </label>
      <input
        id="one-time-link"
        type="text"
        readOnly
        value={link}
        spellCheck={false}
        className="mt-1 block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 font-mono text-sm"
      />
      <p lang={lang("once")} className="mt-2 text-sm font-semibold">
        {t("once")}
      </p>
    </>
  );
}
