import type { Metadata } from "next";
import { generatePeriodAction } from "./actions";
import { forbidden } from "next/navigation";
import { GeneratePeriodForm } from "@/components/admin/generate-period-form";
import { PeriodsBanner } from "@/components/admin/periods-banner";
import { PeriodsTable } from "@/components/admin/periods-table";
import { getActor } from "@/lib/dal/actor";
import { listPeriods, type PeriodList } from "@/lib/dal/periods";
import { isWorkflowError } from "@/lib/dal/updates";
import { nzDateOf } from "@/lib/periods/nz-time";
import { nextQuarterlyPeriod } from "@/lib/periods/period-input";

export const metadata: Metadata = { title: "Reporting periods" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeriodsPage({ searchParams }: Props) {
  const { done, period } = await searchParams;
  const actor = await getActor();
  let list: PeriodList;
  try {
    list = await listPeriods(actor);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
  const next = nextQuarterlyPeriod(list.periods, nzDateOf(new Date())).label;

  return (
    <>
      <h1 className="text-3xl font-bold">Reporting periods</h1>
      <PeriodsBanner done={done} period={period} />
      <p className="mt-4 max-w-3xl">
        Agencies report on each action once a quarter. Each period opens on the quarter&rsquo;s first day; updates are
        due after it ends, a grace period follows, and then the period closes and its snapshot is frozen. Choose an open
        period to change its deadlines or close it.
      </p>
      <h2 className="mt-8 text-2xl font-bold">Add a period</h2>
      <GeneratePeriodForm next={next} generateAction={generatePeriodAction} />
      <h2 className="mt-8 text-2xl font-bold">All periods</h2>
      <PeriodsTable periods={list.periods} actions={list.actions} />
    </>
  );
}
