import { forbidden } from "next/navigation";
import { approveAction, publishAction, returnAction, scheduleAction } from "./actions";
import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { DoneBanner } from "@/components/staff/done-banner";
import { ReviewItemCard } from "@/components/staff/review-item";
import { getCurrentUser } from "@/lib/dal/actor";
import { listReviewQueue, type ReviewItem } from "@/lib/dal/review-queue";
import { isWorkflowError } from "@/lib/dal/updates";

const REVIEW_ACTIONS = {
  approve: approveAction,
  publish: publishAction,
  return: returnAction,
  schedule: scheduleAction,
};

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const { done, action } = await searchParams;
  const user = await getCurrentUser();
  if (!user) forbidden();
  let queue: ReviewItem[];
  try {
    queue = await listReviewQueue(user);
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return <Forbidden message={error.message} />;
    throw error;
  }

  return (
    <>
      <h1 className="text-3xl font-bold">Review queue</h1>
      <DoneBanner done={done} action={action} />
      <p className="mt-4 max-w-3xl">
        {user.role === "tec_monitor"
          ? "Updates approved by their agency, ready to publish or schedule, and updates still waiting for agency approval."
          : `Updates from ${user.agency?.name ?? "your agency"} waiting for your approval.`}{" "}
        Each is shown beside the last update published for its action.
      </p>
      {queue.length === 0 ? (
        <p className="mt-6 font-semibold">There is nothing waiting for review.</p>
      ) : (
        queue.map((item) => <ReviewItemCard key={item.id} item={item} actions={REVIEW_ACTIONS} />)
      )}
    </>
  );
}
