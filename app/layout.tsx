import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { signOutAction, signOutEverywhereAction } from "./login/actions";
import { interfaceLang } from "@/i18n/lang";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mahere: National Careers System Strategy Action Plan progress", template: "%s · Mahere" },
  description:
    "What was committed in the National Careers System Strategy Action Plan, by whom, by when, and whether it is happening.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  const lang = await interfaceLang();
  return (
    <html lang="en-NZ">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          lang={lang}
          className="sr-only z-50 bg-[var(--color-focus)] px-4 py-3 font-semibold text-[var(--color-ink)] focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader signOutActions={{ signOut: signOutAction, signOutEverywhere: signOutEverywhereAction }} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
