import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { env } from "@/lib/env";
import { signOutAction, signOutEverywhereAction } from "./login/actions";
import { ClientMessages } from "@/i18n/client-messages";
import { interfaceLang } from "@/i18n/lang";
import "./globals.css";

const SITE_TITLE = "Mahere: National Careers System Strategy Action Plan progress";
const SITE_DESCRIPTION =
  "What was committed in the National Careers System Strategy Action Plan, by whom, by when, and whether it is happening.";

/** Absolute links (canonical, Open Graph) on the configured public address, read per request. */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(`${env().publicUrl}/`),
    title: { default: SITE_TITLE, template: "%s · Mahere" },
    description: SITE_DESCRIPTION,
    alternates: { types: { "application/atom+xml": "/feed.xml" } },
    openGraph: {
      siteName: "Mahere",
      type: "website",
      locale: "en_NZ",
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
    },
  };
}

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
          {/* The error summary every staff form shares; a page whose client components need more wraps them itself. */}
          <ClientMessages paths={["staff.errorSummary"]}>{children}</ClientMessages>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
