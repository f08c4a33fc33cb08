import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { PRIMARY_LINK } from "@/components/admin/buttons";
import { DoneBanner } from "@/components/admin/done-banner";
import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { getPlanOverview, type ActionEntry } from "@/lib/dal/plan-admin";
import { itemPath } from "@/lib/plan-changes/paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.plan");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanAdminPage({ searchParams }: Props) {
  const overview = await orRefuse(getPlanOverview(await getActor()));
  const { done } = await searchParams;
  const { t, L } = await uiText("admin.plan");
  const state = (a: ActionEntry) =>
    a.planState === "superseded"
      ? t("supersededBy", { codes: a.supersededBy.join(", ") })
      : a.planState === "not_proceeding"
        ? t("notProceeding")
        : null;
  const list = (entity: "focus_area" | "recommendation", items: { key: string; title: string }[]) => (
    <section className="mt-8" aria-labelledby={`${entity}-heading`}>
      <h2 id={`${entity}-heading`} className="text-2xl font-bold">
        {L(`headings.${entity}`)}
      </h2>
      <ul className="mt-3 space-y-1">
        {items.map((i) => (
          <li key={i.key}>
            <Link href={itemPath(entity, i.key)} className="inline-block min-h-6 py-0.5">
              {i.key}. {i.title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link href={itemPath(entity, "new")} className="inline-block min-h-6">
          {L(`add.${entity}`)}
        </Link>
      </p>
    </section>
  );

  return (
    <>
      <AdminPageHead namespace="admin.plan" />
      <DoneBanner namespace="admin.plan.done" keys={["approved"]} done={done} />
      <div className="mt-6 rounded border-2 border-slate-300 p-4">
        <p className="font-semibold">
          {overview.draft
            ? L("draftOpen", { version: overview.draft.version, count: overview.draft.changes })
            : L("draftNone")}
        </p>
        {overview.draft && (
          <p className="mt-3">
            <Link href="/admin/plan/draft" className={PRIMARY_LINK}>
              {L("reviewDraft")}
            </Link>
          </p>
        )}
      </div>
      {list("focus_area", overview.focusAreas)}
      {list("recommendation", overview.recommendations)}
      <section className="mt-8" aria-labelledby="workstream-heading">
        <h2 id="workstream-heading" className="text-2xl font-bold">
          {L("headings.workstream")}
        </h2>
        {overview.workstreams.map((w) => (
          <div key={w.key} className="mt-5">
            <h3 className="text-xl font-bold">
              <Link href={itemPath("workstream", w.key)} className="inline-block min-h-6">
                {w.key}. {w.title}
              </Link>
            </h3>
            <ul className="mt-2 space-y-1">
              {w.actions.map((a) => (
                <li key={a.key}>
                  <Link href={itemPath("action", a.key)} className="inline-block min-h-6 py-0.5">
                    {a.key} {a.title}
                  </Link>
                  {state(a) && (
                    <span className="ml-2 text-sm font-semibold text-[var(--color-muted)]">({state(a)})</span>
                  )}
                </li>
              ))}
            </ul>
            <p className="mt-2">
              <Link href={`${itemPath("action", "new")}?under=${w.key}`} className="inline-block min-h-6">
                {L("add.action", { number: w.key })}
              </Link>
            </p>
          </div>
        ))}
        <p className="mt-5">
          <Link href={itemPath("workstream", "new")} className="inline-block min-h-6">
            {L("add.workstream")}
          </Link>
        </p>
      </section>
    </>
  );
}
