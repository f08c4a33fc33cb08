import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionTable } from "@/components/actions/action-table";
import { PageIntro } from "@/components/plan/page-intro";
import { RollUpSummary } from "@/components/plan/roll-up-summary";
import { getPublicPlan } from "@/lib/dal/public-plan";
import { agencyInvolvement, indexPlan } from "@/lib/public/plan-lookups";
import { rollUpActions } from "@/lib/public/roll-up-actions";
import { uiText } from "@/components/plan/ui-text";
import { getTranslations } from "next-intl/server";
import { mixChips } from "@/lib/seo/plan-previews";
import { pageMetadata } from "@/lib/seo/page-seo";
import { nzToday } from "@/lib/status/overdue";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const plan = await getPublicPlan();
  const agency = plan?.agencies.find((a) => a.slug === slug);
  if (!plan || !agency) notFound();
  return { plan, agency };
}

/** None at build time (there is no database then): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { plan, agency } = await load(params);
  const [{ t }, meta, status] = await Promise.all([
    uiText("plan.agencies"),
    getTranslations("pages.meta"),
    getTranslations("status"),
  ]);
  const { workstreamsLed, actionsLed, actionsContributing } = agencyInvolvement(plan, agency);
  const summary = t("summary", {
    workstreams: workstreamsLed.length,
    led: actionsLed.length,
    contributing: actionsContributing.length,
  });
  const mix = mixChips(actionsLed, (key, values) => status(key as never, values as never), nzToday());
  const going = mix.length > 0 ? ` ${t("howItIsGoing")}: ${mix.map((c) => c.label).join(", ")}.` : "";
  return pageMetadata({
    title: `${agency.name} (${agency.acronym})`,
    description: `${meta("agency", { name: agency.name, acronym: agency.acronym })} ${summary}${going}`,
    path: `/agencies/${agency.slug}`,
  });
}

export default async function AgencyPage({ params }: Props) {
  const { plan, agency } = await load(params);
  const { t, L } = await uiText("plan.agencies");
  const index = indexPlan(plan);
  const { workstreamsLed, actionsLed, actionsContributing } = agencyInvolvement(plan, agency);

  return (
    <>
      <p className="mb-4">
        <Link href="/agencies" className="inline-block min-h-6">
          {L("all")}
        </Link>
      </p>
      <PageIntro
        eyebrow={agency.acronym}
        title={agency.name}
        titleMi={agency.nameMi !== agency.name ? agency.nameMi : null}
      >
        <p>
          {L("summary", {
            workstreams: workstreamsLed.length,
            led: actionsLed.length,
            contributing: actionsContributing.length,
          })}
        </p>
        {agency.websiteUrl && (
          <p className="mt-2">
            <a href={agency.websiteUrl} className="inline-block min-h-6">
              {L("website", { acronym: agency.acronym })}
            </a>
          </p>
        )}
      </PageIntro>

      <section aria-labelledby="status-heading" className="mt-10">
        <h2 id="status-heading" className="text-2xl font-bold">
          {L("howItIsGoing")}
        </h2>
        <p className="mt-2 max-w-3xl">{L("howItIsGoingHint")}</p>
        <div className="mt-4">
          {actionsLed.length === 0 ? <p>{L("leadsNone")}</p> : <RollUpSummary rollUp={rollUpActions(actionsLed)} />}
        </div>
      </section>

      <section aria-labelledby="workstreams-heading" className="mt-10">
        <h2 id="workstreams-heading" className="text-2xl font-bold">
          {L("workstreamsLedHeading")}
        </h2>
        {workstreamsLed.length === 0 ? (
          <p className="mt-2">{L("leadsNoWorkstreams")}</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {workstreamsLed.map((w) => (
              <li key={w.number}>
                <Link href={`/workstreams/${w.number}`} className="inline-block min-h-6 font-semibold">
                  {L("workstream", { number: w.number })}: <span>{w.title}</span>
                </Link>
                {w.titleMi && (
                  <span lang="mi" className="block text-[var(--color-muted)]">
                    {w.titleMi}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="led-heading" className="mt-10">
        <h2 id="led-heading" className="text-2xl font-bold">
          {L("actionsLedHeading")}
        </h2>
        {actionsLed.length === 0 ? (
          <p className="mt-2">{L("leadsNone")}</p>
        ) : (
          <ActionTable
            actions={actionsLed}
            index={index}
            showLead={false}
            caption={t("actionsLedCaption", { acronym: agency.acronym })}
          />
        )}
      </section>

      <section aria-labelledby="contributing-heading" className="mt-10">
        <h2 id="contributing-heading" className="text-2xl font-bold">
          {L("actionsContributingHeading")}
        </h2>
        {actionsContributing.length === 0 ? (
          <p className="mt-2">{L("contributesNone")}</p>
        ) : (
          <>
            <p className="mt-2 max-w-3xl">{L("contributingHint")}</p>
            <ActionTable
              actions={actionsContributing}
              index={index}
              caption={t("actionsContributingCaption", { acronym: agency.acronym })}
            />
          </>
        )}
      </section>
    </>
  );
}
