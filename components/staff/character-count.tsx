"use client";

import { useEffect, useState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import { formatLimit } from "@/lib/workflow/update-fields";

/** A translator for the `staff.longText` messages. */
export type LongTextMessages = (key: "left" | "tooMany", values: Record<string, string | number>) => string;

/**
 * What the count says about a text of `length` characters against its limit. Numbers are grouped
 * as in New Zealand English whatever the interface language, as every other count on the site is.
 */
export function characterCountMessage(t: LongTextMessages, length: number, limit: number): string {
  const left = limit - length;
  if (left >= 0) return t("left", { left: formatLimit(left), leftCount: left, limit: formatLimit(limit) });
  return t("tooMany", { over: formatLimit(-left), overCount: -left, limit: formatLimit(limit) });
}

/**
 * A live count under a long text. The box has no `maxlength`: a browser would cut a long paste off
 * silently and the person would lose the rest. Instead the count says how many characters are left
 * or too many, and the form refuses to send an over-long text (see useLengthCheck), keeping it whole.
 * Screen readers hear the count only after typing pauses.
 */
/** `id` is the text box's id; `initialLength` the length of the text it starts with. */
export function CharacterCount({ id, limit, initialLength }: { id: string; limit: number; initialLength: number }) {
  const [length, setLength] = useState(initialLength);
  const [announced, setAnnounced] = useState("");
  const { t, lang } = useUiText("staff.longText");
  const say = (n: number) => characterCountMessage(t, n, limit);
  useEffect(() => {
    const box = document.getElementById(id) as HTMLTextAreaElement | null;
    if (!box) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      setLength(box.value.length);
      clearTimeout(timer);
      timer = setTimeout(() => setAnnounced(characterCountMessage(t, box.value.length, limit)), 1000);
    };
    box.addEventListener("input", update);
    return () => {
      clearTimeout(timer);
      box.removeEventListener("input", update);
    };
  }, [id, limit, t]);
  const over = length > limit;
  const key = over ? "tooMany" : "left";
  return (
    <>
      <p
        id={`${id}-count`}
        aria-hidden="true"
        lang={lang(key)}
        className={`mt-1 text-sm ${over ? "font-semibold text-red-800" : "text-[var(--color-muted)]"}`}
      >
        {say(length)}
      </p>
      <p className="sr-only" aria-live="polite" lang={lang(key)}>
        {announced}
      </p>
    </>
  );
}
