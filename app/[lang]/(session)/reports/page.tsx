import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { connection } from "next/server";
import { PageHeading } from "@/components/timeline/page-heading";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { listClosedPeriods, reportVersionFor } from "@/lib/dal/reports";
import { formatDate } from "@/lib/format/dates";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const meta = await getTranslations("pages.meta");
  return pageMetadata({ title: meta("reportsTitle"), description: meta("reports"), path: "/reports" });
}

export default async function ReportsPage() {
  await connection();
  const [periods, actor, { t, L }] = await Promise.all([listClosedPeriods(), getActor(), uiText("reports")]);
  const staff = reportVersionFor(actor) === "staff";
  return (
    <>
      <PageHeading en={t("heading.en")} mi={t("heading.mi")} />
      <p className="mt-4 max-w-3xl text-lg">
        {L("intro")} {L(staff ? "introStaff" : "introPublic")}
      </p>
      {periods.length === 0 ? (
        <p className="mt-6">{L("noneClosed")}</p>
      ) : (
        <ul className="mt-6 space-y-2">
          {periods.map((p) => (
            <li key={p.slug}>
              <Link href={`/reports/${p.slug}`} className="inline-block min-h-6 py-0.5 text-lg font-semibold">
                {p.label}
              </Link>{" "}
              <span className="text-[var(--color-muted)]">
                {L("periodDates", { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
