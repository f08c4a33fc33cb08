import { describe, expect, it } from "vitest";
import { buildPageMetadata } from "@/lib/seo/page-metadata";

const ORIGIN = "https://mahere.example.org";
const SITE_IMAGE = { path: "/og/site", alt: "Mahere" };

describe("a public page's metadata", () => {
  const meta = buildPageMetadata(
    {
      title: "Action 1.4: Determine criteria",
      description: "Determine criteria. Status: Complete.",
      path: "/actions/1.4",
      image: { path: "/og/actions/1.4?v=abc", alt: "Action 1.4" },
    },
    ORIGIN,
    SITE_IMAGE,
  );

  it("has its canonical address, Open Graph url and image on the configured public address", () => {
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/actions/1.4`);
    expect(meta.openGraph).toMatchObject({
      url: `${ORIGIN}/actions/1.4`,
      siteName: "Mahere",
      locale: "en_NZ",
      type: "website",
      title: "Action 1.4: Determine criteria",
      description: "Determine criteria. Status: Complete.",
      images: [{ url: `${ORIGIN}/og/actions/1.4?v=abc`, width: 1200, height: 630, alt: "Action 1.4" }],
    });
    expect(meta.alternates?.types).toEqual({ "application/atom+xml": `${ORIGIN}/feed.xml` });
  });

  it("is a large-image Twitter card when it has an image, and a summary card when it has none", () => {
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", title: "Action 1.4: Determine criteria" });
    const plain = buildPageMetadata({ title: "T", description: "D", path: "/x", image: null }, ORIGIN, SITE_IMAGE);
    expect(plain.twitter).toMatchObject({ card: "summary", images: [] });
    expect(plain.openGraph).toMatchObject({ images: [] });
  });

  it("uses the site-wide image when the page has none of its own", () => {
    const page = buildPageMetadata({ title: "T", description: "D", path: "/status" }, ORIGIN, SITE_IMAGE);
    expect(page.openGraph).toMatchObject({ images: [{ url: `${ORIGIN}/og/site` }] });
  });

  it("cuts a long description to about 160 characters", () => {
    const page = buildPageMetadata({ title: "T", description: "word ".repeat(80), path: "/" }, ORIGIN, SITE_IMAGE);
    expect((page.description ?? "").length).toBeLessThanOrEqual(160);
  });

  it("gives the layout's defaults no canonical address for other pages to inherit", () => {
    const defaults = buildPageMetadata({ title: "T", description: "D", path: null }, ORIGIN, SITE_IMAGE);
    expect(defaults.alternates).not.toHaveProperty("canonical");
    expect(defaults.openGraph).not.toHaveProperty("url");
  });
});

describe("page metadata in each language", () => {
  it("names the page's address in both languages, canonical in the page's own", () => {
    const image = { path: "/og/site", alt: "Mahere" };
    const page = { title: "Actions", description: "All actions", path: "/actions" };
    const english = buildPageMetadata(page, "https://mahere.example.org", image);
    const maori = buildPageMetadata(page, "https://mahere.example.org", image, "mi");
    expect(english.alternates?.canonical).toBe("https://mahere.example.org/actions");
    expect(maori.alternates?.canonical).toBe("https://mahere.example.org/mi/actions");
    expect(maori.alternates?.languages).toEqual({
      "en-NZ": "https://mahere.example.org/actions",
      mi: "https://mahere.example.org/mi/actions",
      "x-default": "https://mahere.example.org/actions",
    });
  });
});
