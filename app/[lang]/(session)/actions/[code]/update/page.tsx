import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { forbidden, notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { Notice } from "@/components/notice";
import { PublishedBeside } from "@/components/staff/published-beside";
import { UpdateForm } from "@/components/staff/update-form";
import { getActor } from "@/lib/dal/actor";
import { OpenUpdateNotice } from "@/components/staff/open-update-notice";
import { UpdateSummary } from "@/components/staff/update-summary";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.updatePage");
  return { title: t("metaTitle") };
}

/** The message subtrees the form's client components read. */
const FORM_MESSAGES = ["staff.errorSummary", "staff.updateForm", "staff.longText", "status.stage", "status.confidence"];

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(
  code: string,
  updateParam: unknown,
): Promise<UpdateFormContext | ExistingUpdate | { refused: string; notChangeable?: true }> {
  const actor = await getActor();
  const updateId = typeof updateParam === "string" ? Number(updateParam) : null;
  try {
    return updateId === null ? await getNewUpdateForm(actor, code) : await getUpdateForEdit(actor, updateId);
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    if (error.code === "not_found") notFound();
    if (error.code === "forbidden") forbidden();
    if (error.code === "invalid_transition") return { refused: error.message, notChangeable: true };
    return { refused: error.message };
  }
}

export default async function UpdatePage({ params, searchParams }: Props) {
  const { code } = await params;
  const { update } = await searchParams;
  const context = await load(code, update);
  const { t, rich, lang, L } = await uiText("staff.updatePage");
  if ("refused" in context)
    return <Forbidden message={context.refused} title={context.notChangeable ? L("cannotChange") : undefined} />;
  if ("existing" in context) {
    const { existing } = context;
    // The author's own draft or returned update: every "write an update" link continues it.
    if (existing.mine && (existing.state === "draft" || existing.state === "changes_requested")) {
      return redirect(`/actions/${encodeURIComponent(existing.actionCode)}/update?update=${existing.id}`);
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
  const heading = `${context.update ? "continue" : "write"}${period ? "For" : ""}`;
  // The action's title and the period's name are English, also in a te reo Māori heading.
  const en = (chunks: ReactNode) => (lang(heading) ? <span lang="en-NZ">{chunks}</span> : chunks);
  const due = period?.deadlinePassed ? "duePassed" : "due";

  return (
    <>
      <p className="mb-4">
        <Link href="/my" className="inline-block min-h-6">
          {L("myActions")}
        </Link>
      </p>
      <p lang={lang("action")} className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">
        {t("action", { code: action.code })}
      </p>
      <h1 lang={lang(heading)} className="text-3xl font-bold">
        {rich(heading, { title: action.title, period: period?.label ?? "", en })}
      </h1>
      {period && (
        <p lang={lang(due)} className="mt-2 text-lg font-semibold">
          {t(due, { when: formatDateTime(period.dueAt) })}
        </p>
      )}
      {context.update?.state === "changes_requested" && (
        <Notice title={t("returned")}>{context.update.returnReason ?? L("noReason")}</Notice>
      )}
      <p lang={lang("intro")} className="mt-4 max-w-3xl">
        {t("intro")}
      </p>
      <PublishedBeside published={context.lastPublished} brief />
      <ClientMessages paths={FORM_MESSAGES}>
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
      </ClientMessages>
    </>
  );
}
