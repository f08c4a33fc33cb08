import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { Notice } from "@/components/notice";
import { PublishedBeside } from "@/components/staff/published-beside";
import { UpdateForm } from "@/components/staff/update-form";
import { getActor } from "@/lib/dal/actor";
import { OpenUpdateNotice } from "@/components/staff/open-update-notice";
import { UpdateSummary } from "@/components/staff/update-summary";
import { formatDateTime } from "@/lib/format/dates";
import {
  getNewUpdateForm,
  getUpdateForEdit,
  isWorkflowError,
  viewUpdate,
  type ExistingUpdate,
  type UpdateFormContext,
} from "@/lib/dal/updates";
import { initialFormValues } from "@/components/staff/update-form-values";
import { saveUpdateAction } from "./actions";

export const metadata: Metadata = { title: "Write a progress update" };

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(
  code: string,
  updateParam: unknown,
): Promise<UpdateFormContext | ExistingUpdate | { refused: string; title?: string }> {
  const actor = await getActor();
  const updateId = typeof updateParam === "string" ? Number(updateParam) : null;
  try {
    return updateId === null ? await getNewUpdateForm(actor, code) : await getUpdateForEdit(actor, updateId);
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    if (error.code === "not_found") notFound();
    if (error.code === "forbidden") forbidden();
    if (error.code === "invalid_transition")
      return { refused: error.message, title: "This update cannot be changed now" };
    return { refused: error.message };
  }
}

export default async function UpdatePage({ params, searchParams }: Props) {
  const { code } = await params;
  const { update } = await searchParams;
  const context = await load(code, update);
  if ("refused" in context) return <Forbidden message={context.refused} title={context.title} />;
  if ("existing" in context) {
    const { existing } = context;
    // The author's own draft or returned update: every "write an update" link continues it.
    if (existing.mine && (existing.state === "draft" || existing.state === "changes_requested")) {
      redirect(`/actions/${encodeURIComponent(existing.actionCode)}/update?update=${existing.id}`);
    }
    // "View submitted": the author sees what they sent; anyone else only who has the update.
    const view = existing.mine ? await viewUpdate(await getActor(), existing.id) : null;
    return (
      <OpenUpdateNotice code={existing.actionCode} message={existing.message}>
        {view && <UpdateSummary update={view} />}
      </OpenUpdateNotice>
    );
  }
  if (context.action.code !== code) notFound();
  const { action, period } = context;

  return (
    <>
      <p className="mb-4">
        <Link href="/my" className="inline-block min-h-6">
          My actions
        </Link>
      </p>
      <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">Action {action.code}</p>
      <h1 className="text-3xl font-bold">
        {context.update ? "Continue your update" : "Write a progress update"}
        {period && ` for ${period.label}`}: {action.title}
      </h1>
      {period && (
        <p className="mt-2 text-lg font-semibold">
          Due {formatDateTime(period.dueAt)}
          {period.deadlinePassed && ": the deadline has passed, so submit as soon as you can."}
        </p>
      )}
      {context.update?.state === "changes_requested" && (
        <Notice title="Returned for changes">{context.update.returnReason ?? "The reviewer gave no reason."}</Notice>
      )}
      <p className="mt-4 max-w-3xl">
        Save a draft at any time. When you submit it, an approver at your agency checks it, then TEC publishes it.
        Fields marked public appear on the public site exactly as you write them. What the last published update said is
        shown under each field for reference: nothing from it is copied into this one unless you choose to.
      </p>
      <PublishedBeside published={context.lastPublished} brief />
      <UpdateForm
        action={saveUpdateAction}
        actionCode={action.code}
        baselineDue={action.baselineDue}
        baselinePassed={context.baselinePassed}
        milestones={action.milestones}
        criteria={action.criteria}
        update={context.update ? { id: context.update.id, version: context.update.version } : null}
        lastPublished={context.lastPublished}
        initialValues={initialFormValues(context)}
        requestKey={randomUUID()}
      />
    </>
  );
}
