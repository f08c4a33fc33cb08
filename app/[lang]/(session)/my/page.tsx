import { forbidden } from "next/navigation";
import { withdrawAction } from "./actions";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { DoneBanner } from "@/components/staff/done-banner";
import { MyUpdatesList } from "@/components/staff/my-updates-list";
import { PeriodTodo } from "@/components/staff/period-todo";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getCurrentUser } from "@/lib/dal/actor";
import { formatDateTime } from "@/lib/format/dates";
import { listMyActions } from "@/lib/dal/my-actions";
import { isWorkflowError } from "@/lib/dal/updates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.my");
  return { title: t("title") };
}

const PROBLEMS = ["conflict", "refused"] as const;

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
  const { t, rich, lang, L } = await uiText("staff.my");
  const shownProblem = PROBLEMS.find((p) => p === problem);

  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <ClientMessages paths={["staff.doneBanner"]}>
        <DoneBanner done={done} action={action} />
      </ClientMessages>
      {shownProblem && (
        <div role="alert" className="my-4 border-l-4 border-red-700 bg-red-50 px-4 py-3">
          {L(`problems.${shownProblem}`)}
        </div>
      )}
      {!mine.writes ? (
        <p className="mt-4 max-w-2xl">
          {L("noWrites")}{" "}
          {user.role === "tec_monitor" && (
            <span lang={lang("monitorQueue")}>
              {rich("monitorQueue", { link: (chunks) => <Link href="/review">{chunks}</Link> })}
            </span>
          )}
        </p>
      ) : (
        <>
          <h2 className="mt-6 text-2xl font-bold">
            {mine.period
              ? L("todoFor", { period: mine.period.label, due: formatDateTime(mine.period.dueAt.toISOString()) })
              : L("noPeriod")}
          </h2>
          <p className="mt-2 max-w-3xl">
            {L("order", { agency: user.agency?.name ?? t("yourAgency") })}
            {!mine.period && <> {L("stillWrite")}</>}
          </p>
          <PeriodTodo actions={mine.actions} />
          <h2 lang={lang("updatesHeading")} className="mt-8 text-2xl font-bold">
            {t("updatesHeading")}
          </h2>
          <MyUpdatesList updates={mine.updates} withdrawAction={withdrawAction} />
        </>
      )}
    </>
  );
}
