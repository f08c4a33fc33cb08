import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/plan/scroll-region";

/** A problem of an uploaded file; one of the whole file has no row (null or 0) and no sheet. */
export type FileProblem = { sheet: string; row: number | null; column: string | null; message: string };

const CELL = "py-2 pr-4 align-top";

/**
 * The problems of an uploaded spreadsheet, each placed by sheet, row and column, in a table that
 * scrolls sideways on a narrow screen. The messages are written in English (`messageLang`).
 */
export function FileProblemsTable(props: {
  captionId: string;
  caption: ReactNode;
  labels: { sheet: ReactNode; row: ReactNode; column: ReactNode; problem: ReactNode; wholeFile: ReactNode };
  problems: FileProblem[];
  messageLang?: "en";
}) {
  const { captionId, caption, labels, problems, messageLang } = props;
  return (
    <ScrollRegion labelledBy={captionId} className="mt-4">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {[labels.sheet, labels.row, labels.column, labels.problem].map((label, i) => (
              <th key={i} scope="col" className={CELL}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className="border-b border-slate-300">
              {p.sheet === "" && !p.row ? (
                <td colSpan={3} className={CELL}>
                  {labels.wholeFile}
                </td>
              ) : (
                <>
                  <td className={CELL}>{p.sheet}</td>
                  <td className={CELL}>{p.row || "–"}</td>
                  <td className={`${CELL} whitespace-nowrap`}>{p.column || "–"}</td>
                </>
              )}
              <td className={CELL} lang={messageLang}>
                {p.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
