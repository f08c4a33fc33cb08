import type { Locale } from "./config";

/** One JSON file per area and language; each becomes a namespace (`useTranslations("actions")`). */
export const NAMESPACES = [
  "common",
  "status",
  "overview",
  "plan",
  "actions",
  "timeline",
  "indicators",
  "pages",
  "staff",
  "login",
  "review",
  "dashboard",
  "admin",
  "reports",
  "subscriptions",
  "stocktake",
  "survey",
  "coverage",
] as const;

/** The messages as the files in messages/<locale>/ have them (bundled with the build). */
export async function loadFileMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
