"use client";

import { useEffect, useRef } from "react";
import { useUiText } from "@/i18n/translated-keys";

const DONE = ["saved", "submitted", "withdrawn", "approved", "returned", "published", "scheduled"] as const;

/**
 * A confirmation after a step, from the redirect's query (a fixed sentence; nothing is echoed).
 * Focus moves to it, so a screen reader announces it and keyboard users continue from it.
 */
export function DoneBanner({ done, action }: { done: unknown; action: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, lang } = useUiText("staff.doneBanner");
  const key = DONE.find((d) => d === done);
  const message = key ? t(key) : undefined;
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, action]);
  if (!message) return null;
  const code = typeof action === "string" && /^\d{1,4}\.\d{1,4}$/.test(action) ? action : null;
  return (
    <div
      ref={ref}
      role="status"
      lang={key && lang(key)}
      tabIndex={-1}
      className="my-4 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold focus:outline-4 focus:outline-offset-2 focus:outline-emerald-800"
    >
      {code ? t("withAction", { code, message }) : message}
    </div>
  );
}
