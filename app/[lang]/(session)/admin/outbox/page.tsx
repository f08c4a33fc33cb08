import type { Metadata } from "next";
import { sendDigestsNowAction } from "./actions";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { ButtonForm } from "@/components/admin/button-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/notice";
import { Pager } from "@/components/pager";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { listOutbox } from "@/lib/dal/outbox";
import { DIGEST_TIME } from "@/lib/digest/schedule";
import { formatDateTime } from "@/lib/format/dates";
import { pageParam } from "@/lib/paging/pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = ["digestsQueued", "digestsNone"] as const;

/** Every queued message, newest first, with its delivery, and the daily digests: administrators only. */
export default async function OutboxPage({ searchParams }: Props) {
  const { page, done } = await searchParams;
  const outbox = await orRefuse(listOutbox(await getActor(), pageParam(page)));
  const { t, lang, L } = await uiText("admin.outbox");
  return (
    <>
      <AdminPageHead namespace="admin.outbox" />
      <DoneBanner namespace="admin.outbox.done" keys={DONE} done={done} />
      {!outbox.mailServer && (
        <Notice title={t("noServerTitle")}>
          <span lang={lang("noServer")}>{t("noServer")}</span>
        </Notice>
      )}
      <section aria-labelledby="digests-heading" className="mt-6">
        <h2 id="digests-heading" lang={lang("digests.heading")} className="text-xl font-bold">
          {t("digests.heading")}
        </h2>
        <ButtonForm
          action={sendDigestsNowAction}
          hidden={{}}
          label={t("digests.button")}
          hint={t("digests.hint", { time: DIGEST_TIME })}
          hintId="digests-hint"
        />
      </section>
      {outbox.rows.length === 0 ? (
        <p className="mt-6 font-semibold">{L("none")}</p>
      ) : (
        <>
          <ScrollRegion labelledBy="outbox-caption" className="mt-6">
            <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
              <caption id="outbox-caption" className="mb-2 text-left text-xl font-bold">
                {L("caption", { total: outbox.total })}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-2 pr-4">
                    {L("table.when")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {L("table.to")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {L("table.what")}
                  </th>
                  <th scope="col" className="py-2">
                    {L("table.state")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {outbox.rows.map((m) => (
                  <tr key={m.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                      {formatDateTime(m.queuedAt)}
                    </th>
                    <td className="py-2 pr-4 break-words">{m.to}</td>
                    <td className="py-2 pr-4">
                      <span className="block font-semibold">{m.subject}</span>
                      <span className="block">{L("purpose", { purpose: m.purpose })}</span>
                      <details className="mt-1">
                        <summary className="cursor-pointer">{L("read")}</summary>
                        <pre className="mt-2 max-w-xl text-xs break-words whitespace-pre-wrap">{m.text}</pre>
                      </details>
                    </td>
                    <td className="py-2">
                      <span className="block font-semibold">{L(`states.${m.state}`)}</span>
                      {m.sentAt && <span className="block">{L("sentAt", { when: formatDateTime(m.sentAt) })}</span>}
                      {m.attempts > 0 && <span className="block">{L("attempts", { attempts: m.attempts })}</span>}
                      {m.nextTry && <span className="block">{L("nextTry", { when: formatDateTime(m.nextTry) })}</span>}
                      {m.lastError && m.state !== "sent" && (
                        <span className="block break-words">
                          {L("lastError")}: {m.lastError}
                        </span>
                      )}
                      {m.reply && (
                        <span className="block break-words">
                          {L("reply")}: {m.reply}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager
            namespace="admin.outbox.pager"
            list={t("title")}
            page={outbox.page}
            total={outbox.total}
            pageSize={outbox.pageSize}
            href={(n) => `/admin/outbox?page=${n}`}
          />
        </>
      )}
    </>
  );
}
