import type { Metadata } from "next";
import { localizedHref } from "@/i18n/routing";
import { clip } from "./clip";

export const SITE_NAME = "Mahere";
/** The pages' language (`lang="en-NZ"`), as Open Graph spells it. */
export const OG_LOCALE = "en_NZ";
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** A generated preview image: its path on the site and what it shows, in words. */
export type PreviewImage = { path: string; alt: string };

export type PageSeo = {
  title: string;
  /** Shown as it is, without the " · Mahere" every other page title ends with (the overview). */
  absoluteTitle?: boolean;
  description: string;
  /**
   * The canonical path, without a query: a filtered list's canonical page is the whole list. Null
   * for the layout's defaults, which no canonical address may leak from onto other pages.
   */
  path: string | null;
  /** The page's preview image; the site-wide one when not given, none when null. */
  image?: PreviewImage | null;
  /** The page's Atom feed; the site-wide one when not given. */
  feed?: string;
};

/** A page's address in each language, absolute on `origin`; English is also the default for other languages. */
export function languageAlternates(origin: string, path: string) {
  return {
    "en-NZ": `${origin}${path}`,
    mi: `${origin}${localizedHref(path, "mi")}`,
    "x-default": `${origin}${path}`,
  };
}

/**
 * A public page's description, canonical address, Open Graph and Twitter card, every address
 * absolute on `origin` (MAHERE_PUBLIC_URL), never on the Host a request came with. Next.js replaces
 * the layout's openGraph, twitter and alternates whole when a page sets them, so each page sets all.
 * The canonical address is the page's in `locale`; both languages' addresses are named as
 * alternates (English is also the default for other languages).
 */
export function buildPageMetadata(
  page: PageSeo,
  origin: string,
  siteImage: PreviewImage,
  locale: string = "en",
): Metadata {
  const url = page.path === null ? undefined : `${origin}${localizedHref(page.path, locale)}`;
  const languages = page.path === null ? undefined : languageAlternates(origin, page.path);
  const description = clip(page.description);
  const image = page.image === undefined ? siteImage : page.image;
  const images = image ? [{ url: `${origin}${image.path}`, ...PREVIEW_SIZE, alt: image.alt, type: "image/png" }] : [];
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description,
    alternates: {
      ...(url && { canonical: url }),
      ...(languages && { languages }),
      types: { "application/atom+xml": `${origin}${page.feed ?? "/feed.xml"}` },
    },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: OG_LOCALE,
      ...(url && { url }),
      title: page.title,
      description,
      images,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: page.title,
      description,
      images,
    },
  };
}
