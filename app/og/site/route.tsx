import { previewImage, siteCard } from "@/lib/og/preview-image";
import { englishPreviewText } from "@/lib/seo/preview-text";

// The same for every page and every request: drawn once, when the site is built.
export const dynamic = "force-static";

/** The site-wide preview image (1200 × 630 PNG) for pages without one of their own. */
export async function GET() {
  return previewImage(siteCard(await englishPreviewText()), 86_400);
}
