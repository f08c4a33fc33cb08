import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import { formatDateTime } from "@/lib/format/dates";
import type { MyUpdate } from "@/lib/dal/my-actions";
import { isOpenUpdateState } from "@/lib/status/vocabulary";
import { ReturnReason } from "./return-reason";

/** The signed-in person's own updates still in progress or in review. */
export async function MyUpdatesList({
  updates,
  withdrawAction,
}: {
  updates: MyUpdate[];
  /** The route's server action that withdraws an update (a plain form: works without JavaScript). */
  withdrawAction: (formData: FormData) => Promise<void>;
}) {
  const [{ t, L }, states] = await Promise.all([uiText("staff.myUpdates"), uiText("staff.updateState")]);
  if (updates.length === 0) return <p className="mt-2">{L("none")}</p>;
  return (
    <ul className="mt-4 space-y-4">
      {updates.map((u) => {
        const editable = u.state === "draft" || u.state === "changes_requested";
        const withdrawable = u.state === "draft" || u.state === "submitted" || u.state === "changes_requested";
        return (
          <li key={u.id} className="rounded border-2 border-slate-300 p-4">
            <p className="font-semibold">{t("action", { code: u.actionCode, title: u.actionTitle })}</p>
            <p className="mt-1">
              {L("lastChanged", {
                state: isOpenUpdateState(u.state) ? states.t(u.state) : u.state,
                when: formatDateTime(u.updatedAt.toISOString()),
              })}
            </p>
            {u.state === "changes_requested" && <ReturnReason reason={u.returnReason} />}
            <div className="mt-3 flex flex-wrap items-center gap-4">
              {editable && (
                <Link
                  href={`/actions/${u.actionCode}/update?update=${u.id}`}
                  className="inline-block min-h-6 font-semibold"
                >
                  {L("continue")}
                  <span className="sr-only"> {L("continueFor", { code: u.actionCode })}</span>
                </Link>
              )}
              {withdrawable && (
                <form action={withdrawAction}>
                  <input type="hidden" name="updateId" value={u.id} />
                  <input type="hidden" name="version" value={u.version} />
                  <input type="hidden" name="actionCode" value={u.actionCode} />
                  <button type="submit" className="min-h-11 underline">
                    {L("withdraw")}
                    <span className="sr-only"> {L("withdrawFor", { code: u.actionCode })}</span>
                  </button>
                </form>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
