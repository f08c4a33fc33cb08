import { uiText } from "@/i18n/ui-text";
import type { DashboardScope } from "@/lib/dal/dashboard/scope";

const select = "mt-1 block min-h-11 w-full max-w-full rounded border-2 border-slate-600 bg-white px-2 sm:w-auto";

/** A plain GET form: the filters go into the URL, so it works without JavaScript and can be shared. */
export async function DashboardFilterForm({
  scope,
  action = "/dashboard",
}: {
  scope: DashboardScope;
  action?: string;
}) {
  const { t, L } = await uiText("dashboard.filters");
  const agency = scope.agencies.find((a) => a.id === scope.agencyId);
  return (
    <form
      method="get"
      action={action}
      className="mt-6 flex flex-wrap items-end gap-x-6 gap-y-4 rounded bg-[var(--color-wash)] p-4"
    >
      <div className="w-full min-w-0 sm:w-auto">
        <label htmlFor="f-period" className="font-semibold">
          {L("period")}
        </label>
        <select id="f-period" name="period" defaultValue={scope.period.slug} className={select}>
          {[...scope.periods]
            .reverse()
            .filter((p) => p.phase !== "upcoming")
            .map((p) => (
              <option key={p.id} value={p.slug}>
                {t("periodOption", { label: p.label, phase: p.closedAt ? "closed" : p.phase })}
              </option>
            ))}
        </select>
      </div>
      <div className="w-full min-w-0 sm:w-auto">
        <label htmlFor="f-workstream" className="font-semibold">
          {L("workstream")}
        </label>
        <select id="f-workstream" name="workstream" defaultValue={scope.filters.workstream ?? ""} className={select}>
          <option value="">{t("allWorkstreams")}</option>
          {scope.workstreams.map((w) => (
            <option key={w.id} value={w.number}>
              {w.number}. {w.title}
            </option>
          ))}
        </select>
      </div>
      {scope.agencyLocked ? (
        <p className="max-w-xs">
          <span className="font-semibold">{L("agencyLockedLabel")}</span>{" "}
          {L("agencyLocked", { agency: agency?.name ?? "" })}
        </p>
      ) : (
        <div className="w-full min-w-0 sm:w-auto">
          <label htmlFor="f-agency" className="font-semibold">
            {L("agency")}
          </label>
          <select id="f-agency" name="agency" defaultValue={scope.filters.agency ?? ""} className={select}>
            <option value="">{t("allAgencies")}</option>
            {scope.agencies.map((a) => (
              <option key={a.id} value={a.slug}>
                {a.acronym}: {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        id="f-show"
        type="submit"
        className="min-h-11 rounded bg-[var(--color-brand)] px-4 font-semibold text-white"
      >
        {L("show")}
      </button>
    </form>
  );
}
