import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import type { StatusChange, StatusAt } from "@/lib/public/changes-since";

async function Status({ status }: { status: NonNullable<StatusAt> }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <StatusBadge status={status.stage} />
      {status.confidence && <StatusBadge status={status.confidence} />}
    </span>
  );
}

/** Status changes as a list, one row each: the action, what it was and what it is now. */
export async function StatusChangeList({ changes }: { changes: readonly StatusChange[] }) {
  const t = await getTranslations("overview");
  return (
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
  );
}
