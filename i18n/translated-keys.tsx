"use client";

import { createContext, type ReactNode, useContext } from "react";
import { useTranslations } from "next-intl";

const Translated = createContext<ReadonlySet<string>>(new Set());

export function TranslatedKeys({ paths, children }: { paths: string[]; children: ReactNode }) {
  return <Translated.Provider value={new Set(paths)}>{children}</Translated.Provider>;
}

/**
 * The client twin of `uiText`: `t` for the text, `lang(key)` for the element it sits in ("mi"
 * once a translator has given the key its own te reo Māori text, else nothing: English).
 */
export function useUiText(namespace: string) {
  const t = useTranslations(namespace);
  const translated = useContext(Translated);
  const lang = (key: string): "mi" | undefined => (translated.has(`${namespace}.${key}`) ? "mi" : undefined);
  return { t, lang };
}
