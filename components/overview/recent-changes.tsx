import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { changesSincePreviousPeriod, type StatusAt } from "@/lib/public/changes-since";
import type { PublicPlan } from "@/lib/public/types";

async function Status({ status }: { status: NonNullable<StatusAt> }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <StatusBadge status={status.stage} />
      {status.confidence && <StatusBadge status={status.confidence} />}
    </span>
  );
}

export async function RecentChanges({ plan }: { plan: PublicPlan }) {
  const t = await getTranslations("overview");
  const { latestClosedPeriod: latest, previousClosedPeriod: previous } = plan;
  const changes = changesSincePreviousPeriod(plan);
  return (
    <section aria-labelledby="changes-heading" className="mt-10">
      <h2 id="changes-heading" className="text-2xl font-bold">
        {t("changes", { period: previous ?? "the previous period" })}
      </h2>
      {!latest || !previous ? (
        <p className="mt-2">{t("changesNotYet")}</p>
      ) : changes.length === 0 ? (
        <p className="mt-2">{t("changesNone", { previous, latest })}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-300 border-y border-slate-300">
          {changes.map((c) => (
            <li key={c.code} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
              <Link href={`/actions/${c.code}`} className="font-semibold">
                {c.code} {c.title}
              </Link>
              {c.from ? (
                <span className="inline-flex flex-wrap items-center gap-2 text-[0.95rem]">
                  {t("was")} <Status status={c.from} /> {t("now")} <Status status={c.to} />
                </span>
              ) : (
                <span className="inline-flex flex-wrap items-center gap-2 text-[0.95rem]">
                  {t("firstReport")}: <Status status={c.to} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
