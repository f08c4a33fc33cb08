import type { SeedAction } from "../types";
import { SOURCES } from "./sources";

const MONITORING_SLIP =
  "Agreeing what data each agency can share, and on what terms, is taking much longer than the plan allowed. Two agencies need privacy assessments before sharing records broken down by population group.";
const MONITORING_RECOVERY =
  "Quarterly reporting on actions starts now, and indicator data is added as each data-sharing arrangement is signed. Actions that depend on the framework have been told to plan around the later date.";

export const ws1Actions: SeedAction[] = [
  {
    code: "1.1",
    title: "Establish a cross-agency leadership function",
    description:
      "Set up a cross-agency group that leads the careers system together, with agreed terms of reference and a forward work programme for the Action Plan.",
    leadAgency: "tec",
    contributors: ["moe", "mbie", "msd"],
    foundational: true,
    baselineStart: "2023-10-01",
    baselineDue: "2024-03-31",
    criteria: [
      "Chief executives of the lead agencies have agreed terms of reference for a cross-agency careers system governance group",
      "The governance group has met and agreed a forward work programme for the Action Plan",
    ],
    milestones: [
      {
        title: "Governance framework consulted on with agencies and the sector",
        baselineDue: "2023-12-15",
        completedOn: "2023-12-11",
      },
      {
        title: "Terms of reference agreed by chief executives",
        baselineDue: "2024-02-29",
        forecastDue: "2024-03-15",
        completedOn: "2024-03-08",
      },
      { title: "First meeting of the governance group", baselineDue: "2024-03-31", completedOn: "2024-03-26" },
    ],
    story: [
      {
        period: "2023 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "TEC drafted a governance framework setting out how strategic and operational decisions on the Strategy will be made, and consulted lead agencies and sector representatives on it. Feedback asked for Māori and Pacific perspectives to be built into the group from the start.",
        nextSteps: "Seek chief executives' agreement to the terms of reference.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q1",
        stage: "complete",
        confidence: null,
        narrative:
          "Chief executives agreed the terms of reference in March and the governance group met for the first time later that month. It agreed a work programme that puts the foundational actions first.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "NCSS governance group terms of reference, March 2024 (TEC ref. NCSS-GOV-01)",
          },
          {
            criterion: 2,
            evidenceReference:
              "Minutes of the first NCSS governance group meeting, 26 March 2024 (TEC ref. NCSS-GOV-02)",
          },
        ],
        completesMilestones: [2, 3],
      },
    ],
    provenance: "confirmed",
    sourceUrl: SOURCES.actionPlanPage,
  },
  {
    code: "1.2",
    title: "Stand up the monitoring framework of the agencies",
    description:
      "Agree the measures, baselines and data sources the agencies will use to monitor the careers system, and start regular reporting on the Action Plan.",
    leadAgency: "tec",
    contributors: ["moe", "msd", "mbie"],
    foundational: true,
    baselineStart: "2023-10-01",
    baselineDue: "2024-03-31",
    forecastDue: "2025-03-31",
    criteria: [
      "Lead agencies have agreed a set of indicators, each with a baseline, a target and a data source",
      "Every lead agency reports progress on its actions each quarter",
      "The first monitoring report has gone to the governance group",
    ],
    milestones: [
      {
        title: "Draft indicator set shared with lead agencies",
        baselineDue: "2024-01-31",
        forecastDue: "2024-02-29",
        completedOn: "2024-02-20",
      },
      {
        title: "Data-sharing arrangements agreed with lead agencies",
        baselineDue: "2024-03-15",
        forecastDue: "2024-11-30",
        completedOn: "2024-11-14",
      },
      {
        title: "First quarterly monitoring report to the governance group",
        baselineDue: "2024-03-31",
        forecastDue: "2025-03-31",
        completedOn: "2025-02-26",
      },
    ],
    story: [
      {
        period: "2023 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "TEC began drafting indicators with each lead agency, starting from data already collected, such as school leaver destinations and Work and Income records.",
      },
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "A draft indicator set went to lead agencies in February. Agencies support the approach, but the terms for sharing their data are not yet agreed.",
        forecastDue: "2024-09-30",
        explanation: MONITORING_SLIP,
        recoveryStep:
          "TEC will agree data-sharing terms with one agency at a time, starting with the Ministry of Education and MSD.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "at_risk",
        narrative:
          "Privacy assessments at two agencies will not finish before the end of 2024, so the framework cannot be fully in place until early 2025.",
        risks: "Actions 1.3 and 7.4 depend on this framework and may start late.",
        forecastDue: "2025-03-31",
        explanation: MONITORING_SLIP,
        recoveryStep: MONITORING_RECOVERY,
      },
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "Quarterly progress reporting on actions started this quarter, using a common template. Privacy assessments for Ministry of Education and MSD data are under way.",
        forecastDue: "2025-03-31",
        explanation: MONITORING_SLIP,
        recoveryStep: MONITORING_RECOVERY,
      },
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "probable",
        narrative:
          "Data-sharing arrangements with the lead agencies were signed in November, so the first full monitoring report can now be prepared.",
        forecastDue: "2025-03-31",
        explanation: MONITORING_SLIP,
        recoveryStep: MONITORING_RECOVERY,
        completesMilestones: [2],
      },
      {
        period: "2025 Q1",
        stage: "completed_modified",
        confidence: null,
        narrative:
          "The first monitoring report went to the governance group in February 2025, and every lead agency now reports quarterly.",
        explanation:
          "The framework went live with seven indicators instead of the twelve first proposed, because five measures had no reliable data source yet. Results for refugee-background people are shown only where numbers are large enough to protect privacy.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "NCSS monitoring framework indicator set v1.0, February 2025 (TEC ref. NCSS-MON-03)",
          },
          {
            criterion: 2,
            evidenceReference:
              "Quarterly reporting template and schedule agreed by lead agencies (TEC ref. NCSS-MON-04)",
          },
          {
            criterion: 3,
            evidenceReference:
              "First NCSS monitoring report to the governance group, 26 February 2025 (TEC ref. NCSS-MON-05)",
          },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "confirmed",
    sourceUrl: SOURCES.actionPlanFaq,
  },
  {
    code: "1.3",
    title: "Publish an annual report on the careers system",
    description:
      "Use the monitoring framework to publish a yearly public report on how the careers system is performing and how the Action Plan is progressing.",
    leadAgency: "tec",
    contributors: ["moe", "msd", "mbie"],
    predecessors: ["1.1", "1.2"],
    baselineStart: "2024-04-01",
    baselineDue: "2025-06-30",
    forecastDue: "2025-12-31",
    criteria: [
      "The first annual careers system report is published on TEC's website",
      "The report shows results by population group wherever the data allow",
    ],
    milestones: [
      {
        title: "Report outline agreed by the governance group",
        baselineDue: "2024-09-30",
        forecastDue: "2025-03-31",
        completedOn: "2025-03-20",
      },
      {
        title: "Draft report reviewed by lead agencies",
        baselineDue: "2025-03-31",
        forecastDue: "2025-09-30",
        completedOn: "2025-09-11",
      },
      {
        title: "First annual report published",
        baselineDue: "2025-06-30",
        forecastDue: "2025-12-31",
        completedOn: "2025-12-04",
      },
    ],
    story: [
      {
        period: "2024 Q2",
        stage: "not_started",
        confidence: "feasible",
        narrative:
          "Work has not started because the report relies on the monitoring framework (action 1.2), which is now expected in early 2025.",
        forecastDue: "2025-12-31",
        explanation: "The report cannot be drafted until the monitoring framework supplies agreed indicators and data.",
        recoveryStep:
          "TEC will agree the report outline early so drafting can start as soon as the first monitoring data arrive.",
      },
      {
        period: "2024 Q4",
        stage: "not_started",
        confidence: "at_risk",
        narrative:
          "The monitoring framework is still not complete, so the report outline has not yet gone to the governance group.",
        forecastDue: "2025-12-31",
        explanation:
          "The delay to the monitoring framework leaves little time to draft, check and publish the first report in 2025.",
        recoveryStep:
          "The plan review will move the due date to December 2025 and the outline goes to the governance group in March.",
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "The governance group agreed the report outline in March, including a section on results for Māori, Pacific peoples and disabled people.",
        forecastDue: "2025-12-31",
        explanation: "Drafting started a year later than planned because the monitoring framework was late.",
        recoveryStep: "The due date was moved to December 2025 in version 1.1 of the plan.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "Lead agencies reviewed the draft report in September and checked the figures for their actions.",
        forecastDue: "2025-12-31",
        explanation: "Drafting started a year later than planned because the monitoring framework was late.",
        recoveryStep: "Publication is set for early December 2025.",
        completesMilestones: [2],
      },
      {
        period: "2025 Q4",
        stage: "complete",
        confidence: null,
        narrative:
          "TEC published the first annual careers system report in December 2025. It reports seven indicators, with results for population groups where the data are reliable.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "Careers system annual report 2024/25, published December 2025 (TEC ref. NCSS-AR-2025)",
          },
          {
            criterion: 2,
            evidenceReference: "Careers system annual report 2024/25, section 3: results by population group",
          },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "illustrative",
  },
];
