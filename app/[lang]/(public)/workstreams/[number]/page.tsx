import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AgencyRef } from "@/components/plan/agency-ref";
import { PageIntro } from "@/components/plan/page-intro";
import { FollowSection } from "@/components/subscriptions/follow-section";
import { followAction } from "../../subscribe/actions";
import { ProvenanceNote } from "@/components/plan/provenance-note";
import { ActionsWithStatus } from "@/components/plan/actions-with-status";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { actionsOfWorkstream, indexPlan, parseNumberParam } from "@/lib/public/plan-lookups";
import { uiText } from "@/components/plan/ui-text";
import { previewAlt, previewDescription, previewVersion, workstreamPreview } from "@/lib/seo/plan-previews";
import { englishPreviewText, pagePreviewText } from "@/lib/seo/preview-text";
import { pageMetadata } from "@/lib/seo/page-seo";
import { nzToday } from "@/lib/status/overdue";

type Props = { params: Promise<{ number: string }> };

async function load(params: Props["params"]) {
  const n = parseNumberParam((await params).number);
  const plan = await getPublicPlan();
  const workstream = n === null ? undefined : plan?.workstreams.find((w) => w.number === n);
  if (!plan || !workstream) notFound();
  return { plan, workstream };
}

/** None at build time (there is no database then): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { plan, workstream } = await load(params);
  const today = nzToday();
  const [{ t }, text, english] = await Promise.all([
    uiText("plan.workstreams"),
    pagePreviewText(),
    englishPreviewText(),
  ]);
  const preview = workstreamPreview(workstream, plan, text, today);
  const image = workstreamPreview(workstream, plan, english, today);
  return pageMetadata({
    title: `${t("workstream", { number: workstream.number })}: ${workstream.title}`,
    description: previewDescription(preview),
    path: `/workstreams/${workstream.number}`,
    image: { path: `/og/workstreams/${workstream.number}?v=${previewVersion(image)}`, alt: previewAlt(image) },
    feed: `/workstreams/${workstream.number}/feed.xml`,
  });
}

export default async function WorkstreamPage({ params }: Props) {
  const { plan, workstream: w } = await load(params);
  const { t, L } = await uiText("plan.workstreams");
  const index = indexPlan(plan);
  const lead = index.agency(w.leadAgency);
  const actions = actionsOfWorkstream(plan.actions, w.number);
  const feed = `/workstreams/${w.number}/feed.xml`;

  return (
    <>
      <p className="mb-4">
        <Link href="/workstreams" className="inline-block min-h-6">
          {L("all")}
        </Link>
      </p>
      <PageIntro eyebrow={L("workstream", { number: w.number })} title={w.title} titleMi={w.titleMi} />
      <p className="mt-4 max-w-3xl text-lg">{w.description}</p>
      <ProvenanceNote provenance={w.provenance} sourceUrl={w.sourceUrl} />
      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{L("lead")}</dt>
        <dd>{lead ? <AgencyRef agency={lead} /> : w.leadAgency}</dd>
        <dt className="font-semibold">{L("recommendations")}</dt>
        <dd>
          <ul className="space-y-1">
            {w.recommendations.map((n) => {
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
        <dt className="font-semibold">{L("subscribe")}</dt>
        <dd>
          <a href={feed} className="inline-block min-h-6">
            {L("feed", { number: w.number })}
          </a>
        </dd>
      </dl>

      <ActionsWithStatus
        actions={actions}
        index={index}
        caption={t("actionsCaption", { number: w.number })}
        labels={{ howItIsGoing: L("howItIsGoing"), actions: L("actions"), noActions: L("noActions") }}
        showWorkstream={false}
      />

      <FollowSection action={followAction} followed={{ scope: "workstream", number: w.number }} title={w.title} />
    </>
  );
}
