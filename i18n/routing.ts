/*
 * English at the plain addresses (`/actions`), te reo Māori under `/mi` (`/mi/actions`). The
 * language is in the address, never in a cookie, so one cached page serves every reader of it;
 * proxy.ts maps the plain addresses onto the `app/[lang]` routes.
 */

/** Addresses that are the same in both languages: files, feeds, the API, the language switch. */
const UNLOCALIZED =
  /^\/(api|_next|og|language|feed\.xml|robots\.txt|sitemap\.xml|manifest\.webmanifest|favicon\.ico|icon|apple-icon)(\/|$|\.|\?|#)/;

/** A path of a page (in either language), as opposed to a file, feed, API address or the switch. */
export function isSitePath(pathname: string): boolean {
  return !UNLOCALIZED.test(pathname);
}

/** The language of an address: under `/mi` it is te reo Māori, everywhere else English. */
export function languageOfPath(href: string): "en" | "mi" {
  return /^\/mi([/?#]|$)/.test(href) ? "mi" : "en";
}

/** `href` in `locale`: a site path gains `/mi` in te reo Māori; other addresses are left as they are. */
export function localizedHref(href: string, locale: string): string {
  if (locale !== "mi" || !href.startsWith("/") || href.startsWith("//") || UNLOCALIZED.test(href)) return href;
  if (languageOfPath(href) === "mi") return href;
  return href === "/" ? "/mi" : /^\/[?#]/.test(href) ? `/mi${href.slice(1)}` : `/mi${href}`;
}

/** The English address of a path in either language (`/mi/actions` → `/actions`, `/mi` → `/`). */
export function unlocalizedPath(pathname: string): string {
  const match = /^\/(en|mi)(\/.*)?$/.exec(pathname);
  return match ? (match[2] ?? "/") : pathname;
}
