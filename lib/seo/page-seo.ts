import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { buildPageMetadata, type PageSeo } from "./page-metadata";

/** The site-wide preview image (app/og/site), for pages without one of their own. */
export const SITE_IMAGE_PATH = "/og/site";

/** A public page's metadata (description, canonical, Open Graph, Twitter card) on MAHERE_PUBLIC_URL. */
export async function pageMetadata(page: PageSeo): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("pages.meta"), getLocale()]);
  return buildPageMetadata(page, env().publicUrl, { path: SITE_IMAGE_PATH, alt: t("siteTitle") }, locale);
}
