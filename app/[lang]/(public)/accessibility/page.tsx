import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/timeline/page-heading";
import { formatDate } from "@/lib/format/dates";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("pages.accessibility"), getTranslations("pages.meta")]);
  return pageMetadata({ title: t("metaTitle"), description: meta("accessibility"), path: "/accessibility" });
}

/** When this statement was last reviewed against the site; change it with the statement. */
const STATEMENT_DATE = "2026-11-22";
const CONTACT_EMAIL = "CareersStrategy@tec.govt.nz";

const DONE = ["keyboard", "screenReaders", "charts", "noJs", "language", "colour", "targets"] as const;
const LIMITS = ["maori", "charts", "timeline", "demo"] as const;
const TESTING = ["axe", "keyboard", "noJs", "screens"] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 max-w-3xl">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccessibilityPage() {
  const t = await getTranslations("pages.accessibility");
  return (
    <>
      <PageHeading en={t("heading.en")} />
      <p className="mt-2 text-[var(--color-muted)]">{t("updated", { date: formatDate(STATEMENT_DATE) })}</p>
      <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>

      <Section id="standard" title={t("standardHeading")}>
        <p className="mt-2">{t("standard")}</p>
      </Section>

      <Section id="done" title={t("doneHeading")}>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {DONE.map((k) => (
            <li key={k}>{t(`done.${k}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="limits" title={t("limitsHeading")}>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {LIMITS.map((k) => (
            <li key={k}>{t(`limits.${k}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="testing" title={t("testingHeading")}>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {TESTING.map((k) => (
            <li key={k}>{t(`testing.${k}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="report" title={t("reportHeading")}>
        <p className="mt-2">{t("report")}</p>
        <dl className="mt-3 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("contactLabel")}</dt>
          <dd>
            <a href={`mailto:${CONTACT_EMAIL}`} className="inline-block min-h-6 py-0.5 break-all">
              {CONTACT_EMAIL}
            </a>
          </dd>
        </dl>
        <p className="mt-2 text-[var(--color-muted)]">{t("contactNote")}</p>
      </Section>

      <Section id="related" title={t("relatedHeading")}>
        <ul className="mt-2 space-y-1">
          <li>
            <Link href="/status" className="inline-block min-h-6 py-0.5">
              {t("statusLink")}
            </Link>
          </li>
          <li>
            <Link href="/data" className="inline-block min-h-6 py-0.5">
              {t("dataLink")}
            </Link>
          </li>
        </ul>
      </Section>
    </>
  );
}
