import { FileProblemsTable } from "@/components/admin/file-problems-table";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import type { PlanImportView } from "@/lib/dal/plan-spreadsheet";
import type { SheetDiff } from "@/lib/plan-spreadsheet/diff";

/** Rows listed per sheet and kind; the count says how many more there are. */
const SHOWN = 200;

const CELL = "py-2 pr-4 align-top";

/** Every problem, placed by sheet, row and column (the messages are in English). */
export async function ImportProblems({ preview }: { preview: PlanImportView }) {
  const { L } = await uiText("admin.planImport.preview");
  return (
    <section aria-labelledby="problems-heading" className="mt-8">
      <h2 id="problems-heading" className="text-2xl font-bold text-red-800">
        {L("problemsHeading", { count: preview.problemTotal })}
      </h2>
      <p className="mt-2 max-w-3xl">{L("problemsIntro")}</p>
      {preview.problemTotal > preview.problems.length && (
        <p className="mt-2">{L("problemsShown", { shown: preview.problems.length })}</p>
      )}
      <FileProblemsTable
        captionId="problems-caption"
        caption={L("problemsCaption")}
        labels={{
          sheet: L("sheet"),
          row: L("row"),
          column: L("column"),
          problem: L("problem"),
          wholeFile: L("wholeFile"),
        }}
        problems={preview.problems.map((p) => ({ ...p, row: p.row ?? null, column: p.column ?? null }))}
        messageLang="en"
      />
    </section>
  );
}

/** The count of each kind of row per sheet. */
export async function ImportSummary({ diff }: { diff: SheetDiff[] }) {
  const { L } = await uiText("admin.planImport.preview");
  return (
    <>
      {/* The heading stays outside the sideways-scrolling table, so a phone shows it whole. */}
      <h2 id="summary-caption" className="mt-6 text-2xl font-bold">
        {L("summaryCaption")}
      </h2>
      <ScrollRegion labelledBy="summary-caption" className="mt-2">
        <table aria-labelledby="summary-caption" className="w-full min-w-[36rem] border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className={CELL}>
                {L("sheet")}
              </th>
              <th scope="col" className={CELL}>
                {L("create")}
              </th>
              <th scope="col" className={CELL}>
                {L("change")}
              </th>
              <th scope="col" className={CELL}>
                {L("unchanged")}
              </th>
              <th scope="col" className={CELL}>
                {L("absent")}
              </th>
            </tr>
          </thead>
          <tbody>
            {diff.map((s) => (
              <tr key={s.sheet} className="border-b border-slate-300">
                <th scope="row" className={`${CELL} font-semibold`}>
                  {s.sheet}
                </th>
                <td className={CELL}>{s.create.length}</td>
                <td className={CELL}>{s.change.length}</td>
                <td className={CELL}>{s.unchanged}</td>
                <td className={CELL}>{s.absent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** Per sheet: the rows to create, and the rows to change field by field (before → after). */
export async function ImportChanges({ diff }: { diff: SheetDiff[] }) {
  const { t, L } = await uiText("admin.planImport.preview");
  const sheets = diff.filter((s) => s.create.length + s.change.length > 0);
  return (
    <>
      {sheets.map((s) => {
        const changes = s.change.slice(0, SHOWN).flatMap((c) => c.fields.map((f, i) => ({ ...c, f, first: i === 0 })));
        return (
          <section key={s.sheet} aria-labelledby={`sheet-${s.sheet}`} className="mt-8">
            <h2 id={`sheet-${s.sheet}`} className="text-2xl font-bold">
              {s.sheet}
            </h2>
            {s.create.length > 0 && (
              <>
                <h3 className="mt-4 text-xl font-bold">{L("createHeading", { count: s.create.length })}</h3>
                <ul className="mt-2 list-disc pl-6">
                  {s.create.slice(0, SHOWN).map((c) => (
                    <li key={c.key}>
                      {t("rowKey", { row: c.row, key: c.key })}
                      {c.values.title ? `: ${c.values.title}` : c.values.description ? `: ${c.values.description}` : ""}
                    </li>
                  ))}
                </ul>
                {s.create.length > SHOWN && <p className="mt-2">{L("more", { count: s.create.length - SHOWN })}</p>}
              </>
            )}
            {s.change.length > 0 && (
              <>
                <h3 className="mt-4 text-xl font-bold">{L("changeHeading", { count: s.change.length })}</h3>
                <ScrollRegion labelledBy={`changes-${s.sheet}`} className="mt-2">
                  <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
                    <caption id={`changes-${s.sheet}`} className="sr-only">
                      {t("changesCaption", { sheet: s.sheet })}
                    </caption>
                    <thead>
                      <tr className="border-b-2 border-slate-700">
                        <th scope="col" className={CELL}>
                          {L("key")}
                        </th>
                        <th scope="col" className={CELL}>
                          {L("column")}
                        </th>
                        <th scope="col" className={CELL}>
                          {L("before")}
                        </th>
                        <th scope="col" className={CELL}>
                          {L("after")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map(({ key, row, f, first }) => (
                        <tr key={`${key}/${f.column}`} className={first ? "border-t border-slate-400" : ""}>
                          <td className={CELL}>{first ? t("rowKey", { row, key }) : ""}</td>
                          <td className={CELL}>{f.column}</td>
                          <td className={`${CELL} text-[var(--color-muted)]`}>{f.before || "–"}</td>
                          <td className={`${CELL} font-semibold`}>{f.after || "–"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
                {s.change.length > SHOWN && <p className="mt-2">{L("more", { count: s.change.length - SHOWN })}</p>}
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
