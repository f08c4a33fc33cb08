import type { SeedAction } from "../types";
import { SOURCES } from "./sources";

const QUALITY_PLAN_SLIP =
  "The review of current practice took longer than planned because far more providers took part than expected, and agencies want the plan to line up with decisions on secondary careers support (action 3.3), which are also late.";
const QUALITY_PLAN_RECOVERY =
  "The plan is being drafted now with the schools section left open, to be finished once decisions on action 3.3 are made.";

/** Workstream 1, continued: the quality criteria (Action 1.4, confirmed) and what follows from them. */
export const ws1QualityActions: SeedAction[] = [
  {
    code: "1.4",
    title: "Determine criteria for quality CEIAG",
    description:
      "Work out what quality careers education, information, advice and guidance looks like at every level of the system, from quick information to long-term planning, in careers and other settings, and make it accessible, inclusive, people-centred, responsive and connected.",
    leadAgency: "tec",
    contributors: ["moe", "ero"],
    foundational: true,
    baselineStart: "2023-10-01",
    baselineDue: "2024-12-31",
    criteria: [
      "Criteria for quality careers education, information, advice and guidance have been developed with the careers sector, Māori and the NCSS advisory panel",
      "TEC has published a Careers Quality Framework based on the criteria",
    ],
    milestones: [
      { title: "Lead researcher commissioned", baselineDue: "2023-12-15", completedOn: "2023-12-08" },
      {
        title: "Draft quality criteria shared for sector feedback",
        baselineDue: "2024-03-31",
        completedOn: "2024-03-28",
      },
      { title: "Careers Quality Framework published", baselineDue: "2024-12-31", completedOn: "2024-10-16" },
    ],
    story: [
      {
        period: "2023 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "TEC commissioned a New Zealand careers-development researcher to lead the work on what quality careers support looks like in Aotearoa.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Draft quality criteria were shared with professional bodies, community and government organisations, careers specialists and the NCSS advisory panel for feedback.",
        completesMilestones: [2],
      },
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Feedback sessions included the national executive of CATE NZ, which focused on careers advice in schools. Contributors asked for careers knowledge to be easier to find and for communities and whānau to help shape it.",
      },
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "The framework is being finalised for publication, with the five quality criteria settled.",
      },
      {
        period: "2024 Q4",
        stage: "complete",
        confidence: null,
        narrative:
          'TEC published the Careers Quality Framework, built on five quality criteria such as "Committed and trusted leadership" and "Thriving and secure identities". It supports Action 1.4 and will guide a strategic plan for quality careers support.',
        evidence: [{ title: "Careers Quality Framework (TEC)", url: SOURCES.careersQualityFramework }],
        criteriaMet: [
          { criterion: 1, evidenceUrl: SOURCES.careersQualityFramework },
          { criterion: 2, evidenceUrl: SOURCES.careersQualityFramework },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "confirmed",
    sourceUrl: SOURCES.careersQualityFramework,
  },
  {
    code: "1.5",
    title: "Develop a strategic plan for quality careers support",
    description:
      "Turn the Careers Quality Framework into a plan that sets out how each agency and setting will apply the quality criteria and check progress.",
    leadAgency: "tec",
    contributors: ["moe", "ero", "nzqa"],
    predecessors: ["1.4"],
    baselineStart: "2025-01-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-12-31",
    criteria: [
      "The governance group has agreed a strategic plan for quality careers support",
      "Each agency that funds or runs careers services has set out how it will apply the quality criteria",
    ],
    milestones: [
      {
        title: "Current practice reviewed against the quality criteria",
        baselineDue: "2025-04-30",
        forecastDue: "2026-03-31",
        completedOn: "2026-02-18",
      },
      {
        title: "Draft strategic plan to the governance group",
        baselineDue: "2025-07-31",
        forecastDue: "2026-09-30",
        completedOn: "2026-09-03",
      },
      { title: "Strategic plan agreed and published", baselineDue: "2025-09-30", forecastDue: "2026-12-31" },
    ],
    story: [
      {
        period: "2025 Q1",
        stage: "not_started",
        confidence: "on_track",
        narrative: "The review team is being put together and work starts in April, as planned.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "probable",
        narrative:
          "TEC began reviewing how careers services in schools, tertiary providers and community organisations measure up against the five quality criteria.",
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "More than 300 providers took part in the review, including many kaupapa Māori and Pacific providers, which has made the analysis larger than planned.",
        forecastDue: "2026-06-30",
        explanation: QUALITY_PLAN_SLIP,
        recoveryStep: "The review has been split into two phases so drafting can start on the school findings first.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "at_risk",
        narrative:
          "Agencies asked for the plan to wait for decisions on secondary careers support, which have moved into 2026.",
        forecastDue: "2026-12-31",
        explanation: QUALITY_PLAN_SLIP,
        recoveryStep: QUALITY_PLAN_RECOVERY,
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "The review of current practice is finished. Its findings show the biggest gaps in support for adults outside education.",
        forecastDue: "2026-12-31",
        explanation: QUALITY_PLAN_SLIP,
        recoveryStep: QUALITY_PLAN_RECOVERY,
        completesMilestones: [1],
      },
      {
        period: "2026 Q2",
        stage: "underway",
        confidence: "feasible",
        narrative: "Drafting is under way with the Ministry of Education, ERO and NZQA.",
        forecastDue: "2026-12-31",
        explanation: QUALITY_PLAN_SLIP,
        recoveryStep: QUALITY_PLAN_RECOVERY,
      },
      {
        period: "2026 Q3",
        stage: "underway",
        confidence: "probable",
        narrative:
          "The draft strategic plan went to the governance group in September, which asked for clearer measures for kaupapa Māori settings.",
        forecastDue: "2026-12-31",
        explanation: QUALITY_PLAN_SLIP,
        recoveryStep: QUALITY_PLAN_RECOVERY,
        completesMilestones: [2],
      },
    ],
    provenance: "illustrative",
  },
];
