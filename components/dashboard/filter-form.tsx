import type { DashboardScope } from "@/lib/dal/dashboard/scope";

const select = "mt-1 block min-h-11 w-full max-w-full rounded border-2 border-slate-600 bg-white px-2";

/** A plain GET form: the filters go into the URL, so it works without JavaScript and can be shared. */
export function DashboardFilterForm({ scope, action = "/dashboard" }: { scope: DashboardScope; action?: string }) {
  const agency = scope.agencies.find((a) => a.id === scope.agencyId);
  return (
    <form
      method="get"
      action={action}
      className="mt-6 flex flex-wrap items-end gap-x-6 gap-y-4 rounded bg-[var(--color-wash)] p-4"
    >
      <div className="min-w-0 max-w-full">
        <label htmlFor="f-period" className="font-semibold">
          Reporting period
        </label>
        <select id="f-period" name="period" defaultValue={scope.period.slug} className={select}>
          {[...scope.periods]
            .reverse()
            .filter((p) => p.phase !== "upcoming")
            .map((p) => (
              <option key={p.id} value={p.slug}>
                {p.label} ({p.closedAt ? "closed" : p.phase})
              </option>
            ))}
        </select>
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="f-workstream" className="font-semibold">
          Workstream
        </label>
        <select id="f-workstream" name="workstream" defaultValue={scope.filters.workstream ?? ""} className={select}>
          <option value="">All workstreams</option>
          {scope.workstreams.map((w) => (
            <option key={w.id} value={w.number}>
              {w.number}. {w.title}
            </option>
          ))}
        </select>
      </div>
      {scope.agencyLocked ? (
        <p className="max-w-xs">
          <span className="font-semibold">Agency:</span> {agency?.name} (your agency&apos;s actions, led or contributed
          to)
        </p>
      ) : (
        <div className="min-w-0 max-w-full">
          <label htmlFor="f-agency" className="font-semibold">
            Agency (lead or contributor)
          </label>
          <select id="f-agency" name="agency" defaultValue={scope.filters.agency ?? ""} className={select}>
            <option value="">All agencies</option>
            {scope.agencies.map((a) => (
              <option key={a.id} value={a.slug}>
                {a.acronym}: {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="min-h-11 rounded bg-[var(--color-brand)] px-4 font-semibold text-white">
        Show
      </button>
    </form>
  );
}
