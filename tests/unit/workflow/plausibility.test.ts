import { describe, expect, it } from "vitest";
import { validateUpdateForm, type UpdateIntent } from "@/lib/workflow/update-input";

/** An action due on 30 September 2025, checked on three days around that date. */
const action = { baselineDue: "2025-09-30", criteria: [], milestones: [] };

const form = (overrides: Record<string, string>) => ({
  stage: "underway",
  confidence: "on_track",
  publicNarrative: "Work continues with providers.",
  explanation: "",
  recoveryStep: "",
  forecastDue: "",
  version: "1",
  ...overrides,
});

function errors(today: string, overrides: Record<string, string>, intent: UpdateIntent = "submit") {
  const result = validateUpdateForm(form(overrides), action, today, intent);
  return result.ok ? {} : result.errors;
}

describe("a submitted update's dates must be plausible", () => {
  it("refuses a forecast before today for an unfinished action, and accepts today itself", () => {
    const refused = errors("2025-08-01", { forecastDue: "2025-07-31" });
    expect(refused.forecastDue).toEqual([expect.stringMatching(/forecast due date has already passed/)]);
    expect(errors("2025-08-01", { forecastDue: "2025-08-01" })).toEqual({});
  });

  it("before the baseline due date passes, needs no forecast and no explanation", () => {
    expect(errors("2025-09-30", {})).toEqual({});
  });

  it("once the baseline due date has passed, requires a forecast and an explanation, even when on track", () => {
    const late = errors("2025-10-01", {});
    expect(Object.keys(late).sort()).toEqual(["explanation", "forecastDue"]);
    expect(late.forecastDue).toEqual([expect.stringMatching(/baseline due date has passed/)]);
    expect(late.explanation).toEqual([expect.stringMatching(/not finished by its baseline due date/)]);
  });

  it("a late action with a future forecast still needs its explanation and recovery step", () => {
    const late = errors("2025-10-01", { forecastDue: "2026-03-31" });
    expect(Object.keys(late).sort()).toEqual(["explanation", "recoveryStep"]);
    expect(
      errors("2025-10-01", {
        forecastDue: "2026-03-31",
        explanation: "Waiting on Cabinet.",
        recoveryStep: "Two phases.",
      }),
    ).toEqual({});
  });

  it("a forecast later than the baseline needs an explanation whatever the confidence", () => {
    for (const confidence of ["on_track", "probable", "feasible"]) {
      const slipped = errors("2025-08-01", { confidence, forecastDue: "2025-12-31" });
      expect(Object.keys(slipped).sort(), confidence).toEqual(["explanation", "recoveryStep"]);
    }
  });

  it("gives one message per field when at risk and late together", () => {
    const both = errors("2025-10-01", { confidence: "at_risk", forecastDue: "2026-03-31" });
    expect(both.explanation).toHaveLength(1);
  });

  it("does not apply to finished actions, which report an outcome rather than a forecast", () => {
    const finished = errors("2025-10-01", {
      stage: "not_proceeding",
      confidence: "",
      notProceedingReason: "Replaced by action 6.3.",
    });
    expect(finished).toEqual({});
  });

  it("lets a draft be saved with the dates still to fix, so nothing typed is lost", () => {
    expect(errors("2025-10-01", { forecastDue: "2025-01-31" }, "save")).toEqual({});
  });

  it("refuses a missing confidence for an unfinished action", () => {
    expect(errors("2025-08-01", { confidence: "" }).confidence).toEqual([
      expect.stringMatching(/Choose a delivery confidence/),
    ]);
  });
});

describe("milestone forecasts agree with the dates around them", () => {
  const withMilestones = { ...action, forecastDue: "2026-06-30", milestones: [{ id: 7 }, { id: 8 }] };
  const submit = (overrides: Record<string, unknown>, today = "2026-01-15") => {
    const result = validateUpdateForm(
      {
        ...form({ forecastDue: "2026-06-30", explanation: "Waiting on Cabinet.", recoveryStep: "Two phases." }),
        ...overrides,
      },
      withMilestones,
      today,
      "submit",
    );
    return result.ok ? {} : result.errors;
  };

  it("accepts a milestone forecast between today and the action's forecast", () => {
    expect(submit({ milestoneForecasts: [{ milestoneId: "7", forecastDue: "2026-03-31" }] })).toEqual({});
  });

  it("refuses one already past, unless the same update reports the milestone done", () => {
    const past = submit({ milestoneForecasts: [{ milestoneId: "7", forecastDue: "2025-12-31" }] });
    expect(past["milestoneForecasts.0.forecastDue"]).toEqual([expect.stringMatching(/forecast has already passed/)]);
    expect(
      submit({
        milestoneForecasts: [{ milestoneId: "7", forecastDue: "2025-12-31" }],
        milestoneCompletions: [{ milestoneId: "7", completedOn: "2026-01-10" }],
      }),
    ).toEqual({});
  });

  it("refuses one after the action's own forecast: the one given, else the one published", () => {
    const late = submit({ milestoneForecasts: [{ milestoneId: "8", forecastDue: "2026-09-30" }] });
    expect(late["milestoneForecasts.0.forecastDue"]).toEqual([expect.stringMatching(/after the action's own/)]);
    expect(
      submit({ forecastDue: "2026-12-31", milestoneForecasts: [{ milestoneId: "8", forecastDue: "2026-09-30" }] }),
    ).toEqual({});
  });

  it("refuses a milestone of another action, even in a draft", () => {
    const result = validateUpdateForm(
      { ...form({}), milestoneForecasts: [{ milestoneId: "99", forecastDue: "2026-03-31" }] },
      withMilestones,
      "2026-01-15",
      "save",
    );
    expect(result.ok ? {} : result.errors).toHaveProperty(["milestoneForecasts.0.milestoneId"]);
  });
});

describe("typed text is stored in one Unicode form", () => {
  it("turns a macron typed as a combining mark into the precomposed letter (NFC)", () => {
    const decomposed = "Wha\u0304nau-centred support";
    const result = validateUpdateForm(form({ publicNarrative: decomposed }), action, "2025-08-01", "save");
    expect(result.ok && result.data.publicNarrative).toBe("Whānau-centred support");
  });
});
