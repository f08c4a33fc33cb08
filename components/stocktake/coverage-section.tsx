import { uiText } from "@/i18n/ui-text";
import { CoverageHeatmap } from "./coverage-heatmap";
import { CoverageTable } from "./coverage-table";
import type { CoverageView } from "./coverage-types";

/** One coverage matrix: its heading, how many gaps and overlaps, the heatmap and its table. */
export async function CoverageSection<W extends string>({
  view,
  headingLevel = 2,
}: {
  view: CoverageView<W>;
  headingLevel?: 2 | 3;
}) {
  const { L } = await uiText("coverage");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { matrix } = view;
  return (
    <section aria-labelledby={`${view.id}-heading`} className="mt-10 border-t-2 border-slate-200 pt-6">
      <Heading id={`${view.id}-heading`} className="text-2xl font-bold">
        {view.caption}
      </Heading>
      <p className="mt-2">
        {L("summary", {
          gaps: matrix.gaps,
          overlaps: matrix.overlaps,
          cells: matrix.rows.length * matrix.columns.length,
        })}
      </p>
      <CoverageHeatmap view={view} />
      <CoverageTable view={view} />
    </section>
  );
}
