import { describe, expect, it } from "vitest";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import { publicAction } from "./fixtures";

describe("a roll-up of public actions counts the overdue ones by the one overdue rule", () => {
  const status = (stage: "underway" | "complete" | "not_proceeding") => ({
    ...publicAction({ code: "x" }).status,
    stage,
    confidence: stage === "underway" ? ("probable" as const) : null,
    systemState: "current" as const,
  });

  it("counts unfinished actions past their due date (forecast, else baseline), and no finished one", () => {
    const actions = [
      publicAction({ code: "1.1" }), // never reported, due 31 December 2024
      publicAction({ code: "1.2", status: status("underway"), forecastDue: "2025-06-30" }),
      publicAction({ code: "1.3", status: status("underway"), forecastDue: "2026-06-30" }),
      publicAction({ code: "1.4", status: status("complete") }),
      publicAction({ code: "1.5", status: status("not_proceeding") }),
    ];
    expect(rollUpActions(actions, "2025-07-01").overdue).toBe(2);
    expect(rollUpActions(actions, "2024-12-31").overdue).toBe(0); // due today is not overdue yet
    expect(rollUpActions(actions, "2026-07-01").overdue).toBe(3);
  });
});
