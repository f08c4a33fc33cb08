import type { SeedPlan } from "../types";
import { SOURCES } from "./sources";

export const plan: SeedPlan = {
  slug: "ncss-action-plan",
  title: "National Careers System Strategy Action Plan",
  titleMi: "Te Mahere Mahi o Te Rautaki Pūnaha Aramahi ā-Motu",
  strategyTitle: "National Careers System Strategy",
  strategyTitleMi: "Te Rautaki Pūnaha Aramahi ā-Motu",
  // The Action Plan FAQ is dated 27 September 2023; the Minister approved the plan that month.
  approvedOn: "2023-09-27",
  approvedBy: "Minister of Education",
  startsOn: "2023-10-01",
  endsOn: "2025-09-30",
  provenance: "confirmed",
  sourceUrl: SOURCES.actionPlanPage,
};
