import { describe, expect, it } from "vitest";
import { clip } from "@/lib/seo/clip";

describe("a meta description is cut to fit", () => {
  it("leaves a short text whole, with its white space made single", () => {
    expect(clip("  Whānau  and\n learners. ")).toBe("Whānau and learners.");
  });

  it("cuts a long text at a word, with an ellipsis, within the limit", () => {
    const text = "Te reo Māori ".repeat(20);
    const cut = clip(text, 50);
    expect([...cut].length).toBeLessThanOrEqual(50);
    expect(cut.endsWith("…")).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).toMatch(/(Te|reo|Māori)$/);
  });

  it("drops punctuation left hanging before the ellipsis", () => {
    expect(clip("Alpha beta, gamma delta epsilon", 13)).toBe("Alpha beta…");
  });

  it("cuts a single over-long word where it must, counting characters not UTF-16 units", () => {
    expect(clip("ā".repeat(30), 10)).toBe(`${"ā".repeat(9)}…`);
    expect([...clip("🙂".repeat(30), 10)].length).toBe(10);
  });
});
