import type { Metadata } from "next";
import { PageIntro } from "@/components/plan/page-intro";
import { uiText } from "@/components/plan/ui-text";
import { BUTTON_CLASS, linkPageMetadata, pageLocale, TokenForm } from "@/components/subscriptions/link-page";
import { managedSubscriptions } from "@/lib/dal/subscriptions";
import { stopAction } from "../../token-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ stopped?: string }> };

export function generateMetadata(): Promise<Metadata> {
  return linkPageMetadata("subscriptions.manage");
}

/** Everything the link's address follows, each with a button to stop it, and one to stop all. */
export default async function ManagePage({ params, searchParams }: Props) {
  const [{ token }, { stopped }] = await Promise.all([params, searchParams]);
  const [{ L }, locale] = await Promise.all([uiText("subscriptions.manage"), pageLocale()]);
  const list = await managedSubscriptions(token, locale);
  if (list === null) {
    return (
      <PageIntro title={L("unknownTitle")}>
        <p>{L("unknown")}</p>
      </PageIntro>
    );
  }
  const active = list.filter((s) => s.state !== "unsubscribed");
  return (
    <>
      <PageIntro title={L("title")}>
        <p>{L("intro")}</p>
      </PageIntro>
      {(stopped === "one" || stopped === "all") && (
        <p role="status" className="mt-6 max-w-3xl border-l-4 border-green-700 bg-green-50 px-4 py-3">
          {L(stopped === "all" ? "stoppedAll" : "stopped")}
        </p>
      )}
      {list.length === 0 ? (
        <p className="mt-6">{L("none")}</p>
      ) : (
        <table className="mt-6 w-full max-w-4xl border-collapse text-left">
          <caption className="sr-only">{L("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">
                {L("following")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {L("state")}
              </th>
              <td className="py-2" />
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id} className="border-b border-slate-300 align-middle">
                <td className="py-3 pr-4 first-letter:uppercase">{s.what}</td>
                <td className="py-3 pr-4">{L(`states.${s.state}`)}</td>
                <td className="py-3">
                  {s.state !== "unsubscribed" && (
                    <TokenForm action={stopAction} token={token} extra={{ which: String(s.id) }} className="">
                      <button
                        type="submit"
                        className="min-h-11 rounded border-2 border-slate-700 bg-white px-4 py-1 font-semibold"
                      >
                        {L("stop")}
                        <span className="sr-only">: {s.what}</span>
                      </button>
                    </TokenForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {active.length > 1 && (
        <TokenForm action={stopAction} token={token} extra={{ which: "all" }}>
          <button type="submit" className={`mt-4 ${BUTTON_CLASS}`}>
            {L("stopAll")}
          </button>
        </TokenForm>
      )}
    </>
  );
}
