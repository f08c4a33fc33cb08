import type { SeedAction } from "../types";

const KAUPAPA_SLIP =
  "Providers asked for more time to shape the outcome measures with their communities, and contracting took longer than expected.";
const KAUPAPA_RECOVERY =
  "TEC contracted the providers first and is agreeing the measures with them over their first months of delivery.";

export const ws7Actions: SeedAction[] = [
  {
    code: "7.1",
    title: "Co-design careers support with iwi, hapū and kaupapa Māori providers",
    description:
      "Agree with iwi, hapū and kaupapa Māori providers the principles for Māori-led careers support and how it should be funded.",
    leadAgency: "tpk",
    contributors: ["tec", "moe"],
    baselineStart: "2024-01-01",
    baselineDue: "2024-12-31",
    criteria: [
      "Principles for Māori-led careers support have been agreed with iwi, hapū and kaupapa Māori providers",
      "A funding approach for kaupapa Māori careers services has been recommended to the governance group",
    ],
    milestones: [
      { title: "Regional hui with iwi, hapū and providers held", baselineDue: "2024-06-30", completedOn: "2024-06-14" },
      { title: "Principles agreed", baselineDue: "2024-09-30", forecastDue: "2024-10-31", completedOn: "2024-10-04" },
      { title: "Funding approach recommended", baselineDue: "2024-12-31", completedOn: "2024-12-09" },
    ],
    story: [
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative: "Te Puni Kōkiri and TEC are planning hui with iwi, hapū and kaupapa Māori providers in six regions.",
      },
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Hui were held in six regions. Whānau said careers support works best when it starts from identity and whakapapa and involves the whole whānau, not only the young person.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "The principles are being finalised with providers, a few weeks later than planned.",
      },
      {
        period: "2024 Q4",
        stage: "complete",
        confidence: null,
        narrative:
          "Providers agreed the principles in October, and a funding approach for kaupapa Māori careers services went to the governance group in December.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "Principles for Māori-led careers support, October 2024 (TPK ref. MCS-01)",
          },
          {
            criterion: 2,
            evidenceReference:
              "Paper to the NCSS governance group: funding kaupapa Māori careers services, December 2024 (TPK ref. MCS-02)",
          },
        ],
        completesMilestones: [2, 3],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "7.2",
    title: "Fund kaupapa Māori careers services for rangatahi and whānau",
    description:
      "Fund kaupapa Māori providers to deliver careers support to rangatahi and their whānau, with outcome measures the providers help design.",
    leadAgency: "tec",
    contributors: ["tpk"],
    predecessors: ["7.1"],
    baselineStart: "2025-01-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-12-31",
    criteria: [
      "Kaupapa Māori providers in at least five regions are funded to deliver careers services to rangatahi and whānau",
      "Providers report outcomes using measures they helped design",
    ],
    milestones: [
      { title: "Funding round opened", baselineDue: "2025-03-31", completedOn: "2025-03-17" },
      {
        title: "Providers contracted in five regions",
        baselineDue: "2025-06-30",
        forecastDue: "2025-10-31",
        completedOn: "2025-10-22",
      },
      { title: "Outcome measures agreed with providers", baselineDue: "2025-09-30", forecastDue: "2026-12-31" },
    ],
    story: [
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative: "TEC opened a funding round for kaupapa Māori careers services in March.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "probable",
        narrative: "Twenty-three kaupapa Māori providers applied, from every region.",
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative: "Contract negotiations with the chosen providers are continuing.",
        forecastDue: "2026-06-30",
        explanation: KAUPAPA_SLIP,
        recoveryStep: KAUPAPA_RECOVERY,
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "probable",
        narrative:
          "Providers in seven regions were contracted in October and started working with rangatahi and whānau.",
        forecastDue: "2026-06-30",
        explanation: KAUPAPA_SLIP,
        recoveryStep: KAUPAPA_RECOVERY,
        completesMilestones: [2],
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "Providers held wānanga with their communities to shape outcome measures.",
        forecastDue: "2026-06-30",
        explanation: KAUPAPA_SLIP,
        recoveryStep: KAUPAPA_RECOVERY,
      },
      {
        period: "2026 Q2",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "Providers want measures that reflect whānau wellbeing as well as jobs and study, which needs more work on how the data are collected.",
        forecastDue: "2026-12-31",
        explanation:
          "Agreeing measures that reflect whānau wellbeing needs new ways of collecting data that providers and TEC are still designing.",
        recoveryStep: "TEC and providers agreed an interim set of measures while the full set is finalised.",
      },
      {
        period: "2026 Q3",
        stage: "underway",
        confidence: "probable",
        narrative:
          "Providers reported on the interim measures for the first time. More than 1,400 rangatahi and their whānau have been supported.",
        forecastDue: "2026-12-31",
        explanation:
          "Agreeing measures that reflect whānau wellbeing needs new ways of collecting data that providers and TEC are still designing.",
        recoveryStep: "TEC and providers agreed an interim set of measures while the full set is finalised.",
      },
      {
        period: "2026 Q4",
        state: "draft",
        stage: "underway",
        confidence: "probable",
        narrative: "The full set of outcome measures is close to agreement with providers.",
        internalNotes:
          "One provider in Te Tai Tokerau has raised concerns about data sovereignty; TPK to advise before we submit.",
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "7.3",
    title: "Make Tahatū reflect te ao Māori and work in te reo Māori",
    description:
      "Make core Tahatū content and the interest quiz available in te reo Māori, and publish career stories from Māori in many kinds of work.",
    leadAgency: "tec",
    contributors: ["tpk", "moe"],
    predecessors: ["2.1", "7.1"],
    baselineStart: "2025-01-01",
    baselineDue: "2025-09-30",
    criteria: [
      "Core Tahatū pages and the interest quiz are available in te reo Māori",
      "Career stories from Māori in a range of roles are published in Tahatū",
    ],
    milestones: [
      {
        title: "Te reo Māori version of core pages checked by a licensed translator",
        baselineDue: "2025-06-30",
        completedOn: "2025-06-27",
      },
      { title: "Te reo Māori version of the interest quiz live", baselineDue: "2025-09-30", completedOn: "2025-09-22" },
      { title: "Twenty Māori career stories published", baselineDue: "2025-09-30", completedOn: "2025-09-29" },
    ],
    story: [
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "TEC is writing core Tahatū content in te reo Māori with Māori language experts, not only translating it.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative: "A licensed translator checked the te reo Māori version of the core pages in June.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q3",
        stage: "complete",
        confidence: null,
        narrative:
          "The interest quiz is now available in te reo Māori, and twenty career stories from Māori working in fields from engineering to te ao pāpāho were published.",
        criteriaMet: [
          { criterion: 1, evidenceReference: "Tahatū te reo Māori release notes, September 2025 (TEC ref. TH-TRM-02)" },
          {
            criterion: 2,
            evidenceReference:
              "Tahatū career stories collection: Māori in many roles, September 2025 (TEC ref. TH-CS-20)",
          },
        ],
        completesMilestones: [2, 3],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "7.4",
    title: "Report careers outcomes for Māori to iwi partners",
    description: "Share monitoring results for Māori with iwi partners each year, in a form they have helped design.",
    leadAgency: "tpk",
    contributors: ["tec"],
    predecessors: ["1.2"],
    baselineStart: "2025-04-01",
    baselineDue: "2025-09-30",
    criteria: ["Iwi partners have agreed the form of the report", "The first report has been shared with iwi partners"],
    milestones: [
      { title: "Report format agreed with iwi partners", baselineDue: "2025-06-30" },
      { title: "First report shared", baselineDue: "2025-09-30" },
    ],
    story: [],
    provenance: "illustrative",
  },
];
