import { forbidden } from "next/navigation";
import { withdrawAction } from "./actions";
import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { DoneBanner } from "@/components/staff/done-banner";
import { MyUpdatesList } from "@/components/staff/my-updates-list";
import { PeriodTodo } from "@/components/staff/period-todo";
import { getCurrentUser } from "@/lib/dal/actor";
import { formatDateTime } from "@/lib/format/dates";
import { listMyActions } from "@/lib/dal/my-actions";
import { isWorkflowError } from "@/lib/dal/updates";

export const metadata: Metadata = { title: "My actions" };

const PROBLEMS: Record<string, string> = {
  conflict: "That update had changed since you opened this page, so nothing was done. Check it and try again.",
  refused: "That step is not possible for this update now. Nothing was changed.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyActionsPage({ searchParams }: Props) {
  const { done, action, problem } = await searchParams;
  const user = await getCurrentUser();
  if (!user) forbidden();
  let mine;
  try {
    mine = await listMyActions(user);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }

  return (
    <>
      <h1 className="text-3xl font-bold">My actions</h1>
      <DoneBanner done={done} action={action} />
      {typeof problem === "string" && PROBLEMS[problem] && (
        <div role="alert" className="my-4 border-l-4 border-red-700 bg-red-50 px-4 py-3">
          {PROBLEMS[problem]}
        </div>
      )}
      {!mine.writes ? (
        <p className="mt-4 max-w-2xl">
          Your role does not write progress updates.{" "}
          {user.role === "tec_monitor" && (
            <>
              Updates waiting for TEC are in the <Link href="/review">review queue</Link>.
            </>
          )}
        </p>
      ) : (
        <>
          <h2 className="mt-6 text-2xl font-bold">
            {mine.period
              ? `To do for ${mine.period.label}, due ${formatDateTime(mine.period.dueAt.toISOString())}`
              : "No reporting period is open"}
          </h2>
          <p className="mt-2 max-w-3xl">
            Actions that {user.agency?.name ?? "your agency"} leads come first, then those it contributes to. Each
            action has one update per period: its link continues that update.
            {!mine.period && " You can still write an update."}
          </p>
          <PeriodTodo actions={mine.actions} />
          <h2 className="mt-8 text-2xl font-bold">Your drafts and updates in review</h2>
          <MyUpdatesList updates={mine.updates} withdrawAction={withdrawAction} />
        </>
      )}
    </>
  );
}
