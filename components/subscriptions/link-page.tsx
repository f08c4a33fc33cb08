import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/config";

/**
 * The pages a mailed link opens are somebody's: rendered for each request, never cached or
 * indexed (proxy.ts sends them as private), and they never show the address.
 */
export async function linkPageMetadata(namespace: string): Promise<Metadata> {
  const t = await getTranslations(namespace);
  return { title: t("title"), robots: { index: false, follow: false } };
}

export async function pageLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}

export const BUTTON_CLASS =
  "min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)]";

/** A plain form that posts the link's token to a server action (works without JavaScript). */
export function TokenForm({
  action,
  token,
  children,
  extra,
  className = "mt-4",
}: {
  action: (formData: FormData) => Promise<void>;
  token: string;
  children: ReactNode;
  extra?: Record<string, string>;
  className?: string;
}) {
  return (
    <form action={action} className={className}>
      <input type="hidden" name="token" value={token} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
