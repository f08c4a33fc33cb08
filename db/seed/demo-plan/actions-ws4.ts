import type { SeedAction } from "../types";

const MODULES_SLIP =
  "The kaupapa Māori and Pacific practice modules are being co-designed with practitioners from those communities, which takes longer than writing them in-house.";

export const ws4Actions: SeedAction[] = [
  {
    code: "4.1",
    title: "Map the frontline careers workforce",
    description:
      "Find out who gives careers support across Aotearoa, in which settings, and what training and qualifications they hold.",
    leadAgency: "tec",
    contributors: ["msd", "moe", "nzqa"],
    baselineStart: "2024-01-01",
    baselineDue: "2024-09-30",
    criteria: [
      "A profile of the frontline careers workforce, covering roles, settings, training and qualifications, has been published",
    ],
    milestones: [
      { title: "Survey of careers practitioners closed", baselineDue: "2024-05-31", completedOn: "2024-05-24" },
      { title: "Workforce profile published", baselineDue: "2024-09-30", completedOn: "2024-09-18" },
    ],
    story: [
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "TEC began mapping who delivers careers support: school careers advisers, vocational rehabilitation staff, employment and community support workers, transition services and practitioners in private practice.",
      },
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "More than 1,100 practitioners answered the workforce survey, including over 150 working for kaupapa Māori providers.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q3",
        stage: "complete",
        confidence: null,
        narrative:
          "The workforce profile was published in September. Many practitioners have no formal careers qualification and want short, practical learning.",
        criteriaMet: [
          { criterion: 1, evidenceReference: "Frontline careers workforce profile 2024 (TEC ref. NCSS-WF-2024)" },
        ],
        completesMilestones: [2],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "4.2",
    title: "Deliver learning modules for frontline careers practitioners",
    description:
      "Offer free learning, frameworks and resources that grow the capability of frontline careers practitioners, reaching Māori and Pacific practitioners first.",
    leadAgency: "tec",
    contributors: ["msd", "tpk", "mpp"],
    predecessors: ["1.4", "4.1"],
    baselineStart: "2025-01-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-06-30",
    criteria: [
      "Learning modules based on the quality criteria are available free to frontline practitioners",
      "At least 1,500 practitioners have completed a module",
    ],
    milestones: [
      {
        title: "First three modules launched",
        baselineDue: "2025-05-31",
        forecastDue: "2025-06-30",
        completedOn: "2025-06-12",
      },
      {
        title: "Kaupapa Māori and Pacific practice modules launched",
        baselineDue: "2025-09-30",
        forecastDue: "2026-03-31",
        completedOn: "2026-03-10",
      },
      {
        title: "1,500 module completions reached",
        baselineDue: "2025-09-30",
        forecastDue: "2026-06-30",
        completedOn: "2026-06-05",
      },
    ],
    story: [
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "TEC is building the first three modules, on careers conversations, using Tahatū with clients, and working with whānau.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The first three modules launched in June and more than 200 practitioners completed one in the first three weeks.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative:
          "Co-design of the kaupapa Māori and Pacific practice modules is under way with practitioners from those communities.",
        forecastDue: "2026-03-31",
        explanation: MODULES_SLIP,
        recoveryStep:
          "TEC funded practitioners' time for co-design and moved the launch of these modules to early 2026.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "probable",
        narrative: "More than 800 practitioners have now completed at least one module.",
        forecastDue: "2026-03-31",
        explanation: MODULES_SLIP,
        recoveryStep:
          "TEC funded practitioners' time for co-design and moved the launch of these modules to early 2026.",
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "The kaupapa Māori and Pacific practice modules launched in March.",
        forecastDue: "2026-06-30",
        explanation: "Completions are slower than planned because the later modules launched six months late.",
        recoveryStep: "MSD is promoting the modules to Work and Income staff to lift completions.",
        completesMilestones: [2],
      },
      {
        period: "2026 Q2",
        stage: "completed_modified",
        confidence: null,
        narrative:
          "More than 1,500 practitioners have completed a module. The modules will stay available as part of TEC's ongoing support for the careers workforce.",
        explanation:
          "All modules were delivered online instead of through the regional workshops first planned, after practitioners said online learning fitted their work better. Regional workshops were dropped.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "Frontline careers learning modules catalogue, March 2026 (TEC ref. NCSS-LM-06)",
          },
          { criterion: 2, evidenceReference: "Learning platform completion report, 5 June 2026 (TEC ref. NCSS-LM-07)" },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "illustrative",
  },
];
