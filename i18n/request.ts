import { headers } from "next/headers";
import { lang } from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER } from "./config";
import { loadMessages } from "./messages";

/**
 * The language comes from the page's address (`app/[lang]`, read as a root parameter), so a page
 * reads no cookie or header and can be cached whole. Server actions and route handlers have no root
 * parameter: they take the language proxy.ts passed on from the address, else English.
 */
async function requestLanguage(): Promise<string | undefined> {
  try {
    return await lang();
  } catch {
    return (await headers()).get(LOCALE_HEADER) ?? undefined;
  }
}

export default getRequestConfig(async () => {
  const chosen = await requestLanguage();
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "Pacific/Auckland" };
});
