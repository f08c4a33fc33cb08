import { ScrollRegion } from "@/components/plan/scroll-region";
import { formatDate } from "@/lib/format/dates";
import type { PublicAction } from "@/lib/public/types";
import { milestoneOverdueDays, nzToday, overdueDaysOf } from "@/lib/status/overdue";
import { uiText } from "@/components/plan/ui-text";

/**
 * Baseline against forecast for the action and each milestone, with the slip in days, and how many
 * days each is overdue. A finished action says when it finished instead of a forecast.
 */
export async function ActionSchedule({ action }: { action: PublicAction }) {
  const { t, L } = await uiText("actions.detail");
  const forecast = action.forecastDue;
  const today = nzToday();
  const overdue = overdueDaysOf(action, today);
  const finished = action.finishedOn;
  const stage = action.status.stage;
  return (
    <>
      <section aria-labelledby="dates-heading" className="mt-10">
        <h2 id="dates-heading" className="text-2xl font-bold">
          {L("datesHeading")}
        </h2>
        <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{L("baselineStart")}</dt>
          <dd>{formatDate(action.baselineStart)}</dd>
          <dt className="font-semibold">{L("baselineDue")}</dt>
          <dd>{formatDate(action.baselineDue)}</dd>
          {finished ? (
            <>
              <dt className="font-semibold">{stage === "not_proceeding" ? L("stoppedOn") : L("completedOn")}</dt>
              <dd>{formatDate(finished)}</dd>
            </>
          ) : (
            <>
              <dt className="font-semibold">{L("forecastDue")}</dt>
              <dd>{forecast ? formatDate(forecast) : overdue !== null ? L("noForecastOverdue") : L("noForecast")}</dd>
              <dt className="font-semibold">{L("overdue")}</dt>
              <dd className={overdue !== null ? "font-semibold" : undefined}>
                {overdue !== null ? L("overdueBy", { days: overdue }) : L("notOverdue")}
              </dd>
            </>
          )}
          <dt className="font-semibold">{L("slip")}</dt>
          <dd className={action.slipDays > 0 ? "font-semibold" : undefined}>
            {action.slipDays > 0
              ? L("slipDays", { days: action.slipDays })
              : forecast && forecast < action.baselineDue
                ? L("early")
                : !forecast && overdue !== null
                  ? L("slipUnknown")
                  : L("onTime")}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="milestones-heading" className="mt-10">
        <h2 id="milestones-heading" className="text-2xl font-bold">
          {L("milestonesHeading")}
        </h2>
        {action.milestones.length === 0 ? (
          <p className="mt-2">{L("noMilestones")}</p>
        ) : (
          <ScrollRegion label={t("milestonesCaption", { code: action.code })}>
            <table className="w-full min-w-[40rem] border-collapse text-left">
              <caption className="pb-2 text-left font-semibold">
                {L("milestonesCaption", { code: action.code })}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-2 pr-4">
                    {L("milestone")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {L("baselineDue")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {L("forecastDue")}
                  </th>
                  <th scope="col" className="py-2">
                    {L("completed")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {action.milestones.map((m) => {
                  const late = milestoneOverdueDays(m, stage, today);
                  return (
                    <tr key={m.position} className="border-b border-slate-300 align-top">
                      <th scope="row" className="py-3 pr-4 font-normal">
                        <span className="font-semibold tabular-nums">{m.position}.</span> <span>{m.title}</span>
                      </th>
                      <td className="py-3 pr-4 whitespace-nowrap">{formatDate(m.baselineDue)}</td>
                      <td className="py-3 pr-4 whitespace-nowrap">
                        {m.forecastDue && m.forecastDue !== m.baselineDue ? formatDate(m.forecastDue) : L("asBaseline")}
                      </td>
                      <td className="py-3 whitespace-nowrap">
                        {m.completedOn ? (
                          <>
                            <span aria-hidden="true">✓ </span>
                            {formatDate(m.completedOn)}
                          </>
                        ) : late !== null ? (
                          <strong>{L("milestoneOverdue", { days: late })}</strong>
                        ) : (
                          L("notYet")
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}
