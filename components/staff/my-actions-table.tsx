import Link from "next/link";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { StatusBadge } from "@/components/status/status-badge";
import type { DueStatus, MyAction } from "@/lib/dal/my-actions";

const DUE_LABELS: Record<DueStatus, string> = {
  reported: "Reported",
  approved: "Approved, awaiting publication",
  submitted: "Submitted, awaiting approval",
  draft: "Draft in progress",
  not_started: "Not started",
};

/** The agency's actions with their public status and where this period's update stands. */
export async function MyActionsTable({ actions, periodLabel }: { actions: MyAction[]; periodLabel: string | null }) {
  return (
    <ScrollRegion label="Your agency's actions">
      <table className="w-full min-w-[44rem] border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">
              Action
            </th>
            <th scope="col" className="py-2 pr-3">
              Your agency
            </th>
            <th scope="col" className="py-2 pr-3">
              Published status
            </th>
            <th scope="col" className="py-2 pr-3">
              {periodLabel ? `Due for ${periodLabel}` : "Due this period"}
            </th>
            <th scope="col" className="py-2">
              Update
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.code} className="border-b border-slate-300 align-top">
              <td className="py-3 pr-3">
                <span className="font-semibold tabular-nums">{a.code}</span>{" "}
                <Link href={`/actions/${a.code}`}>{a.title}</Link>
              </td>
              <td className="py-3 pr-3">{a.role === "lead" ? "Lead" : "Contributor"}</td>
              <td className="py-3 pr-3">
                {a.published ? (
                  <span className="inline-flex flex-wrap gap-1.5">
                    <StatusBadge status={a.published.stage} />
                    {a.published.confidence && <StatusBadge status={a.published.confidence} />}
                  </span>
                ) : (
                  <StatusBadge status="not_yet_reported" />
                )}
              </td>
              <td className="py-3 pr-3">{a.due ? DUE_LABELS[a.due] : "No period open"}</td>
              <td className="py-3">
                <Link href={`/actions/${a.code}/update`} className="inline-block min-h-6">
                  Write an update<span className="sr-only"> for action {a.code}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
