import type { SeedAction } from "../types";

const CREDENTIAL_SLIP =
  "NZQA paused the work to wait for the competency framework (action 4.3), which any micro-credential has to match.";

/** Workstream 4, continued: professional standards for careers practitioners. */
export const ws4StandardsActions: SeedAction[] = [
  {
    code: "4.3",
    title: "Agree a competency framework for careers practitioners",
    description:
      "Agree with professional bodies such as CDANZ and CATE NZ the competencies a careers practitioner needs, linked to the quality criteria.",
    leadAgency: "tec",
    contributors: ["nzqa"],
    predecessors: ["4.1"],
    baselineStart: "2024-10-01",
    baselineDue: "2025-09-30",
    criteria: [
      "A competency framework for careers practitioners has been agreed with the professional bodies",
      "The framework has been published and is linked to the quality criteria",
    ],
    milestones: [
      { title: "Working group of professional bodies formed", baselineDue: "2024-12-31", completedOn: "2024-11-20" },
      { title: "Draft framework consulted on", baselineDue: "2025-05-31", completedOn: "2025-05-30" },
      { title: "Framework published", baselineDue: "2025-09-30", completedOn: "2025-09-17" },
    ],
    story: [
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "A working group with CDANZ, CATE NZ, NZQA and kaupapa Māori practitioners met for the first time in November.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The group agreed the competency areas, including working with whānau and understanding labour market information.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "probable",
        narrative: "Consultation on the draft framework closed in May with more than 400 responses.",
        completesMilestones: [2],
      },
      {
        period: "2025 Q3",
        stage: "complete",
        confidence: null,
        narrative:
          "The competency framework was published in September, with each competency mapped to the quality criteria.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "Letters of agreement from CDANZ and CATE NZ, August 2025 (TEC ref. NCSS-CF-02)",
          },
          {
            criterion: 2,
            evidenceReference: "Careers practitioner competency framework, September 2025 (TEC ref. NCSS-CF-03)",
          },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "4.4",
    title: "Scope a micro-credential in careers practice",
    description:
      "Assess options for a short, recognised credential that lets practitioners show the competencies in the framework.",
    leadAgency: "nzqa",
    contributors: ["tec"],
    predecessors: ["4.1"],
    baselineStart: "2025-04-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-09-30",
    criteria: [
      "NZQA has assessed the options for a micro-credential in careers practice",
      "A recommended option has been agreed with TEC and the professional bodies",
    ],
    milestones: [
      { title: "Options assessed", baselineDue: "2025-07-31", forecastDue: "2026-03-31", completedOn: "2026-02-26" },
      {
        title: "Recommended option agreed",
        baselineDue: "2025-09-30",
        forecastDue: "2026-09-30",
        completedOn: "2026-09-15",
      },
    ],
    story: [
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "probable",
        narrative: "NZQA began looking at how micro-credentials in related fields are built and recognised.",
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative: "The options analysis was paused until the competency framework was published in September.",
        forecastDue: "2026-06-30",
        explanation: CREDENTIAL_SLIP,
        recoveryStep: "NZQA restarted the options analysis once the framework was published.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative: "Three options are being assessed, including one delivered by a kaupapa Māori provider.",
        forecastDue: "2026-06-30",
        explanation: CREDENTIAL_SLIP,
        recoveryStep: "NZQA restarted the options analysis once the framework was published.",
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "The options assessment was finished in February and shared with TEC and the professional bodies.",
        forecastDue: "2026-09-30",
        explanation: "The professional bodies asked for time to consult their members before agreeing an option.",
        recoveryStep: "A decision meeting is booked for September 2026.",
        completesMilestones: [1],
      },
      {
        period: "2026 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative: "Members of CDANZ and CATE NZ were consulted on the preferred option.",
        forecastDue: "2026-09-30",
        explanation: "The professional bodies asked for time to consult their members before agreeing an option.",
        recoveryStep: "A decision meeting is booked for September 2026.",
      },
      {
        period: "2026 Q3",
        stage: "complete",
        confidence: null,
        narrative:
          "NZQA, TEC and the professional bodies agreed in September to develop a micro-credential in careers practice.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference:
              "Micro-credential in careers practice: options assessment, February 2026 (NZQA ref. MC-CP-01)",
          },
          {
            criterion: 2,
            evidenceReference: "Record of agreement on the recommended option, 15 September 2026 (NZQA ref. MC-CP-02)",
          },
        ],
        completesMilestones: [2],
      },
    ],
    provenance: "illustrative",
  },
];
