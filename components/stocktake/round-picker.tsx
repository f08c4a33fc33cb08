import { uiText } from "@/i18n/ui-text";
import type { CoverageRound } from "@/lib/dal/stocktake/coverage";

const FIELD = "mt-1 block min-h-11 w-full max-w-xl rounded border-2 border-slate-700 bg-white px-2 py-1.5";

/** Which round to look at, as a plain GET form (no JavaScript needed); shown when there is a choice. */
export async function RoundPicker({
  action,
  rounds,
  current,
}: {
  action: string;
  rounds: readonly CoverageRound[];
  current: CoverageRound;
}) {
  if (rounds.length < 2) return null;
  const { t, L } = await uiText("coverage.round");
  return (
    <form method="get" action={action} aria-label={t("label")} className="mt-6 flex flex-wrap items-end gap-3">
      <div className="w-full max-w-xl">
        <label htmlFor="round-pick" className="font-semibold">
          {L("label")}
        </label>
        <select id="round-pick" name="round" defaultValue={current.slug} className={FIELD}>
          {rounds.map((r) => (
            <option key={r.slug} value={r.slug}>
              {t(r.closed ? "closed" : "open", { title: r.title })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)]"
      >
        {L("submit")}
      </button>
    </form>
  );
}
