import type { SeedAction } from "../types";
import { SOURCES } from "./sources";

const PUBLIC_RELEASE_SLIP =
  "Schools asked for onboarding to avoid the busy end-of-year NCEA period and for more time to train staff, so the public release moves to late 2025.";
const RETIRE_SLIP =
  "Some planning tools that careers advisers rely on are not yet in Tahatū, and closing careers.govt.nz now would leave them without those tools.";

export const ws2Actions: SeedAction[] = [
  {
    code: "2.1",
    title: "Inform the development of Tahatū Career Navigator",
    description:
      "Feed what was learned while developing the Strategy into Tahatū, the new careers planning website that will in time replace careers.govt.nz, and support its pilot in secondary schools.",
    leadAgency: "tec",
    contributors: ["moe", "mbie"],
    foundational: true,
    baselineStart: "2023-10-01",
    baselineDue: "2024-06-30",
    criteria: [
      "Evidence and user needs gathered for the Strategy are reflected in the Tahatū design",
      "A Tahatū pilot has been released to a group of secondary schools",
    ],
    milestones: [
      {
        title: "Pilot schools selected through an expression of interest",
        baselineDue: "2024-02-29",
        completedOn: "2024-02-16",
      },
      { title: "Tahatū pilot released to secondary schools", baselineDue: "2024-04-30", completedOn: "2024-04-02" },
      { title: "Pilot feedback summarised for the next release", baselineDue: "2024-06-30", completedOn: "2024-06-21" },
    ],
    story: [
      {
        period: "2023 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "TEC shared research from the Strategy's development, including what rangatahi, whānau and careers advisers said they need, with the Tahatū team. An expression of interest for pilot schools opened in December.",
      },
      {
        period: "2024 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Pilot schools were chosen. Tahatū is aimed first at 13 to 19-year-olds, with whānau, careers advisers and adults not in work or study as further audiences, and Māori, Pacific peoples, women and disabled people as priority groups.",
        completesMilestones: [1],
      },
      {
        period: "2024 Q2",
        stage: "complete",
        confidence: null,
        narrative:
          "TEC released Tahatū Career Navigator to a small number of pilot secondary schools on 2 April 2024, covering about 100 school subjects, 4,000 qualifications and 800 career ideas. careers.govt.nz stays available alongside it for now.",
        evidence: [
          { title: "Tahatū FAQs (TEC)", url: SOURCES.tahatuFaqs },
          { title: "Tahatū pilot expression of interest FAQs (TEC)", url: SOURCES.tahatuPilotEoiFaqs },
        ],
        criteriaMet: [
          { criterion: 1, evidenceUrl: SOURCES.tahatuPage },
          { criterion: 2, evidenceUrl: SOURCES.tahatuFaqs },
        ],
        completesMilestones: [2, 3],
      },
    ],
    provenance: "confirmed",
    sourceUrl: SOURCES.actionPlanPage,
  },
  {
    code: "2.2",
    title: "Align careers information with Employment Action Plan Action 11",
    description:
      "Deliver the Employment Action Plan's Action 11, on transparent, forward-looking and accessible careers information, through Tahatū, linking work and learning pathways to skills.",
    leadAgency: "tec",
    contributors: ["mbie", "msd", "moe"],
    predecessors: ["2.1"],
    baselineStart: "2024-10-01",
    baselineDue: "2025-09-30",
    criteria: [
      "Forward-looking labour market and skills information from MBIE appears in Tahatū career profiles",
      "TEC and MBIE report jointly on progress against Employment Action Plan Action 11",
    ],
    milestones: [
      { title: "Occupation outlook data feed agreed with MBIE", baselineDue: "2025-02-28", completedOn: "2025-02-21" },
      {
        title: "Occupation outlook shown on Tahatū career profiles",
        baselineDue: "2025-06-30",
        forecastDue: "2025-08-31",
        completedOn: "2025-08-19",
      },
      { title: "First joint progress report on Action 11", baselineDue: "2025-09-30", completedOn: "2025-09-24" },
    ],
    story: [
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "The Employment Action Plan, published in August 2024, includes Action 11 on forward-looking careers information. TEC and MBIE agreed to deliver it through Tahatū rather than build a separate tool.",
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "on_track",
        narrative: "MBIE and TEC agreed a regular feed of occupation outlook data for Tahatū career profiles.",
        completesMilestones: [1],
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "probable",
        narrative:
          "Showing the outlook data on career profiles is running about two months behind because the data need reformatting, but the action is still expected to finish by September.",
      },
      {
        period: "2025 Q3",
        stage: "complete",
        confidence: null,
        narrative:
          "Tahatū career profiles now show the job outlook and the skills each occupation needs, and TEC and MBIE sent their first joint report on Action 11 in September.",
        criteriaMet: [
          { criterion: 1, evidenceUrl: SOURCES.tahatuSite },
          {
            criterion: 2,
            evidenceReference:
              "Joint TEC–MBIE progress report on Employment Action Plan Action 11, September 2025 (MBIE ref. EAP-11-Q3)",
          },
        ],
        completesMilestones: [2, 3],
      },
    ],
    provenance: "confirmed",
    sourceUrl: SOURCES.actionPlanPage,
  },
  {
    code: "2.3",
    title: "Extend Tahatū to every secondary school and the public",
    description:
      "Grow Tahatū from its pilot to all secondary schools, then open it to everyone, including adults changing careers.",
    leadAgency: "tec",
    contributors: ["moe"],
    predecessors: ["2.1"],
    baselineStart: "2024-07-01",
    baselineDue: "2025-06-30",
    forecastDue: "2025-12-31",
    criteria: [
      "Tahatū is available to every secondary school that wants to use it",
      "Tahatū is open to the public without a school login",
    ],
    milestones: [
      { title: "Second release using pilot feedback", baselineDue: "2024-12-31", completedOn: "2024-11-28" },
      {
        title: "Onboarding open to all secondary schools",
        baselineDue: "2025-03-31",
        forecastDue: "2025-08-31",
        completedOn: "2025-08-12",
      },
      {
        title: "Public release of Tahatū",
        baselineDue: "2025-06-30",
        forecastDue: "2025-12-31",
        completedOn: "2025-11-17",
      },
    ],
    story: [
      {
        period: "2024 Q3",
        stage: "underway",
        confidence: "on_track",
        narrative:
          "Changes asked for by pilot schools, such as a simpler interest quiz and a place to save ideas, are being built into the second release.",
      },
      {
        period: "2024 Q4",
        stage: "underway",
        confidence: "on_track",
        narrative:
          'The second release went live for pilot schools in November with the "My kete" feature for saving career ideas.',
        completesMilestones: [1],
      },
      {
        period: "2025 Q1",
        stage: "underway",
        confidence: "probable",
        narrative: "TEC is preparing onboarding for all secondary schools, including training for careers advisers.",
      },
      {
        period: "2025 Q2",
        stage: "underway",
        confidence: "feasible",
        narrative: "Onboarding for all schools has moved to Term 3 at schools' request.",
        forecastDue: "2025-12-31",
        explanation: PUBLIC_RELEASE_SLIP,
        recoveryStep:
          "Onboarding opens in Term 3 with training webinars for careers advisers; the public release follows once school use is stable.",
      },
      {
        period: "2025 Q3",
        stage: "underway",
        confidence: "probable",
        narrative: "Onboarding opened to all secondary schools in August, and more than 150 schools have signed up.",
        forecastDue: "2025-12-31",
        explanation: PUBLIC_RELEASE_SLIP,
        recoveryStep: "The public release is planned for November 2025.",
        completesMilestones: [2],
      },
      {
        period: "2025 Q4",
        stage: "complete",
        confidence: null,
        narrative:
          "Tahatū opened to the public in November 2025. Schools have been introduced to it as their career planning site, with more than 800 job options and 4,000 qualifications.",
        criteriaMet: [
          { criterion: 1, evidenceUrl: SOURCES.educationGazette },
          { criterion: 2, evidenceUrl: SOURCES.tahatuSite },
        ],
        completesMilestones: [3],
      },
    ],
    provenance: "illustrative",
  },
  {
    code: "2.4",
    title: "Retire careers.govt.nz once Tahatū covers its content",
    description:
      "Move the content and tools people still need from careers.govt.nz into Tahatū, then redirect visitors and close the old site.",
    leadAgency: "tec",
    contributors: [],
    // The old site closes only once Tahatū's accessible content (8.2) is there. 8.2 was planned to be
    // done first but has slipped and is unfinished: a real, open dependency risk in the demo.
    predecessors: ["2.3", "8.2"],
    baselineStart: "2025-07-01",
    baselineDue: "2025-09-30",
    forecastDue: "2026-12-31",
    criteria: [
      "Every content item and tool still needed from careers.govt.nz is available in Tahatū",
      "careers.govt.nz visitors are redirected to Tahatū and the old site is closed",
    ],
    milestones: [
      {
        title: "Content audit of careers.govt.nz completed",
        baselineDue: "2025-08-31",
        forecastDue: "2026-03-31",
        completedOn: "2026-03-19",
      },
      { title: "Redirects in place and careers.govt.nz closed", baselineDue: "2025-09-30", forecastDue: "2026-12-31" },
    ],
    story: [
      {
        period: "2025 Q3",
        stage: "not_started",
        confidence: "feasible",
        narrative: "This work waits for Tahatū's public release (action 2.3), now expected in late 2025.",
        forecastDue: "2026-06-30",
        explanation: "The old site cannot close until Tahatū is open to the public, which has moved to late 2025.",
        recoveryStep: "TEC will start the content audit as soon as the public release is live.",
      },
      {
        period: "2025 Q4",
        stage: "underway",
        confidence: "feasible",
        narrative: "The content audit of careers.govt.nz began after Tahatū's public release in November.",
        forecastDue: "2026-06-30",
        explanation: "The old site cannot close until Tahatū is open to the public, which moved to late 2025.",
        recoveryStep: "The audit is being done page by page, starting with the most visited content.",
      },
      {
        period: "2026 Q1",
        stage: "underway",
        confidence: "probable",
        narrative:
          "The audit is finished: most content already has a home in Tahatū, and a short list of tools still has to move.",
        forecastDue: "2026-06-30",
        explanation: "The old site cannot close until Tahatū is open to the public, which moved to late 2025.",
        recoveryStep: "The remaining tools are scheduled into the Tahatū release plan.",
        completesMilestones: [1],
      },
      {
        period: "2026 Q2",
        stage: "underway",
        confidence: "at_risk",
        narrative:
          "Closing careers.govt.nz in June would have left careers advisers without tools they use every week, so the closure has been put back.",
        forecastDue: "2026-12-31",
        explanation: RETIRE_SLIP,
        recoveryStep:
          "The tools are being rebuilt in Tahatū first, and careers.govt.nz stays open until they are live.",
      },
      {
        period: "2026 Q3",
        stage: "underway",
        confidence: "feasible",
        narrative: "Two of the three remaining tools are now in Tahatū. Redirects have been tested.",
        forecastDue: "2026-12-31",
        explanation: RETIRE_SLIP,
        recoveryStep: "The last tool is due in Tahatū in November, and the old site closes after that.",
      },
      {
        period: "2026 Q4",
        state: "submitted",
        stage: "underway",
        confidence: "probable",
        narrative:
          "The last tool moved into Tahatū in November. careers.govt.nz closes once the accessible content in action 8.2 is live.",
        internalNotes:
          "Web team still checking the redirect list; chase before the December release. Do not publish until TEC monitoring has confirmed the closing date.",
        forecastDue: "2027-03-31",
        explanation: RETIRE_SLIP,
        recoveryStep: "The old site closes in the first release after 8.2's accessible content is published.",
      },
    ],
    provenance: "illustrative",
  },
];
