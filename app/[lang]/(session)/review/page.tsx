import { forbidden } from "next/navigation";
import { approveAction, publishAction, returnAction, scheduleAction } from "./actions";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { DoneBanner } from "@/components/staff/done-banner";
import { ReviewItemCard } from "@/components/staff/review-item";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getCurrentUser } from "@/lib/dal/actor";
import { reviewQueuePage, type ReviewItem } from "@/lib/dal/review-queue";
import { Pager } from "@/components/pager";
import { pageParam, pageSpan, REVIEW_PAGE_SIZE, type Paged } from "@/lib/paging/pages";
import { isWorkflowError } from "@/lib/dal/updates";

const REVIEW_ACTIONS = {
  approve: approveAction,
  publish: publishAction,
  return: returnAction,
  schedule: scheduleAction,
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const params = await searchParams;
  const { done, action } = params;
  const user = await getCurrentUser();
  if (!user) forbidden();
  let queue: Paged<ReviewItem>;
  try {
    queue = await reviewQueuePage(user, { page: pageParam(params.page), pageSize: REVIEW_PAGE_SIZE });
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }

  const { t, lang, L } = await uiText("review");

  return (
    <>
      <h1 lang={lang("title")} className="text-3xl font-bold">
        {t("title")}
      </h1>
      <ClientMessages paths={["staff.doneBanner"]}>
        <DoneBanner done={done} action={action} />
      </ClientMessages>
      <p className="mt-4 max-w-3xl">
        {user.role === "tec_monitor"
          ? L("introMonitor")
          : L("introApprover", { agency: user.agency?.name ?? t("yourAgency") })}{" "}
        {L("beside")}
      </p>
      {queue.total > 0 && (
        <p className="mt-4 font-semibold">
          {L("waiting", { count: queue.total })}
          {queue.total > queue.rows.length && (
            <> {L("range", { ...pageSpan(queue), total: queue.total, order: t("order") })}</>
          )}
        </p>
      )}
      {queue.total === 0 ? (
        <p lang={lang("empty")} className="mt-6 font-semibold">
          {t("empty")}
        </p>
      ) : (
        <ClientMessages paths={["staff.errorSummary", "review.controls"]}>
          {queue.rows.map((item) => (
            <ReviewItemCard key={item.id} item={item} actions={REVIEW_ACTIONS} />
          ))}
        </ClientMessages>
      )}
      <Pager
        namespace="review.pager"
        list={t("pagesOf")}
        page={queue.page}
        total={queue.total}
        pageSize={queue.pageSize}
        href={(n) => (n > 1 ? `/review?page=${n}` : "/review")}
      />
    </>
  );
}
