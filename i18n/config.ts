export const LOCALES = ["en", "mi"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The visitor's chosen interface language persists in this cookie for a year. */
export const LOCALE_COOKIE = "mahere_lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
/** The request header proxy.ts passes the page's language on in (for server actions). */
export const LOCALE_HEADER = "x-mahere-lang";
