import type { Metadata } from "next";
import { sendNewsletterAction, sendNewsletterTestAction } from "./actions";
import { AdminPageHead } from "@/components/admin/admin-page-head";
import { ButtonForm } from "@/components/admin/button-form";
import { SECONDARY_BUTTON } from "@/components/admin/buttons";
import { DoneBanner } from "@/components/admin/done-banner";
import { getTranslations } from "next-intl/server";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import { orRefuse } from "@/lib/dal/indicators-admin";
import { listNewsletterPeriods, previewNewsletter } from "@/lib/dal/newsletter";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.newsletter");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = ["tested", "sent", "sentNone"] as const;

/** The quarterly newsletter of a closed period: preview, HTML to copy, a test, then the send. */
export default async function NewsletterPage({ searchParams }: Props) {
  const actor = await getActor();
  const periods = await orRefuse(listNewsletterPeriods(actor));
  const { period: asked, done } = await searchParams;
  const chosen = periods.find((p) => p.slug === asked) ?? periods[0];
  const preview = chosen ? await orRefuse(previewNewsletter(actor, chosen.slug)) : null;
  const { t, lang, L } = await uiText("admin.newsletter");
  return (
    <>
      <AdminPageHead namespace="admin.newsletter" />
      <DoneBanner namespace="admin.newsletter.done" keys={DONE} done={done} />
      {!preview ? (
        <p className="mt-6 font-semibold">{L("none")}</p>
      ) : (
        <>
          <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
            <p className="flex flex-col">
              <label htmlFor="newsletter-period" lang={lang("period")} className="font-semibold">
                {t("period")}
              </label>
              <select
                id="newsletter-period"
                name="period"
                defaultValue={preview.period.slug}
                className="mt-1 min-h-11 rounded border-2 border-slate-500 px-2"
              >
                {periods.map((p) => (
                  <option key={p.slug} value={p.slug}>
                    {p.label}
                  </option>
                ))}
              </select>
            </p>
            <button type="submit" className={SECONDARY_BUTTON}>
              {L("show")}
            </button>
          </form>
          <dl className="mt-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            <dt className="font-semibold">{L("subject")}</dt>
            <dd>{preview.subject}</dd>
            <dt className="font-semibold">{L("closed")}</dt>
            <dd>{formatDateTime(preview.period.closedAt)}</dd>
            <dt className="font-semibold">{L("recipients")}</dt>
            <dd>{L("recipientCount", { count: preview.recipients })}</dd>
            <dt className="font-semibold">{L("test")}</dt>
            <dd>
              {preview.testSentAt ? L("testSentAt", { when: formatDateTime(preview.testSentAt) }) : L("notTested")}
            </dd>
            <dt className="font-semibold">{L("sent")}</dt>
            <dd>{L("sentCount", { count: preview.sent })}</dd>
          </dl>

          <h2 lang={lang("previewHeading")} className="mt-8 text-2xl font-bold">
            {t("previewHeading")}
          </h2>
          <div
            className="mt-4 max-w-3xl overflow-x-auto rounded border-2 border-slate-300 bg-white p-4 [&_a]:break-all [&_h3]:font-bold [&_h4]:mt-6 [&_h4]:font-bold [&_p]:my-2"
            dangerouslySetInnerHTML={{ __html: preview.previewHtml }}
          />

          <h2 lang={lang("htmlHeading")} className="mt-8 text-2xl font-bold">
            {t("htmlHeading")}
          </h2>
          <p className="mt-2 max-w-3xl">
            <label htmlFor="newsletter-html">{L("htmlLabel")}</label>
          </p>
          <textarea
            id="newsletter-html"
            readOnly
            rows={10}
            value={preview.html}
            className="mt-2 w-full max-w-3xl rounded border-2 border-slate-500 p-2 font-mono text-xs"
          />

          <h2 lang={lang("sendHeading")} className="mt-8 text-2xl font-bold">
            {t("sendHeading")}
          </h2>
          <ButtonForm
            action={sendNewsletterTestAction}
            hidden={{ period: preview.period.slug }}
            label={t("testButton")}
            hint={t("testHint")}
            hintId="newsletter-test-hint"
          />
          <ButtonForm
            action={sendNewsletterAction}
            hidden={{ period: preview.period.slug }}
            label={t("sendButton", { count: preview.recipients })}
            hint={t(preview.testSentAt ? "sendHint" : "sendHintUntested")}
            hintId="newsletter-send-hint"
            danger
          />
        </>
      )}
    </>
  );
}
