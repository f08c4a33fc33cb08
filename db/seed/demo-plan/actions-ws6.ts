import type { SeedAction } from "../types";

const NEET_SLIP =
  "Several regions changed youth service providers during 2025, and each new provider has to be brought into the referral pathway.";
const NEET_RECOVERY = "MSD is adding the referral pathway to new provider contracts as they are signed.";
const REDUNDANCY_SLIP =
  "Demand for redundancy support rose sharply, and guidance appointments are taking longer than four weeks in some regions.";

export const ws6Actions: SeedAction[] = [
  {
    code: "6.1",
    title: "Build careers conversations into Work and Income case management",
    description:
      "Train Work and Income case managers to have careers conversations and to refer clients to careers guidance.",
    leadAgency: "msd",
    contributors: ["tec"],
    baselineStart: "2024-01-01",
    baselineDue: "2024-12-31",
    forecastDue: "2025-03-31",
    criteria: [
      "Work and Income case managers have guidance and training on careers conversations",
      "Clients can be referred to careers guidance through a documented pathway",
    ],
    milestones: [
      { title: "Training for case managers designed", baselineDue: "2024-06-30", completedOn: "2024-06-20" },
      {
        title: "Training delivered in all regions",
        baselineDue: "2024-12-31",
        forecastDue: "2025-03-31",
        completedOn: "2025-03-14",
      },
      { title: "Referral pathway to careers guidance in place", baselineDue: "2024-12-31", completedOn: "2024-12-05" },
    ],
    story: [
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative: "MSD and TEC started designing training on careers conversations for Work and Income case managers.",
      },
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative: "The training was designed and tested with case managers in two service centres.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "Training is being rolled out region by region.",
      },
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "The referral pathway to careers guidance went live in December. Training in two regions has moved into early 2025.",
        forecastDue: "2025-03-31",
        explanation: "Training in two regions was postponed because of peak demand at service centres over the summer.",
        recoveryStep: "The remaining sessions are booked for February and March 2025.",
        completesMilestones: [3],
      },
      {
        period: "2025 Q1",
        stage: "complete",
        confidence: null,
        narrative:
          "Training has now been delivered in every region, and case managers can refer clients to careers guidance.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference:
              "Careers conversations training for case managers, delivery report March 2025 (MSD ref. WI-CC-03)",
          },
          {
            criterion: 2,
            evidenceReference:
              "Work and Income referral procedure: careers guidance, December 2024 (MSD ref. WI-REF-12)",
          },
        ],
        completesMilestones: [2],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "6.2",
    title: "Link young people not in employment, education or training to careers guidance",
    description:
      "Set up a referral pathway so youth service providers, Work and Income and schools can connect young people who are not in employment, education or training with careers guidance.",
    leadAgency: "msd",
    contributors: ["myd", "tec", "moe"],
    predecessors: ["1.1"],
    baselineStart: "2024-07-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-09-30",
    criteria: [
      "Youth service providers in every region can refer young people to careers guidance",
      "An evaluation of the referral pathway has been reported to the governance group",
    ],
    milestones: [
      {
        title: "Referral pathway agreed with youth service providers",
        baselineDue: "2024-12-31",
        completedOn: "2024-12-12",
      },
      {
        title: "Pathway live in all regions",
        baselineDue: "2025-06-30",
        forecastDue: "2026-03-31",
        completedOn: "2026-03-25",
      },
      {
        title: "Evaluation reported to the governance group",
        baselineDue: "2025-09-30",
        forecastDue: "2026-09-30",
        completedOn: "2026-09-08",
      },
    ],
    story: [
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "MSD, the Ministry of Youth Development and TEC began designing the pathway with youth service providers.",
      },
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative: "The referral pathway was agreed with providers in December.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "The pathway is live in six regions, and more than 300 young people have been referred.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "at_risk",
        narrative: "The roll-out to the remaining regions has stalled while new youth service providers start.",
        forecastDue: "2026-03-31",
        explanation: NEET_SLIP,
        recoveryStep: NEET_RECOVERY,
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative: "New providers in four regions have signed up, and the evaluation will now run into 2026.",
        forecastDue: "2026-09-30",
        explanation: NEET_SLIP,
        recoveryStep: NEET_RECOVERY,
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "probable",
        narrative:
          "The pathway is now live in every region. Young Māori and Pacific people make up more than half of those referred.",
        forecastDue: "2026-09-30",
        explanation: NEET_SLIP,
        recoveryStep: NEET_RECOVERY,
        completesMilestones: [2],
      },
      {
        period: "2026 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative: "The evaluation is interviewing young people, their whānau and providers.",
        forecastDue: "2026-09-30",
        explanation: NEET_SLIP,
        recoveryStep: NEET_RECOVERY,
      },
      {
        period: "2026 Q3",
        stage: "complete",
        confidence: null,
        narrative:
          "The evaluation went to the governance group in September. Two in three young people referred had a next step, such as training or a job, within three months.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference:
              "Youth careers referral pathway: regional coverage report, March 2026 (MSD ref. YS-CG-09)",
          },
          {
            criterion: 2,
            evidenceReference: "Evaluation of the youth careers referral pathway, September 2026 (MSD ref. YS-CG-EVAL)",
          },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "6.3",
    title: "Offer careers guidance to people facing redundancy",
    description: "Add free careers guidance to the support MSD offers people who have been given notice of redundancy.",
    leadAgency: "msd",
    contributors: ["mbie", "tec"],
    predecessors: ["6.1"],
    baselineStart: "2025-01-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-06-30",
    criteria: [
      "People given notice of redundancy can get free careers guidance through MSD's redundancy support",
      "Guidance is offered within four weeks of a referral",
    ],
    milestones: [
      { title: "Careers guidance added to redundancy support", baselineDue: "2025-06-30", completedOn: "2025-06-18" },
      {
        title: "Four-week service standard met for two quarters in a row",
        baselineDue: "2025-09-30",
        forecastDue: "2026-06-30",
      },
    ],
    story: [
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative: "MSD is contracting careers guidance providers to work alongside its redundancy support.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Careers guidance became part of MSD's redundancy support in June, and also covers adults changing careers who were to be served by action 6.4.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "Demand is high, and waiting times are longer than four weeks in Tāmaki Makaurau / Auckland and Waikato.",
        forecastDue: "2026-03-31",
        explanation: REDUNDANCY_SLIP,
        recoveryStep: "MSD is adding group sessions and online appointments to shorten waiting times.",
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "Waiting times have come down, and the four-week standard was met in every region this quarter.",
        forecastDue: "2026-06-30",
        explanation: REDUNDANCY_SLIP,
        recoveryStep: "The standard must be met for two quarters in a row, so the due date moves to June 2026.",
      },
      {
        period: "2026 Q4",
        state: "agency_approved",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "The four-week standard slipped in two regions over winter. Extra guidance sessions have been added in both.",
        internalNotes: "Approved by the MSD regional director; regional figures attached to the December report.",
        forecastDue: "2027-06-30",
        explanation: REDUNDANCY_SLIP,
        recoveryStep: "Extra sessions in the two regions until the standard is met for two quarters in a row.",
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "6.4",
    title: "Pilot careers guidance vouchers for adults changing careers",
    description: "Test vouchers that let adults changing careers buy guidance from a registered careers practitioner.",
    leadAgency: "msd",
    contributors: ["tec"],
    baselineStart: "2025-01-01",
    baselineDue: "2025-09-30",
    criteria: ["A voucher pilot for adults changing careers has run in two regions", "The pilot has been evaluated"],
    milestones: [
      { title: "Pilot design and funding confirmed", baselineDue: "2025-03-31" },
      { title: "Pilot running in two regions", baselineDue: "2025-09-30" },
    ],
    story: [
      {
        period: "2025 Q1",
        stage: "not_started",
        confidence: "unachievable",
        narrative: "The pilot cannot go ahead as planned because no funding has been found for it.",
        explanation:
          "The funding bid for the pilot was not supported, and no other funding is available within the plan's timeframe.",
        recoveryStep:
          "MSD has asked the governance group to stop this action and to meet the need through careers guidance in action 6.3 and Tahatū.",
      },
      {
        period: "2025 Q2",
        stage: "not_proceeding",
        confidence: null,
        narrative:
          "This action was stopped in version 1.1 of the plan. Adults changing careers can get guidance through MSD's services under action 6.3 and through Tahatū.",
        notProceedingReason:
          "Stopped by the NCSS governance group in April 2025 because no funding was available. The need is partly met by careers guidance in action 6.3.",
      },
    ],
    provenance: "illustrative",
  },
];
