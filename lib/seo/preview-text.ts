import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import { loadMessages } from "@/i18n/messages";
import type { PreviewText, Translate } from "./plan-previews";

const NAMESPACES: Record<keyof PreviewText, string> = {
  common: "common",
  status: "status",
  meta: "pages.meta",
  action: "actions.detail",
  workstream: "plan.workstreams",
};

async function textFrom(translator: (namespace: string) => Promise<Translate>): Promise<PreviewText> {
  const keys = Object.keys(NAMESPACES) as (keyof PreviewText)[];
  const translators = await Promise.all(keys.map((k) => translator(NAMESPACES[k])));
  return Object.fromEntries(keys.map((k, i) => [k, translators[i]])) as PreviewText;
}

/** The preview images' words: English (the pages' og:locale is en_NZ), whatever language the asker chose. */
export async function englishPreviewText(): Promise<PreviewText> {
  const messages = await loadMessages("en");
  return textFrom(async (namespace) => {
    const t = createTranslator({ locale: "en", messages, namespace: namespace as never });
    return (key, values) => t(key as never, values as never);
  });
}

/** A page's words in the visitor's interface language, as its title is. */
export async function pagePreviewText(): Promise<PreviewText> {
  return textFrom(async (namespace) => {
    const t = await getTranslations(namespace as never);
    return (key, values) => t(key as never, values as never);
  });
}
