import type { SeedAction } from "../types";

const ACCESS_SLIP_1 =
  "Finding a supplier able to produce New Zealand Sign Language videos at the scale needed is taking longer than planned.";
const ACCESS_SLIP_2 =
  "The supplier contracted for New Zealand Sign Language videos withdrew, and a replacement has not yet been found.";
const REFUGEE_SLIP =
  "Assessing qualifications when people cannot get their original documents needs a new process, which NZQA is designing with MBIE.";

export const ws8Actions: SeedAction[] = [
  {
    code: "8.1",
    title: "Develop Pacific-led careers resources with Pacific communities",
    description:
      "Create careers resources with Pacific families, churches and community groups, in Pacific languages, that families can use together.",
    leadAgency: "mpp",
    contributors: ["tec", "moe"],
    baselineStart: "2024-01-01",
    baselineDue: "2024-12-31",
    criteria: [
      "Careers resources for Pacific learners and their families have been developed with Pacific communities",
      "The resources are available in at least five Pacific languages",
    ],
    milestones: [
      {
        title: "Talanoa with Pacific families, churches and community groups held",
        baselineDue: "2024-06-30",
        completedOn: "2024-05-31",
      },
      { title: "Resources published in five Pacific languages", baselineDue: "2024-12-31", completedOn: "2024-12-13" },
    ],
    story: [
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The Ministry for Pacific Peoples is planning talanoa with Pacific communities in Auckland, Wellington and Christchurch.",
      },
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Talanoa were held with Pacific families, churches and youth groups. Families asked for careers information they can use together at home, in their own languages.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "Resources are being written and checked by Pacific language speakers.",
      },
      {
        period: "2024 Q4",
        stage: "complete",
        confidence: null,
        narrative:
          "Resources for Pacific learners and their families were published in Samoan, Tongan, Cook Islands Māori, Niuean and Fijian, as well as English.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "Pacific careers resources: talanoa summary and design notes, 2024 (MPP ref. PC-01)",
          },
          {
            criterion: 2,
            evidenceReference: "Pacific careers resources in five languages, December 2024 (MPP ref. PC-02)",
          },
        ],
        completesMilestones: [2],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "8.2",
    title: "Make careers information accessible for disabled people",
    description:
      "Make sure Tahatū and key careers resources work for disabled people, including in Easy Read and New Zealand Sign Language.",
    leadAgency: "tec",
    contributors: ["msd", "moe"],
    predecessors: ["2.1"],
    baselineStart: "2024-07-01",
    baselineDue: "2025-06-30",
    forecastDue: "2026-03-31",
    criteria: [
      "Tahatū meets WCAG 2.2 AA, tested with disabled users",
      "Key careers resources are available in Easy Read and New Zealand Sign Language",
    ],
    milestones: [
      {
        title: "Accessibility audit of Tahatū, with disabled users",
        baselineDue: "2024-10-31",
        completedOn: "2024-10-25",
      },
      { title: "Easy Read and NZSL resources published", baselineDue: "2025-06-30", forecastDue: "2026-03-31" },
    ],
    story: [
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "on_track",
        narrative: "TEC commissioned an accessibility audit of Tahatū that includes testing with disabled users.",
      },
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative: "The audit found 14 issues, mostly with keyboard use in the interest quiz; fixes are scheduled.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "probable",
        narrative:
          "Audit fixes are done. Work on Easy Read versions of key resources has started with a disabled people's organisation.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "feasible",
        narrative: "Easy Read drafts are ready; NZSL videos are not yet started.",
        forecastDue: "2025-12-31",
        explanation: ACCESS_SLIP_1,
        recoveryStep: "TEC is publishing the Easy Read resources first.",
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "at_risk",
        narrative: "The NZSL supplier withdrew in August.",
        forecastDue: "2026-03-31",
        explanation: ACCESS_SLIP_2,
        recoveryStep:
          "TEC is approaching Deaf-led organisations directly and will publish the Easy Read resources first.",
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "8.3",
    title: "Tailor careers and employment pathways for refugee-background people",
    description:
      "Build careers guidance and the recognition of overseas qualifications and skills into settlement support, and work with employers in settlement regions.",
    leadAgency: "mbie",
    contributors: ["msd", "tec", "nzqa"],
    predecessors: ["5.1"],
    baselineStart: "2024-10-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-12-31",
    criteria: [
      "Careers guidance is part of the settlement support offered to refugee-background people of working age",
      "People from refugee backgrounds can have overseas qualifications and skills assessed as part of career planning",
      "Employers in the main settlement regions take part in refugee employment pathways",
    ],
    milestones: [
      {
        title: "Stocktake of refugee employment initiatives updated",
        baselineDue: "2025-01-31",
        completedOn: "2025-01-28",
      },
      {
        title: "Careers guidance added to settlement support",
        baselineDue: "2025-06-30",
        forecastDue: "2025-07-31",
        completedOn: "2025-07-15",
      },
      {
        title: "Qualification recognition pathway agreed with NZQA",
        baselineDue: "2025-09-30",
        forecastDue: "2026-12-31",
      },
    ],
    story: [
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "MBIE is refreshing its stocktake of employment initiatives for refugees, including those not designed for refugees but with many refugee participants.",
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The refreshed stocktake is finished and shows few initiatives that combine careers guidance with recognition of overseas skills.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "probable",
        narrative: "Careers guidance is being added to settlement support, starting in Palmerston North and Hamilton.",
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "Careers guidance has been part of settlement support in all settlement locations since July.",
        completesMilestones: [2],
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative: "NZQA and MBIE are designing a way to assess qualifications when documents are missing.",
        forecastDue: "2026-06-30",
        explanation: REFUGEE_SLIP,
        recoveryStep:
          "Careers guidance continues meanwhile, and practitioners record skills so they can be assessed once the process exists.",
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "feasible",
        narrative: "A trial of the new assessment process started with 40 people from refugee backgrounds.",
        forecastDue: "2026-06-30",
        explanation: REFUGEE_SLIP,
        recoveryStep:
          "Careers guidance continues meanwhile, and practitioners record skills so they can be assessed once the process exists.",
      },
      {
        period: "2026 Q2",
        stage: "underway",
        confidence: "at_risk",
        narrative: "The trial showed the process needs changes before it can be used more widely.",
        forecastDue: "2026-12-31",
        explanation:
          "The trial found that assessors need more training and that some employers do not yet accept the results.",
        recoveryStep:
          "NZQA is revising the process and MBIE is working with employers in settlement regions to build acceptance.",
      },
      {
        period: "2026 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "The revised process is being tested, and employers in three settlement regions have joined the pathway.",
        forecastDue: "2026-12-31",
        explanation:
          "The trial found that assessors need more training and that some employers do not yet accept the results.",
        recoveryStep:
          "NZQA is revising the process and MBIE is working with employers in settlement regions to build acceptance.",
      },
      {
        period: "2026 Q4",
        state: "changes_requested",
        stage: "underway",
        confidence: "on_track",
        narrative: "The revised assessment process is working well and employers are positive.",
        internalNotes: "Draft from the settlement team; NZQA has not yet seen the employer figures.",
        forecastDue: "2026-12-31",
        returnReason:
          "The forecast is 31 December but the revised process is still being tested: give a realistic date, and say how many employers have accepted the results so far.",
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "8.4",
    title: "Bring Pacific careers role models into schools",
    description:
      "Connect Pacific professionals with schools with many Pacific students, to talk with students and their families about careers.",
    leadAgency: "mpp",
    contributors: ["moe", "myd"],
    predecessors: ["8.1"],
    baselineStart: "2025-04-01",
    baselineDue: "2025-09-30",
    criteria: [
      "At least 50 Pacific role models are matched with schools",
      "Sessions have been held in at least 20 schools",
    ],
    milestones: [
      { title: "Role models recruited", baselineDue: "2025-06-30" },
      { title: "School sessions held", baselineDue: "2025-09-30" },
    ],
    story: [],
    provenance: "illustrative",
  },
];
