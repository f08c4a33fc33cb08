import type { SeedAction } from "../types";

const REGISTER_SLIP_1 =
  "Building the register as a separate website would have duplicated Tahatū, so agencies agreed to build it inside Tahatū instead, which pushed the launch back.";
const REGISTER_SLIP_2 = "Employer sign-ups are slower than planned outside the main centres.";
const REGIONAL_SLIP =
  "Data for smaller regions such as Te Tai Poutini / West Coast and Te Tairāwhiti / Gisborne need extra checking because the numbers are small.";

export const ws5Actions: SeedAction[] = [
  {
    code: "5.1",
    title: "Take stock of employer and industry careers initiatives",
    description:
      "Map the careers initiatives run by employers and industry, nationally and regionally, including ones not designed as careers programmes, to find gaps and overlaps.",
    leadAgency: "mbie",
    contributors: ["tec", "msd"],
    baselineStart: "2024-01-01",
    baselineDue: "2024-09-30",
    criteria: [
      "A stocktake of national and regional employer and industry careers initiatives has been completed",
      "Gaps and overlaps have been reported to the governance group",
    ],
    milestones: [
      {
        title: "Stocktake survey open to employers and industry bodies",
        baselineDue: "2024-04-30",
        completedOn: "2024-04-15",
      },
      { title: "Gaps and overlaps reported", baselineDue: "2024-09-30", completedOn: "2024-09-25" },
    ],
    story: [
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "MBIE designed the stocktake survey with TEC and MSD, reusing questions from earlier inter-agency stocktakes.",
      },
      {
        period: "2024 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The survey opened in April. It also counts initiatives not designed as careers programmes but used by many young people, such as industry open days and paid internships.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q3",
        stage: "complete",
        confidence: null,
        narrative:
          "The stocktake found more than 240 initiatives, most in the main centres. Work experience for students in rural areas and for Pacific young people is the clearest gap.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "Employer and industry careers initiatives stocktake 2024 (MBIE ref. CS-STK-2024)",
          },
          {
            criterion: 2,
            evidenceReference:
              "Paper to the NCSS governance group on gaps and overlaps, September 2024 (MBIE ref. CS-STK-GAP)",
          },
        ],
        completesMilestones: [2],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "5.2",
    title: "Build a register of work experience opportunities for schools",
    description:
      "Give schools one place to find employers offering work experience, workplace visits and job shadowing.",
    leadAgency: "mbie",
    contributors: ["moe", "tec"],
    predecessors: ["5.1"],
    baselineStart: "2024-10-01",
    baselineDue: "2025-06-30",
    forecastDue: "2026-06-30",
    criteria: [
      "Schools can find employers' work experience and workplace visit opportunities in one place",
      "At least 500 employers have listed opportunities",
    ],
    milestones: [
      {
        title: "Register design agreed with employers and schools",
        baselineDue: "2025-01-31",
        forecastDue: "2025-02-28",
        completedOn: "2025-02-07",
      },
      {
        title: "Register live for schools",
        baselineDue: "2025-04-30",
        forecastDue: "2025-11-30",
        completedOn: "2025-11-20",
      },
      {
        title: "500 employers listed",
        baselineDue: "2025-06-30",
        forecastDue: "2026-06-30",
        completedOn: "2026-05-28",
      },
    ],
    story: [
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "MBIE started designing the register with employers, industry associations and a group of careers advisers.",
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "The register design was agreed in February, a week later than planned.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "at_risk",
        narrative: "The register will now be built inside Tahatū, and the launch has moved to late 2025.",
        forecastDue: "2025-12-31",
        explanation: REGISTER_SLIP_1,
        recoveryStep: "TEC's Tahatū team has added the register to its release plan for November 2025.",
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative: "Employers are being invited to list opportunities before the register goes live.",
        forecastDue: "2025-12-31",
        explanation: REGISTER_SLIP_1,
        recoveryStep: "TEC's Tahatū team has added the register to its release plan for November 2025.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative: "The register went live in Tahatū in November with 260 employers.",
        forecastDue: "2026-06-30",
        explanation: REGISTER_SLIP_2,
        recoveryStep:
          "MBIE is working with chambers of commerce and industry associations in the regions to sign up more employers.",
        completesMilestones: [2],
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "390 employers have listed opportunities, and regional sign-ups have picked up.",
        forecastDue: "2026-06-30",
        explanation: REGISTER_SLIP_2,
        recoveryStep:
          "MBIE is working with chambers of commerce and industry associations in the regions to sign up more employers.",
      },
      {
        period: "2026 Q2",
        stage: "complete",
        confidence: null,
        narrative: "More than 500 employers now list opportunities on the register, in every region.",
        criteriaMet: [
          {
            criterion: 1,
            evidenceReference: "Work experience register in Tahatū, live since 20 November 2025 (TEC ref. TH-WX-01)",
          },
          { criterion: 2, evidenceReference: "Register listing report, 28 May 2026 (MBIE ref. WX-REG-05)" },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "5.3",
    title: "Show regional labour market insights in careers information",
    description:
      "Add information on jobs and skills in demand in each region to Tahatū, so people can see local opportunities.",
    leadAgency: "mbie",
    contributors: ["tec", "msd"],
    predecessors: ["2.1", "5.1"],
    baselineStart: "2024-10-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-03-31",
    criteria: [
      "Tahatū shows regional information on jobs in demand for every region",
      "Regional information is refreshed at least every six months",
    ],
    milestones: [
      { title: "Regional data sources agreed", baselineDue: "2025-01-31", completedOn: "2025-01-30" },
      { title: "Regional pages live for the first five regions", baselineDue: "2025-06-30", completedOn: "2025-06-26" },
      {
        title: "Regional pages live for all regions",
        baselineDue: "2025-09-30",
        forecastDue: "2026-03-31",
        completedOn: "2026-03-12",
      },
    ],
    story: [
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative: "MBIE and TEC are working out which regional data can be shown reliably in Tahatū.",
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative: "Data sources were agreed, combining job advertisement data with MSD information on vacancies.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Regional pages went live for Tāmaki Makaurau / Auckland, Waikato, Wellington, Waitaha / Canterbury and Ōtākou / Otago.",
        completesMilestones: [2],
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "Work on the remaining regions is taking longer than planned.",
        forecastDue: "2026-03-31",
        explanation: REGIONAL_SLIP,
        recoveryStep:
          "MBIE is combining some figures across neighbouring areas where numbers are too small to show alone.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "probable",
        narrative: "Pages for eight more regions are being checked with regional economic development agencies.",
        forecastDue: "2026-03-31",
        explanation: REGIONAL_SLIP,
        recoveryStep:
          "MBIE is combining some figures across neighbouring areas where numbers are too small to show alone.",
      },
      {
        period: "2026 Q1",
        stage: "complete",
        confidence: null,
        narrative:
          "Every region now has a page in Tahatū showing jobs and skills in demand, refreshed every six months.",
        criteriaMet: [
          { criterion: 1, evidenceReference: "Tahatū regional pages release notes, March 2026 (TEC ref. TH-REG-16)" },
          {
            criterion: 2,
            evidenceReference: "MBIE–TEC data agreement schedule 2: six-monthly refresh (MBIE ref. LMI-DA-02)",
          },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "5.4",
    title: "Pilot industry-led careers events in the regions",
    description:
      "Test careers events run by local industry for students, whānau and job seekers in regions the stocktake found were poorly served.",
    leadAgency: "mbie",
    contributors: ["msd", "tec"],
    predecessors: ["5.1"],
    baselineStart: "2025-04-01",
    baselineDue: "2025-09-30",
    criteria: [
      "Industry-led careers events have been held in at least three regions",
      "The pilot has been evaluated and the results shared",
    ],
    milestones: [
      { title: "Pilot regions chosen", baselineDue: "2025-05-31" },
      { title: "First events held", baselineDue: "2025-09-30" },
    ],
    story: [],
    provenance: "illustrative",
  },
];
