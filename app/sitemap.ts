import type { MetadataRoute } from "next";
import { loadPublicPlan } from "@/lib/dal/public-plan";
import { listClosedPeriods } from "@/lib/dal/reports";
import { env } from "@/lib/env";
import { languageAlternates } from "@/lib/seo/page-metadata";

export const dynamic = "force-dynamic";

const STATIC_PAGES = [
  "/",
  "/recommendations",
  "/workstreams",
  "/actions",
  "/agencies",
  "/foundational",
  "/status-changes",
  "/timeline",
  "/indicators",
  "/data",
  "/status",
  "/accessibility",
  "/subscribe",
  "/reports",
  "/stocktake/initiatives",
];

/**
 * Every public page, on the configured public address, with its te reo Māori address beside it:
 * the plan's pages with the date of their last publication, and each closed period's report.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = env().publicUrl;
  const [plan, periods] = await Promise.all([loadPublicPlan(), listClosedPeriods()]);
  const entry = (path: string, lastModified?: string | null): MetadataRoute.Sitemap[number] => ({
    url: `${origin}${path}`,
    ...(lastModified && { lastModified }),
    alternates: { languages: languageAlternates(origin, path) },
  });
  if (!plan) return STATIC_PAGES.map((p) => entry(p));
  const lastOf = (dates: (string | null | undefined)[]) =>
    dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
  const actionLast = new Map(plan.actions.map((a) => [a.code, a.status.publishedAt]));
  const planLast = lastOf([...actionLast.values()]);
  return [
    ...STATIC_PAGES.map((p) => entry(p, p === "/reports" ? periods[0]?.closedAt : planLast)),
    ...plan.recommendations.map((r) =>
      entry(
        `/recommendations/${r.number}`,
        lastOf(plan.actions.filter((a) => a.recommendations.includes(r.number)).map((a) => actionLast.get(a.code))),
      ),
    ),
    ...plan.workstreams.map((w) =>
      entry(
        `/workstreams/${w.number}`,
        lastOf(plan.actions.filter((a) => a.workstream === w.number).map((a) => actionLast.get(a.code))),
      ),
    ),
    ...plan.actions.map((a) => entry(`/actions/${a.code}`, actionLast.get(a.code))),
    ...plan.agencies.map((g) =>
      entry(
        `/agencies/${g.slug}`,
        lastOf(
          plan.actions
            .filter((a) => a.leadAgency === g.slug || a.contributingAgencies.includes(g.slug))
            .map((a) => actionLast.get(a.code)),
        ),
      ),
    ),
    ...periods.map((p) => entry(`/reports/${p.slug}`, p.closedAt)),
  ];
}
