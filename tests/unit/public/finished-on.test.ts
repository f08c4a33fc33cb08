import { describe, expect, it } from "vitest";
import { finishedOn } from "@/lib/public/finished-on";

describe("finishedOn", () => {
  it("is the New Zealand date of the update that first reported the finished stage", () => {
    const updates = [
      { stage: "complete" as const, publishedAt: "2025-11-02T01:00:00Z" },
      { stage: "complete" as const, publishedAt: "2025-07-20T13:30:00Z" }, // 21 July in New Zealand
      { stage: "underway" as const, publishedAt: "2025-04-15T01:00:00Z" },
    ];
    expect(finishedOn(updates)).toBe("2025-07-21");
  });

  it("counts from the latest change of finished stage, and is null while unfinished or unreported", () => {
    expect(
      finishedOn([
        { stage: "not_proceeding", publishedAt: "2026-03-01T01:00:00Z" },
        { stage: "complete", publishedAt: "2025-12-01T01:00:00Z" },
      ]),
    ).toBe("2026-03-01");
    expect(finishedOn([{ stage: "underway", publishedAt: "2026-03-01T01:00:00Z" }])).toBeNull();
    expect(finishedOn([])).toBeNull();
  });
});
