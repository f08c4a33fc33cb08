import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { setRemindersAction } from "./actions";
import { ButtonForm } from "@/components/admin/button-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { ScrollRegion } from "@/components/plan/scroll-region";
import { uiText } from "@/i18n/ui-text";
import { getMyAccount } from "@/lib/dal/account";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.account");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = ["doneOn", "doneOff"] as const;

/** Any signed-in person's own account: what Mahere holds about them, and their reminder e-mails. */
export default async function MyAccountPage({ searchParams }: Props) {
  const account = await orRefuse(getMyAccount(await getActor()));
  const { done } = await searchParams;
  const [{ t, lang, L }, roles] = await Promise.all([uiText("staff.account"), uiText("admin.users.roles")]);
  const heading = (key: string) => (
    <h2 lang={lang(key)} className="mt-10 text-2xl font-bold">
      {t(key)}
    </h2>
  );
  const row = (key: string, value: React.ReactNode) => (
    <>
      <dt lang={lang(key)} className="font-semibold">
        {t(key)}
      </dt>
      <dd className="break-words">{value}</dd>
    </>
  );
  const remindersOn = account.remindersOffAt === null;
  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-2 max-w-2xl">{L("intro")}</p>
      <DoneBanner namespace="staff.account.reminders" keys={DONE} done={done} />

      {heading("details.heading")}
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {row("details.name", account.name)}
        {row("details.email", account.email)}
        {row("details.role", roles.L(account.role))}
        {row(
          "details.agency",
          account.agency ? `${account.agency.name} (${account.agency.acronym})` : L("details.none"),
        )}
        {row("details.created", formatDateTime(account.createdAt))}
        {row("details.password", L(account.hasPassword ? "details.passwordSet" : "details.passwordNone"))}
        {row(
          "details.link",
          account.linkExpiresAt
            ? L("details.linkUntil", { date: formatDateTime(account.linkExpiresAt) })
            : L("details.linkNone"),
        )}
      </dl>

      {heading("signIn.heading")}
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {row("signIn.last", account.lastSignInAt ? formatDateTime(account.lastSignInAt) : L("signIn.never"))}
        {row("signIn.sessions", L("signIn.sessionsBody", { count: account.sessionsEnded }))}
        {row(
          "signIn.failures",
          L("signIn.failuresBody", {
            count: account.failedSignIns.count,
            date: account.failedSignIns.lastAt ? formatDateTime(account.failedSignIns.lastAt) : "",
          }),
        )}
      </dl>

      {heading("reminders.heading")}
      {account.receivesReminders ? (
        <>
          <p className="mt-2 max-w-2xl">
            {remindersOn ? L("reminders.on") : L("reminders.off", { date: formatDateTime(account.remindersOffAt!) })}
          </p>
          <ButtonForm
            action={setRemindersAction}
            hidden={{ reminders: remindersOn ? "off" : "on" }}
            label={t(remindersOn ? "reminders.turnOff" : "reminders.turnOn")}
            hint={t(remindersOn ? "reminders.turnOffHint" : "reminders.turnOnHint")}
            hintId="reminders-hint"
          />
        </>
      ) : (
        <p className="mt-2 max-w-2xl">{L("reminders.notStaff")}</p>
      )}
      <h3 lang={lang("reminders.sent")} className="mt-6 text-xl font-bold">
        {t("reminders.sent")}
      </h3>
      {account.reminders.length === 0 ? (
        <p className="mt-2">{L("reminders.sentNone")}</p>
      ) : (
        <ScrollRegion labelledBy="reminders-caption" className="mt-2">
          <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
            <caption id="reminders-caption" className="sr-only">
              {L("reminders.sentCaption", { count: account.reminders.length })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  {L("reminders.queued")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("reminders.subject")}
                </th>
                <th scope="col" className="py-2">
                  {L("reminders.state")}
                </th>
              </tr>
            </thead>
            <tbody>
              {account.reminders.map((r, i) => (
                <tr key={i} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                    {formatDateTime(r.queuedAt)}
                  </th>
                  <td className="py-2 pr-4">{r.subject}</td>
                  <td className="py-2">{L(`mailStates.${r.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {heading("audit.heading")}
      <p className="mt-2 max-w-2xl">{L("audit.intro")}</p>
      {account.auditEvents.length === 0 ? (
        <p className="mt-2">{L("audit.none")}</p>
      ) : (
        <ScrollRegion labelledBy="audit-caption" className="mt-2">
          <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
            <caption id="audit-caption" className="sr-only">
              {L("audit.caption", { count: account.auditEvents.length })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">
                  {L("audit.when")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {L("audit.what")}
                </th>
                <th scope="col" className="py-2">
                  {L("audit.entity")}
                </th>
              </tr>
            </thead>
            <tbody>
              {account.auditEvents.map((e, i) => (
                <tr key={i} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                    {formatDateTime(e.occurredAt)}
                  </th>
                  <td className="py-2 pr-4 font-semibold">{e.event}</td>
                  <td className="py-2">
                    {e.entity} {e.entityId}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
