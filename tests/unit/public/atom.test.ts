import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml } from "@/lib/public/atom";

const feed = (content: string, title = "Action 1.1: Underway – Tahatū") =>
  buildAtomFeed({
    id: "https://example.nz/feed.xml",
    title: "Updates & news",
    selfUrl: "https://example.nz/feed.xml",
    alternateUrl: "https://example.nz/?a=1&b=2",
    updated: "2026-10-01T00:00:00.000Z",
    entries: [
      {
        id: "https://example.nz/actions/1.1#update-1",
        title,
        link: "https://example.nz/actions/1.1",
        updated: "2026-10-01T00:00:00.000Z",
        authorName: "Te Amorangi Mātauranga Matua <TEC>",
        content,
      },
    ],
  });

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("drops control characters XML cannot hold and keeps macrons", () => {
    expect(escapeXml("whā\u0000nau\u0008 Māori\n")).toBe("whānau Māori\n");
  });
});

describe("buildAtomFeed", () => {
  it("keeps a script tag and an ampersand in a narrative as text, never markup", () => {
    const xml = feed("Hui with whānau & iwi <script>alert(1)</script>");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("Hui with whānau &amp; iwi &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(xml).toContain('<content type="text">');
  });

  it("escapes titles, authors and links, and keeps macrons intact", () => {
    const xml = feed("ok");
    expect(xml).toContain('<title type="text">Updates &amp; news</title>');
    expect(xml).toContain("Action 1.1: Underway – Tahatū");
    expect(xml).toContain("<name>Te Amorangi Mātauranga Matua &lt;TEC&gt;</name>");
    expect(xml).toContain('href="https://example.nz/?a=1&amp;b=2"');
  });

  it("is an Atom document with one entry per update", () => {
    const xml = feed("ok");
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain("<updated>2026-10-01T00:00:00.000Z</updated>");
  });
});
