import type { SeedAction } from "../types";

const MODEL_SLIP_2025 =
  "Ministers' decisions on the preferred model came later than planned, so putting it in place moves into 2026.";
const MODEL_SLIP_2026 =
  "Schools asked for the model to start at the beginning of a school term, and the regional providers needed for the external-provider option are not yet contracted.";
const KURA_SLIP =
  "Writing original resources in te reo Māori, rather than translating English ones, needs more time with fluent writers than first planned.";

/** Workstream 3, continued: putting the new model in place, and resources for kura. */
export const ws3DeliveryActions: SeedAction[] = [
  {
    code: "3.3",
    title: "Put the agreed secondary careers support model in place",
    description:
      "Carry out Ministers' decision on careers support for secondary students, starting in selected regions.",
    leadAgency: "moe",
    contributors: ["tec"],
    predecessors: ["3.1"],
    baselineStart: "2025-04-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-12-31",
    criteria: [
      "Ministers' decision on the preferred model is in place and has been communicated to schools",
      "The model is running in schools in at least two regions",
    ],
    milestones: [
      {
        title: "Ministers' decisions on the preferred option",
        baselineDue: "2025-06-30",
        forecastDue: "2025-12-31",
        completedOn: "2025-12-10",
      },
      {
        title: "Implementation guidance issued to schools",
        baselineDue: "2025-08-31",
        forecastDue: "2026-08-31",
        completedOn: "2026-07-21",
      },
      { title: "Model running in the first two regions", baselineDue: "2025-09-30", forecastDue: "2026-12-31" },
    ],
    story: [
      {
        period: "2025 Q2",
        stage: "not_started",
        confidence: "feasible",
        narrative:
          "Ministers' decisions are now expected late in 2025, so this action was re-phased in version 1.1 of the plan.",
        forecastDue: "2026-06-30",
        explanation: MODEL_SLIP_2025,
        recoveryStep:
          "The Ministry is preparing implementation guidance now so schools can start soon after decisions are made.",
      },
      {
        period: "2025 Q3",
        stage: "not_started",
        confidence: "feasible",
        narrative: "Draft guidance for schools is ready to adapt once Ministers choose an option.",
        forecastDue: "2026-06-30",
        explanation: MODEL_SLIP_2025,
        recoveryStep:
          "The Ministry is preparing implementation guidance now so schools can start soon after decisions are made.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "Ministers chose a mixed model in December: schools keep their careers advisers, with external providers adding support in some regions.",
        forecastDue: "2026-06-30",
        explanation: MODEL_SLIP_2025,
        recoveryStep: "Guidance to schools goes out in Term 1 2026.",
        completesMilestones: [1],
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "at_risk",
        narrative: "The start in the first two regions has moved to Term 4 2026.",
        forecastDue: "2026-12-31",
        explanation: MODEL_SLIP_2026,
        recoveryStep:
          "The Ministry is running the procurement for regional providers alongside the school guidance so both are ready for Term 4.",
      },
      {
        period: "2026 Q2",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "Procurement of regional providers is under way in Te Tai Tokerau / Northland and Waitaha / Canterbury.",
        forecastDue: "2026-12-31",
        explanation: MODEL_SLIP_2026,
        recoveryStep: "Providers are to be contracted by August so they can work with schools from October.",
      },
      {
        period: "2026 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative: "Implementation guidance went to schools in July and providers in both regions are contracted.",
        forecastDue: "2026-12-31",
        explanation: MODEL_SLIP_2026,
        recoveryStep: "Schools in the two regions start with the new model in Term 4.",
        completesMilestones: [2],
      },
      {
        period: "2026 Q4",
        state: "submitted",
        stage: "underway",
        confidence: "probable",
        narrative: "Schools in both regions began working with their providers in October.",
        internalNotes:
          "Two Northland schools have not yet signed data agreements; approver to confirm before this goes to TEC.",
        forecastDue: "2026-12-31",
        explanation: MODEL_SLIP_2026,
        recoveryStep: "Schools in the two regions start with the new model in Term 4.",
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "3.4",
    title: "Develop careers resources in te reo Māori for kura and Māori-medium settings",
    description:
      "Create careers education resources written in te reo Māori with kura kaupapa Māori, wharekura and their communities.",
    leadAgency: "moe",
    contributors: ["tpk", "tec"],
    baselineStart: "2024-07-01",
    baselineDue: "2025-06-30",
    forecastDue: "2026-03-31",
    criteria: [
      "Careers education resources in te reo Māori are available to kura and Māori-medium settings",
      "The resources were developed with kaiako and whānau from kura kaupapa Māori and wharekura",
    ],
    milestones: [
      {
        title: "Wānanga with kaiako and whānau to shape the resources",
        baselineDue: "2024-12-31",
        completedOn: "2024-11-29",
      },
      { title: "First set of resources released to kura", baselineDue: "2025-06-30", forecastDue: "2026-03-31" },
    ],
    story: [
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The Ministry of Education and Te Puni Kōkiri invited kura and wharekura to help shape the resources.",
      },
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Wānanga with kaiako and whānau were held in four regions. Whānau want resources that start from identity and connect careers to hapū and iwi aspirations.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "feasible",
        narrative: "Writers are working on the first set of resources.",
        forecastDue: "2026-03-31",
        explanation: KURA_SLIP,
        recoveryStep:
          "The Ministry has contracted more kaupapa Māori writers and will release the resources in two sets.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative: "Draft resources are being tested with kaiako in three wharekura.",
        forecastDue: "2026-03-31",
        explanation: KURA_SLIP,
        recoveryStep:
          "The Ministry has contracted more kaupapa Māori writers and will release the resources in two sets.",
      },
      {
        period: "2026 Q4",
        state: "draft",
        stage: "underway",
        confidence: "at_risk",
        narrative: "The first set of resources has not yet been released.",
        internalNotes:
          "Updates overdue since Q1; the Māori-medium team has had vacancies. Check the revised date with TPK before submitting.",
        forecastDue: "2027-03-31",
        explanation: KURA_SLIP,
        recoveryStep: "To be confirmed with Te Puni Kōkiri.",
      },
    ],
    provenance: "illustrative",
  },
];
