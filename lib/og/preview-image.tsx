import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { PreviewCard, type PreviewCardProps } from "@/components/og/preview-card";
import { clip } from "@/lib/seo/clip";
import type { Preview, PreviewText } from "@/lib/seo/plan-previews";
import { PREVIEW_SIZE } from "@/lib/seo/page-metadata";
import { drawableText, fontCoverage } from "./font-coverage";

type Fonts = { fonts: NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]; covered: Set<number> };

let loading: Promise<Fonts> | undefined;

/**
 * The fonts committed beside this file (DejaVu Sans, with Latin Extended-A for te reo Māori's
 * macrons), read from disk once: next/og would otherwise fetch any glyph its own font lacks from
 * the internet. One array for every image, so the renderer parses them once too.
 */
function loadFonts(): Promise<Fonts> {
  loading ??= (async () => {
    const dir = path.join(process.cwd(), "lib/og/fonts");
    const [regular, bold] = await Promise.all([
      readFile(path.join(dir, "DejaVuSans.ttf")),
      readFile(path.join(dir, "DejaVuSans-Bold.ttf")),
    ]);
    const inBold = fontCoverage(bold);
    const covered = new Set([...fontCoverage(regular)].filter((c) => inBold.has(c)));
    return {
      fonts: [
        { name: "DejaVu Sans", data: regular, weight: 400, style: "normal" },
        { name: "DejaVu Sans", data: bold, weight: 700, style: "normal" },
      ],
      covered,
    };
  })();
  return loading;
}

/**
 * A preview card as a 1200 × 630 PNG. Text is limited to what the fonts draw, so rendering never
 * reaches for the network; the long title is cut at a word. Caches may keep it for `maxAge` seconds.
 */
export async function previewImage(card: PreviewCardProps, maxAge: number): Promise<ImageResponse> {
  const { fonts, covered } = await loadFonts();
  const text = (s: string) => drawableText(s, covered);
  const drawable: PreviewCardProps = {
    siteName: text(card.siteName),
    tagline: text(card.tagline),
    eyebrow: card.eyebrow && text(card.eyebrow),
    title: clip(text(card.title), 120),
    subtitle: card.subtitle && text(card.subtitle),
    chips: card.chips.map((c) => ({ key: c.key, label: text(c.label) })),
    footer: card.footer && clip(text(card.footer), 80),
    tags: card.tags.map(text),
  };
  return new ImageResponse(<PreviewCard {...drawable} />, {
    ...PREVIEW_SIZE,
    fonts,
    headers: { "cache-control": `public, max-age=${maxAge}` },
  });
}

/** The card of an action or a workstream. */
export function planItemCard(preview: Preview, text: PreviewText, demo: boolean): PreviewCardProps {
  return {
    siteName: text.common("siteName"),
    tagline: text.common("tagline"),
    eyebrow: preview.eyebrow,
    title: preview.title,
    chips: preview.chips,
    footer: `${preview.leadLabel}: ${preview.lead}`,
    tags: [...(preview.illustrative ? [text.common("illustrative")] : []), ...(demo ? [text.meta("imageDemo")] : [])],
  };
}

/** The site-wide card, for pages without one of their own. */
export function siteCard(text: PreviewText): PreviewCardProps {
  return {
    siteName: text.common("siteName"),
    tagline: "",
    eyebrow: null,
    title: text.common("tagline"),
    subtitle: text.meta("siteDescription"),
    chips: [],
    footer: null,
    tags: [],
  };
}
