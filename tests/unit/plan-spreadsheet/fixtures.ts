import { emptySheets, type AgencyRef, type PlanSheets } from "@/lib/plan-spreadsheet";

export const AGENCIES: AgencyRef[] = [
  { slug: "tec", acronym: "TEC", retired: false },
  { slug: "moe", acronym: "MoE", retired: false },
  { slug: "old", acronym: "OLD", retired: true },
];

/** A small plan in canonical text: one focus area, recommendation, workstream and two actions. */
export function smallPlan(): PlanSheets {
  const sheets = emptySheets();
  sheets.focus_areas.push({ number: "1", title: "Focus", title_mi: "", description: "About focus." });
  sheets.recommendations.push({ number: "1", focus_area: "1", title: "Rec", title_mi: "", description: "R." });
  sheets.workstreams.push({
    number: "1",
    title: "Workstream",
    title_mi: "Rōpū mahi",
    description: "W.",
    lead_agency: "tec",
    recommendations: "1",
  });
  for (const code of ["1.1", "1.2"])
    sheets.actions.push({
      code,
      title: `Action ${code}`,
      title_mi: "",
      description: "=SUM(A1) is text, not a formula",
      workstream: "1",
      recommendations: "",
      lead_agency: "tec",
      contributing_agencies: "moe",
      foundational: "no",
      baseline_start: "2024-01-01",
      baseline_due: "2025-06-30",
    });
  sheets.milestones.push({
    action: "1.1",
    position: "1",
    title: "First",
    title_mi: "",
    baseline_due: "2024-06-30",
    weight: "1",
  });
  sheets.completion_criteria.push({ action: "1.1", position: "1", description: "-Done when done" });
  sheets.dependencies.push({ action: "1.2", predecessor: "1.1" });
  return sheets;
}
