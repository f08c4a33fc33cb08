import type { Metadata } from "next";
import { closePeriodAction, editPeriodAction } from "../actions";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PHASE_LABELS } from "@/components/admin/period-phase";
import { PeriodCloseForm } from "@/components/admin/period-close-form";
import { PeriodEditForm } from "@/components/admin/period-edit-form";
import { getActor } from "@/lib/dal/actor";
import { getPeriod, type PeriodRow } from "@/lib/dal/periods";
import { isWorkflowError } from "@/lib/dal/updates";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { periodFormValues } from "@/lib/periods/period-input";

export const metadata: Metadata = { title: "Edit a reporting period" };

type Props = { params: Promise<{ id: string }> };

const at = (d: Date) => formatDateTime(d.toISOString());

export default async function PeriodPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  let period: PeriodRow & { earlierOpen: string | null };
  try {
    period = await getPeriod(actor, /^\d{1,9}$/.test(id) ? Number(id) : NaN);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const current = {
    opens: at(period.opensAt),
    due: at(period.dueAt),
    grace: at(period.graceUntil),
    closes: at(period.closesAt),
  };

  return (
    <>
      <p>
        <Link href="/admin/periods" className="inline-block min-h-6">
          All reporting periods
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Reporting period {period.label}</h1>
      <p className="mt-2">
        {PHASE_LABELS[period.phase]}. Covers {formatDate(period.startsOn)} to {formatDate(period.endsOn)}.{" "}
        {period.submitted} updates submitted, {period.published} published.
      </p>

      {period.closedAt ? (
        <p className="mt-6 max-w-3xl font-semibold">
          This period closed on {at(period.closedAt)}. Its deadlines and its snapshot are fixed for good and cannot be
          edited.
        </p>
      ) : (
        <>
          <h2 className="mt-8 text-2xl font-bold">Deadlines</h2>
          <PeriodEditForm
            editAction={editPeriodAction}
            period={{ id: period.id, label: period.label, updatedAt: period.updatedAt.toISOString() }}
            initialValues={periodFormValues(period)}
            current={current}
          />

          <section aria-labelledby="close-title" className="mt-10 max-w-3xl border-t-2 border-slate-300 pt-6">
            <h2 id="close-title" className="text-2xl font-bold">
              Close this period
            </h2>
            <p className="mt-2">
              A period closes by itself at its close time ({current.closes}). Closing it now instead:
            </p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              <li>
                freezes a snapshot of every action&rsquo;s published status, progress and milestones, and every
                indicator&rsquo;s readings, as they stand at this moment;
              </li>
              <li>marks actions with nothing published for {period.label} as stale on the public pages;</li>
              <li>
                <strong>cannot be undone</strong>: the snapshot and the period&rsquo;s dates can never be changed
                afterwards.
              </li>
            </ul>
            {period.phase === "upcoming" ? (
              <p className="mt-4 font-semibold">This period has not opened yet, so it cannot be closed.</p>
            ) : period.earlierOpen ? (
              <p className="mt-4 font-semibold">
                {period.earlierOpen} is still open. Periods close in order: close {period.earlierOpen} first.
              </p>
            ) : (
              <PeriodCloseForm period={{ id: period.id, label: period.label }} closeAction={closePeriodAction} />
            )}
          </section>
        </>
      )}
    </>
  );
}
