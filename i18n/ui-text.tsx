import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { messageAt } from "./message-paths";
import { loadMessages } from "./messages";

type Values = Record<string, string | number>;

/**
 * Interface text with its language. Pages are `lang="en-NZ"` (see i18n/lang.ts); a label shown
 * from the te reo Māori catalogue is marked `lang="mi"`, unless that catalogue still repeats the
 * English (not yet translated), which stays English.
 */
export async function uiText(namespace: string) {
  const [t, locale, english] = await Promise.all([getTranslations(namespace), getLocale(), loadMessages("en")]);
  const mi = locale === "mi";
  const lang = (key: string): "mi" | undefined =>
    mi && t.raw(key) !== messageAt(english, `${namespace}.${key}`) ? "mi" : undefined;
  /** The label as text, wrapped in `<span lang="mi">` when it is in te reo Māori. */
  const L = (key: string, values?: Values): ReactNode => {
    const text = t(key, values);
    const l = lang(key);
    return l ? <span lang={l}>{text}</span> : text;
  };
  return { t: (key: string, values?: Values) => t(key, values), rich: t.rich, lang, L };
}
