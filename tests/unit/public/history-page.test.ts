import { describe, expect, it } from "vitest";
import { HISTORY_PAGE_SIZE, historyPage } from "@/lib/public/history-page";

describe("the page of an action's history", () => {
  it("reads ?history=N, and falls back to the first or last page rather than showing nothing", () => {
    const total = HISTORY_PAGE_SIZE * 2 + 3; // three pages
    expect(historyPage(undefined, total)).toBe(1);
    expect(historyPage("2", total)).toBe(2);
    expect(historyPage("3", total)).toBe(3);
    expect(historyPage("9", total)).toBe(3);
    expect(historyPage("0", total)).toBe(1);
    for (const bad of ["-1", "two", "1.5", ["2", "3"], "9".repeat(20)]) expect(historyPage(bad, total)).toBe(1);
    expect(historyPage("4", 0)).toBe(1);
  });
});
