import { describe, expect, it } from "vitest";
import { planVersionAt } from "@/lib/reports/plan-version";

const versions = [
  { version: "1.0", effectiveOn: "2023-09-27", publishedAt: null, state: "published" },
  { version: "1.1", effectiveOn: "2025-04-30", publishedAt: null, state: "published" },
  { version: "1.2", effectiveOn: "2026-03-01", publishedAt: new Date("2026-03-05T02:00:00Z"), state: "published" },
  { version: "1.3", effectiveOn: null, publishedAt: null, state: "draft" },
];

describe("the plan version a snapshot was taken under", () => {
  it("is the newest version in effect then, never a draft", () => {
    expect(planVersionAt(versions, new Date("2023-09-01T00:00:00Z"))).toBeNull();
    expect(planVersionAt(versions, new Date("2025-03-31T11:00:00Z"))).toBe("1.0");
    expect(planVersionAt(versions, new Date("2025-06-30T12:00:00Z"))).toBe("1.1");
    expect(planVersionAt(versions, new Date("2027-01-01T00:00:00Z"))).toBe("1.2");
  });

  it("counts a version approved through Mahere from its publication, not its back-dated approval", () => {
    expect(planVersionAt(versions, new Date("2026-03-04T00:00:00Z"))).toBe("1.1");
  });
});
