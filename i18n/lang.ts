import { getLocale } from "next-intl/server";

/**
 * Pages keep `lang="en-NZ"`: their content (titles, narratives) is in English. Where an element's
 * text comes from the te reo Māori interface catalogue (navigation, status labels), it carries
 * `lang="mi"` so screen readers pronounce it correctly. Page catalogues not yet translated repeat
 * the English, which is then correctly marked as English.
 */
export async function interfaceLang(): Promise<"mi" | undefined> {
  return (await getLocale()) === "mi" ? "mi" : undefined;
}
