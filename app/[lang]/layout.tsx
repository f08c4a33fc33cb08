import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { isLocale } from "@/i18n/config";
import { interfaceLang } from "@/i18n/lang";
import { env } from "@/lib/env";
import { buildPageMetadata, SITE_NAME } from "@/lib/seo/page-metadata";
import { SITE_IMAGE_PATH } from "@/lib/seo/page-seo";
import "../globals.css";

/**
 * Every page is rendered on its first request, never at build time (the build has no database),
 * then served whole from the page cache and rendered again in the background at most every
 * `revalidate` seconds, so a publish shows within seconds. Pages that read the session or the
 * query are rendered for each request instead (Next.js decides from what they read).
 */
export const revalidate = 5;

export function generateStaticParams() {
  return [];
}

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

/** The page shell. The header and `<main>` come from the (public) and (session) layouts. */
export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  if (!isLocale((await params).lang)) notFound();
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
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
