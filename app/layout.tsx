import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { env } from "@/lib/env";
import { buildPageMetadata, SITE_NAME } from "@/lib/seo/page-metadata";
import { SITE_IMAGE_PATH } from "@/lib/seo/page-seo";
import { signOutAction, signOutEverywhereAction } from "./login/actions";
import { ClientMessages } from "@/i18n/client-messages";
import { interfaceLang } from "@/i18n/lang";
import "./globals.css";

/**
 * The defaults every page starts from: absolute links on the configured public address, the site's
 * description and preview image. Public pages add their own canonical address (lib/seo/page-seo.ts).
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pages.meta");
  const origin = env().publicUrl;
  const siteImage = { path: SITE_IMAGE_PATH, alt: t("siteTitle") };
  return {
    ...buildPageMetadata({ title: t("siteTitle"), description: t("siteDescription"), path: null }, origin, siteImage),
    metadataBase: new URL(`${origin}/`),
    title: { default: t("siteTitle"), template: `%s · ${SITE_NAME}` },
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
