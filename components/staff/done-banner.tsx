"use client";

import { useEffect, useRef } from "react";

const MESSAGES: Record<string, string> = {
  saved: "Your draft was saved.",
  submitted: "Your update was submitted for approval.",
  withdrawn: "The update was withdrawn.",
  approved: "The update was approved and passed to TEC.",
  returned: "The update was returned to its author.",
  published: "The update was published. The public pages show it now.",
  scheduled: "The update was scheduled for publication.",
};

/**
 * A confirmation after a step, from the redirect's query (a fixed sentence; nothing is echoed).
 * Focus moves to it, so a screen reader announces it and keyboard users continue from it.
 */
export function DoneBanner({ done, action }: { done: unknown; action: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const message = typeof done === "string" ? MESSAGES[done] : undefined;
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, action]);
  if (!message) return null;
  const code = typeof action === "string" && /^\d{1,4}\.\d{1,4}$/.test(action) ? action : null;
  return (
    <div
      ref={ref}
      role="status"
      tabIndex={-1}
      className="my-4 border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold focus:outline-4 focus:outline-offset-2 focus:outline-emerald-800"
    >
      {code ? `Action ${code}: ` : ""}
      {message}
    </div>
  );
}
