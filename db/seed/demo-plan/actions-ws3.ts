import type { SeedAction } from "../types";

export const ws3Actions: SeedAction[] = [
  {
    code: "3.1",
    title: "Design options for careers services in secondary schools",
    description:
      "Work with schools, kura and careers advisers to design options for better careers support for secondary students, such as improving current arrangements, using external providers or giving schools flexibility, and put them to Ministers.",
    leadAgency: "moe",
    contributors: ["tec", "ero"],
    predecessors: ["1.1"],
    baselineStart: "2024-04-01",
    baselineDue: "2025-03-31",
    criteria: [
      "Options have been tested with schools, kura, careers advisers and whānau",
      "A paper setting out costed options has gone to Ministers",
    ],
    milestones: [
      {
        title: "Engagement with schools, kura and careers advisers completed",
        baselineDue: "2024-09-30",
        completedOn: "2024-09-13",
      },
      { title: "Options paper provided to Ministers", baselineDue: "2025-03-31", completedOn: "2025-03-25" },
    ],
    story: [
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The Ministry of Education began designing options with TEC, ERO, principals and careers advisers. The options include improving current arrangements, using external providers and giving schools flexibility to meet local needs.",
      },
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Workshops with more than 80 schools and kura finished in September. Whānau told us they want to be part of careers conversations earlier, from Year 9.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "probable",
        narrative: "The options are being costed with Treasury input.",
      },
      {
        period: "2025 Q1",
        stage: "complete",
        confidence: null,
        narrative: "A paper with three costed options went to Ministers in March 2025.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference:
              "Secondary careers support options: engagement summary, September 2024 (MoE ref. CS-ENG-2024)",
          },
          {
            criterion: 2,
            evidenceReference:
              "Briefing to Ministers on options for secondary careers support, March 2025 (MoE ref. BR-2025-0312)",
          },
        ],
        completesMilestones: [2],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "3.2",
    title: "Give schools a self-review tool based on the quality criteria",
    description:
      "Help secondary schools check their careers programmes against the Careers Quality Framework and plan improvements.",
    leadAgency: "moe",
    contributors: ["tec", "ero"],
    predecessors: ["1.4"],
    baselineStart: "2025-01-01",
    baselineDue: "2025-09-30",
    criteria: [
      "A self-review tool based on the Careers Quality Framework is available to every secondary school",
      "ERO guidance for reviewers refers to the quality criteria",
    ],
    milestones: [
      { title: "Self-review tool tested with 20 schools", baselineDue: "2025-05-31", completedOn: "2025-05-29" },
      {
        title: "Self-review tool released to all secondary schools",
        baselineDue: "2025-08-31",
        forecastDue: "2025-09-15",
        completedOn: "2025-09-09",
      },
      { title: "ERO reviewer guidance updated", baselineDue: "2025-09-30", completedOn: "2025-09-26" },
    ],
    story: [
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative: "A first version of the self-review tool was drafted from the five quality criteria.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Twenty schools, including three kura, tested the tool. They asked for shorter questions and examples of good practice.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q3",
        stage: "completed_modified",
        confidence: null,
        narrative: "The tool is available to all secondary schools and ERO has updated its guidance for reviewers.",
        explanation:
          "The tool was released inside Tahatū's area for careers advisers instead of as a separate download, so schools can use it alongside student plans. ERO refers to the criteria in reviewer guidance rather than in its formal evaluation indicators.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference:
              "Careers programme self-review tool in Tahatū, released 9 September 2025 (MoE ref. CQ-SRT-01)",
          },
          {
            criterion: 2,
            evidenceReference: "ERO guidance for reviewers: careers education, September 2025 (ERO ref. RG-2025-14)",
          },
        ],
        completesMilestones: [2, 3],
      },
    ],
    provenance: "illustrative",
  },
];
