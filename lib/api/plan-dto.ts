/** GET /api/v1/plan: the structure of the plan and every action's current published status. */
import type { PublicPlan } from "@/lib/public/types";
import { toActionSummary } from "./action-dto";
import type { ApiPlan } from "./openapi/schemas";

export function toApiPlan(p: PublicPlan): ApiPlan {
  const agencyName = new Map(p.agencies.map((a) => [a.slug, a.name]));
  return {
    plan: { title: p.plan.title, titleMi: p.plan.titleMi, version: p.plan.version, asAt: p.plan.asAt },
    focusAreas: p.focusAreas.map((f) => ({
      number: f.number,
      title: f.title,
      titleMi: f.titleMi,
      description: f.description,
      provenance: f.provenance,
    })),
    recommendations: p.recommendations.map((r) => ({
      number: r.number,
      title: r.title,
      focusArea: r.focusArea,
      workstreams: r.workstreams,
      provenance: r.provenance,
    })),
    workstreams: p.workstreams.map((w) => ({
      number: w.number,
      title: w.title,
      leadAgency: { slug: w.leadAgency, name: agencyName.get(w.leadAgency) ?? w.leadAgency },
      recommendations: w.recommendations,
      provenance: w.provenance,
    })),
    actions: p.actions.map((a) => toActionSummary(a)),
  };
}
