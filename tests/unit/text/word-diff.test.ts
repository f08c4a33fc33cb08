import { describe, expect, it } from "vitest";
import { hasChanges, wordDiff, type DiffPart } from "@/lib/text/word-diff";

const join = (parts: DiffPart[], keep: DiffPart["kind"]) =>
  parts
    .filter((p) => p.kind === "same" || p.kind === keep)
    .map((p) => p.text)
    .join("");

describe("wordDiff", () => {
  it("marks the words added and removed, and gives both texts back exactly", () => {
    const before = "The draft plan went to the governance group in September.";
    const after = "The revised plan went to the governance group in December.";
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["draft", "September."]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["revised", "December."]);
    expect(join(parts, "removed")).toBe(before);
    expect(join(parts, "added")).toBe(after);
  });

  it("treats an empty side as all added or all removed, and keeps macrons and line breaks", () => {
    expect(wordDiff("", "Kia ora whānau")).toEqual([{ kind: "added", text: "Kia ora whānau" }]);
    expect(wordDiff("Tahatū\nonline", "")).toEqual([{ kind: "removed", text: "Tahatū\nonline" }]);
  });

  it("says nothing changed when only the spacing did", () => {
    expect(hasChanges(wordDiff("On track.", "On track."))).toBe(false);
    expect(hasChanges(wordDiff("On track.", "On  track. "))).toBe(false);
    expect(hasChanges(wordDiff("On track.", "At risk."))).toBe(true);
  });
});
