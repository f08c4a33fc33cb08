import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { drawableText, fontCoverage } from "@/lib/og/font-coverage";
import { previewImage } from "@/lib/og/preview-image";
import { pngSize } from "../../support/png-size";

const FONTS = ["lib/og/fonts/DejaVuSans.ttf", "lib/og/fonts/DejaVuSans-Bold.ttf"];

describe("the preview images' fonts", () => {
  it("cover all of Latin Extended-A, so te reo Māori's macrons are drawn", () => {
    for (const file of FONTS) {
      const covered = fontCoverage(readFileSync(file));
      const missing = [];
      for (let c = 0x100; c <= 0x17f; c++) if (!covered.has(c)) missing.push(c.toString(16));
      expect(missing, file).toEqual([]);
      for (const ch of "āēīōūĀĒĪŌŪ–“”·…") expect(covered.has(ch.codePointAt(0)!), `${file} ${ch}`).toBe(true);
    }
  });

  it("leave out only what they cannot draw", () => {
    const covered = fontCoverage(readFileSync(FONTS[0]!));
    expect(drawableText("Māori  whānau 🙂 中文\nTahatū", covered)).toBe("Māori whānau Tahatū");
  });
});

describe("a preview image", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is a 1200 × 630 PNG drawn without the network, even for text its fonts lack", async () => {
    const realFetch = globalThis.fetch;
    const asked: string[] = [];
    // The renderer loads its own WebAssembly from data: addresses; anything else would be the internet.
    vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith("data:")) return realFetch(input, init);
      asked.push(url);
      throw new Error(`No network in this test: ${url}`);
    });
    const response = await previewImage(
      {
        siteName: "Mahere",
        tagline: "National Careers System Strategy Action Plan progress",
        eyebrow: "Action 1.4",
        title: "Kaupapa Māori careers support for whānau 🙂 中文",
        chips: [
          { key: "underway", label: "Underway" },
          { key: "at_risk", label: "At risk" },
          { key: "overdue", label: "Overdue by 3 days" },
        ],
        footer: "Lead agency: Tertiary Education Commission (TEC)",
        tags: ["Illustrative"],
      },
      300,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(asked).toEqual([]);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});
