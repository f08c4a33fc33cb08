"use client";

import { useEffect, useState } from "react";
import { formatLimit } from "@/lib/workflow/update-fields";

/** What the count says about a text of `length` characters against its limit. */
export function characterCountMessage(length: number, limit: number): string {
  const left = limit - length;
  if (left >= 0)
    return `${formatLimit(left)} ${left === 1 ? "character" : "characters"} left of ${formatLimit(limit)}.`;
  return `${formatLimit(-left)} ${left === -1 ? "character" : "characters"} too many: the limit is ${formatLimit(limit)}.`;
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
  useEffect(() => {
    const box = document.getElementById(id) as HTMLTextAreaElement | null;
    if (!box) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      setLength(box.value.length);
      clearTimeout(timer);
      timer = setTimeout(() => setAnnounced(characterCountMessage(box.value.length, limit)), 1000);
    };
    box.addEventListener("input", update);
    return () => {
      clearTimeout(timer);
      box.removeEventListener("input", update);
    };
  }, [id, limit]);
  const over = length > limit;
  return (
    <>
      <p
        id={`${id}-count`}
        aria-hidden="true"
        className={`mt-1 text-sm ${over ? "font-semibold text-red-800" : "text-[var(--color-muted)]"}`}
      >
        {characterCountMessage(length, limit)}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
