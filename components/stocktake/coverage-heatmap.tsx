import { useLocale } from "next-intl";
import PlainLink from "@/components/link";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { localizedHref } from "@/i18n/routing";
import { uiText } from "@/i18n/ui-text";
import type { CoverageCell } from "@/lib/stocktake/coverage";
import type { CoverageView } from "./coverage-types";

type Text = Awaited<ReturnType<typeof uiText>>;

/** How dark a cell is: a gap is hatched, an overlap darkest, the counts between in two steps. */
function shade(cell: CoverageCell<string>, threshold: number): string {
  if (cell.mark === "gap") return "heat-gap";
  if (cell.mark === "overlap") return "heat-overlap";
  return cell.total * 2 >= threshold ? "heat-mid" : "heat-low";
}

/** The sentence a screen reader hears for a cell: what it is, how many, each way, and its marking. */
export function cellName<W extends string>(t: Text["t"], view: CoverageView<W>, cell: CoverageCell<W>): string {
  const [first, second] = view.matrix.ways;
  return t("cellName", {
    row: view.rows.find((r) => r.key === cell.row)?.label ?? cell.row,
    column: view.columns.find((c) => c.key === cell.column)?.label ?? cell.column,
    total: cell.total,
    first: cell.byWay[first!].length,
    firstLabel: t(`waysShort.${first}`),
    second: cell.byWay[second!].length,
    secondLabel: t(`waysShort.${second}`),
    mark: cell.mark ?? "none",
  });
}

function HeatCell<W extends string>({ view, cell, t }: { view: CoverageView<W>; cell: CoverageCell<W>; t: Text["t"] }) {
  const locale = useLocale();
  const [first, second] = view.matrix.ways;
  const body = (
    <>
      <span className="heat-total" aria-hidden="true">
        {cell.total}
      </span>
      {cell.total > 0 && (
        <span className="heat-ways" aria-hidden="true">
          {cell.byWay[first!].length} + {cell.byWay[second!].length}
        </span>
      )}
      {cell.mark && (
        <span className="heat-mark" aria-hidden="true">
          {t(cell.mark)}
        </span>
      )}
      <span className="sr-only">{cellName(t, view, cell)}</span>
    </>
  );
  const className = `heat-cell ${shade(cell, view.matrix.threshold)}`;
  return (
    <td>
      {cell.total === 0 ? (
        <span className={className}>{body}</span>
      ) : (
        <PlainLink href={localizedHref(view.href(cell), locale)} className={className}>
          {body}
        </PlainLink>
      )}
    </td>
  );
}

/**
 * A coverage matrix as a heatmap: a grid of squares, darker with more initiatives. Colour is never
 * the only cue: each square says its count, a gap is hatched and says "gap", an overlap has a double
 * border and says "overlap", and each square with initiatives opens them.
 */
export async function CoverageHeatmap<W extends string>({ view }: { view: CoverageView<W> }) {
  const { t, L } = await uiText("coverage");
  const { matrix } = view;
  const [first, second] = matrix.ways;
  const caption = t("heatmap", { caption: view.caption });
  return (
    <figure className="mt-4">
      <figcaption className="max-w-3xl">
        <p className="font-semibold">{L("legendHeading")}</p>
        <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
          <li>{L("legendCell", { first: t(`waysShort.${first}`), second: t(`waysShort.${second}`) })}</li>
          <li className="flex items-center gap-2">
            <span className="heat-swatch heat-gap" aria-hidden="true" />
            {L("legendGap")}
          </li>
          <li className="flex items-center gap-2">
            <span className="heat-swatch heat-overlap" aria-hidden="true" />
            {L("legendOverlap", { threshold: matrix.threshold })}
          </li>
          <li>{L("legendOpen")}</li>
        </ul>
      </figcaption>
      <ScrollRegion label={caption} className="mt-3">
        <table className="heatmap">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{view.rowHeader}</th>
              {view.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.short ?? c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r, i) => (
              <tr key={r.key}>
                <th scope="row">{r.short ?? r.label}</th>
                {matrix.cells[i]!.map((cell) => (
                  <HeatCell key={cell.column} view={view} cell={cell} t={t} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}
