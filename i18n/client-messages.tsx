import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { type MessageTree, pickMessages, translatedPaths } from "./message-paths";
import { loadMessages } from "./messages";
import { TranslatedKeys } from "./translated-keys";

/**
 * Hands client components the messages they use (only those subtrees, by dotted path), and which
 * of them a translator has done, so `useUiText` can mark te reo Māori text with its `lang`.
 */
export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: ReactNode }) {
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
  const picked = pickMessages(messages as MessageTree, paths);
  const translated = locale === "mi" ? translatedPaths(picked, await loadMessages("en")) : [];
  return (
    <NextIntlClientProvider messages={picked}>
      <TranslatedKeys paths={translated}>{children}</TranslatedKeys>
    </NextIntlClientProvider>
  );
}
