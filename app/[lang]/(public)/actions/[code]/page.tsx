import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionCurrentStatus } from "@/components/actions/action-current-status";
import { ActionDependencies } from "@/components/actions/action-dependencies";
import { ActionSchedule } from "@/components/actions/action-schedule";
import { CompletionCriteria } from "@/components/actions/completion-criteria";
import { UpdateTimeline } from "@/components/actions/update-timeline";
import { AgencyRef } from "@/components/plan/agency-ref";
import { PageIntro } from "@/components/plan/page-intro";
import { FollowSection } from "@/components/subscriptions/follow-section";
import { followAction } from "../../subscribe/actions";
import { ProvenanceNote } from "@/components/plan/provenance-note";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { changesOfAction, getPlanChanges } from "@/lib/dal/public-plan-changes";
import { PlanChangeList } from "@/components/plan-changes/change-list";
import { loadActionHistory } from "@/lib/dal/public-updates";
import { effectiveDue } from "@/lib/dependencies/dependency-graph";
import { formatDate } from "@/lib/format/dates";
import { actionRelations } from "@/lib/public/action-relations";
import { indexPlan } from "@/lib/public/plan-lookups";
import { uiText } from "@/components/plan/ui-text";
import { actionPreview, previewAlt, previewDescription, previewVersion } from "@/lib/seo/plan-previews";
import { englishPreviewText, pagePreviewText } from "@/lib/seo/preview-text";
import { pageMetadata } from "@/lib/seo/page-seo";
import { nzToday } from "@/lib/status/overdue";

/**
 * `page` is the history page, from `?history=N`: proxy.ts serves those addresses from
 * `history/[page]`, so this page never reads the query and is cached whole.
 */
type Props = { params: Promise<{ code: string; page?: string }> };

async function find(params: Props["params"]) {
  const { code } = await params;
  const plan = await getPublicPlan();
  const action = plan?.actions.find((a) => a.code === code);
  return plan && action ? { plan, action } : null;
}

async function load(params: Props["params"]) {
  const found = await find(params);
  if (!found) notFound();
  return found;
}

/** None at build time (there is no database then): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { plan, action } = found;
  const today = nzToday();
  const [{ t }, text, english] = await Promise.all([uiText("actions.detail"), pagePreviewText(), englishPreviewText()]);
  const preview = actionPreview(action, plan, text, today);
  const image = actionPreview(action, plan, english, today);
  return pageMetadata({
    title: `${t("action", { code: action.code })}: ${action.title}`,
    description: previewDescription(preview),
    path: `/actions/${action.code}`,
    image: { path: `/og/actions/${action.code}?v=${previewVersion(image)}`, alt: previewAlt(image) },
  });
}

export default async function ActionPage({ params }: Props) {
  const { page: history } = await params;
  const { plan, action: a } = await load(params);
  const [{ L }, shown, versions, changesText] = await Promise.all([
    uiText("actions.detail"),
    loadActionHistory(a.code, history),
    getPlanChanges(),
    uiText("plan.changes"),
  ]);
  const planChanges = changesOfAction(versions, a.code);
  const ending = [...planChanges]
    .reverse()
    .find((c) => c.entity === "action" && ["stop", "merge", "split"].includes(c.kind));
  const index = indexPlan(plan);
  const workstream = index.workstream(a.workstream);
  const lead = index.agency(a.leadAgency);
  const relations = actionRelations(a, plan.actions);

  return (
    <>
      <p className="mb-4">
        <Link href="/actions" className="inline-block min-h-6">
          {L("all")}
        </Link>
      </p>
      <PageIntro eyebrow={L("action", { code: a.code })} title={a.title} titleMi={a.titleMi} />
      {a.planState !== "active" && (
        <div role="note" className="mt-4 max-w-3xl border-l-4 border-amber-700 bg-amber-50 px-4 py-3">
          <p className="font-semibold">
            {a.planState === "superseded"
              ? changesText.L("actionSuperseded", { codes: a.supersededBy.join(", "), version: ending?.version ?? "" })
              : changesText.L("actionNotProceeding", { version: ending?.version ?? "" })}
          </p>
          {ending && (
            <p className="mt-1">
              {changesText.L("reason")}: {ending.reason}
            </p>
          )}
        </div>
      )}
      <p className="mt-4 max-w-3xl text-lg">{a.description}</p>
      {a.foundational && (
        <p className="mt-3 max-w-3xl">
          <span className="inline-block rounded border-2 border-slate-700 px-2 py-0.5 text-sm font-semibold">
            {L("foundational")}
          </span>{" "}
          {L("foundationalHint")}
        </p>
      )}

      <dl className="mt-6 grid max-w-4xl gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{L("code")}</dt>
        <dd className="tabular-nums">{a.code}</dd>
        <dt className="font-semibold">{L("workstream")}</dt>
        <dd>
          <Link href={`/workstreams/${a.workstream}`} className="inline-block min-h-6">
            {a.workstream}. <span>{workstream?.title}</span>
          </Link>
        </dd>
        <dt className="font-semibold">{L("recommendations")}</dt>
        <dd>
          <ul className="space-y-1">
            {a.recommendations.map((n) => {
              const r = plan.recommendations.find((x) => x.number === n);
              return (
                <li key={n}>
                  <Link href={`/recommendations/${n}`} className="inline-block min-h-6">
                    {L("recommendation", { number: n })}
                    {r && (
                      <>
                        : <span>{r.title}</span>
                      </>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </dd>
        <dt className="font-semibold">{L("lead")}</dt>
        <dd>{lead ? <AgencyRef agency={lead} /> : a.leadAgency}</dd>
        <dt className="font-semibold">{L("contributors")}</dt>
        <dd>
          {a.contributingAgencies.length === 0 ? (
            L("noContributors")
          ) : (
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {a.contributingAgencies.map((slug) => {
                const agency = index.agency(slug);
                return <li key={slug}>{agency ? <AgencyRef agency={agency} /> : slug}</li>;
              })}
            </ul>
          )}
        </dd>
      </dl>

      <ActionCurrentStatus action={a} />
      <ActionSchedule action={a} />
      <CompletionCriteria criteria={a.criteria} />
      <ActionDependencies relations={relations} baselineStart={a.baselineStart} effectiveDue={effectiveDue(a)} />
      <UpdateTimeline
        updates={shown.updates}
        total={shown.total}
        milestones={a.milestones}
        index={index}
        page={shown.page}
        pageHref={(n) => `/actions/${a.code}${n > 1 ? `?history=${n}` : ""}#history-heading`}
      />

      {planChanges.length > 0 && (
        <section aria-labelledby="plan-changes-heading" className="mt-10">
          <h2 id="plan-changes-heading" className="text-2xl font-bold">
            {changesText.L("actionHistory")}
          </h2>
          <PlanChangeList changes={planChanges} />
          <p className="mt-3">
            <Link href="/changes" className="inline-block min-h-6">
              {changesText.L("allChanges")}
            </Link>
          </p>
        </section>
      )}

      <FollowSection action={followAction} followed={{ scope: "action", code: a.code }} title={a.title} />

      <section aria-labelledby="about-heading" className="mt-10">
        <h2 id="about-heading" className="text-2xl font-bold">
          {L("aboutHeading")}
        </h2>
        <ProvenanceNote provenance={a.provenance} sourceUrl={a.sourceUrl} />
        <p className="mt-2 text-sm text-[var(--color-muted)]">
          {L("asAt", { date: formatDate(plan.plan.asAt.slice(0, 10)) })}
        </p>
      </section>
    </>
  );
}
