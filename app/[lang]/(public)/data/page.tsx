import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { env } from "@/lib/env";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/timeline/page-heading";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("pages.data"), getTranslations("pages.meta")]);
  return pageMetadata({ title: t("metaTitle"), description: meta("data"), path: "/data" });
}

type Param = "q" | "workstream" | "agency" | "stage" | "confidence" | "since" | "number";
type Endpoint = {
  id: "plan" | "actions" | "action" | "updates" | "indicators" | "openapi" | "feed" | "workstreamFeed";
  path: string;
  format: "json" | "atom";
  csv: string | null;
  params: Param[];
  example: string;
  csvExample?: string;
};

/** The open-data contract (PRODUCT.md §7); paths here must match app/api/v1 and the feeds. */
const ENDPOINTS: Endpoint[] = [
  { id: "plan", path: "/api/v1/plan", format: "json", csv: "/api/v1/plan.csv", params: [], example: "/api/v1/plan" },
  {
    id: "actions",
    path: "/api/v1/actions",
    format: "json",
    csv: "/api/v1/actions.csv",
    params: ["q", "workstream", "agency", "stage", "confidence"],
    example: "/api/v1/actions?workstream=2&stage=underway",
    csvExample: "/api/v1/actions.csv?agency=tec&q=Tahat%C5%AB",
  },
  {
    id: "action",
    path: "/api/v1/actions/{code}",
    format: "json",
    csv: null,
    params: [],
    example: "/api/v1/actions/1.4",
  },
  {
    id: "updates",
    path: "/api/v1/updates",
    format: "json",
    csv: "/api/v1/updates.csv",
    params: ["since"],
    example: "/api/v1/updates?since=2026-07-01",
    csvExample: "/api/v1/updates.csv?since=2026-07-01",
  },
  {
    id: "indicators",
    path: "/api/v1/indicators",
    format: "json",
    csv: "/api/v1/indicators.csv",
    params: [],
    example: "/api/v1/indicators",
  },
  {
    id: "openapi",
    path: "/api/v1/openapi.json",
    format: "json",
    csv: null,
    params: [],
    example: "/api/v1/openapi.json",
  },
  { id: "feed", path: "/feed.xml", format: "atom", csv: null, params: [], example: "/feed.xml" },
  {
    id: "workstreamFeed",
    path: "/workstreams/{number}/feed.xml",
    format: "atom",
    csv: null,
    params: ["number"],
    example: "/workstreams/2/feed.xml",
  },
];

const DOWNLOADS = [
  { id: "plan", href: "/api/v1/plan.csv" },
  { id: "actions", href: "/api/v1/actions.csv" },
  { id: "updates", href: "/api/v1/updates.csv" },
  { id: "indicators", href: "/api/v1/indicators.csv" },
] as const;

const codeClass = "rounded bg-[var(--color-wash)] px-1 py-0.5 font-mono text-[0.9em]";
const linkClass = "inline-block min-h-6 py-0.5 break-all";

export default async function DataPage() {
  const t = await getTranslations("pages.data");
  const origin = env().publicUrl;

  return (
    <>
      <PageHeading en={t("heading.en")} mi={t("heading.mi")} />
      <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>

      <section aria-labelledby="published-only" className="mt-6 max-w-3xl border-l-4 border-[var(--color-brand)] pl-4">
        <h2 id="published-only" className="text-xl font-bold">
          {t("publishedOnlyTitle")}
        </h2>
        <p className="mt-1">{t("publishedOnly")}</p>
      </section>

      <section aria-labelledby="downloads" className="mt-10">
        <h2 id="downloads" className="text-2xl font-bold">
          {t("downloadsHeading")}
        </h2>
        <p className="mt-2">{t("downloadsIntro")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {DOWNLOADS.map((d) => (
            <li key={d.id}>
              <a href={d.href} className={linkClass}>
                {t(`downloads.${d.id}`)}
              </a>{" "}
              (CSV, <code className={codeClass}>{d.href}</code>)
            </li>
          ))}
        </ul>
        <h3 className="mt-6 text-xl font-bold">{t("csvHeading")}</h3>
        <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6">
          <li>{t("csvBom")}</li>
          <li>{t("csvFormula")}</li>
        </ul>
      </section>

      <section aria-labelledby="endpoints" className="mt-10">
        <h2 id="endpoints" className="text-2xl font-bold">
          {t("endpointsHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("endpointsIntro")}</p>
        <p className="mt-2 max-w-3xl">{t("unknownParams")}</p>
        <ul className="mt-4 space-y-6">
          {ENDPOINTS.map((e) => (
            <li key={e.id} className="rounded border border-slate-300 p-4">
              <h3 className="text-lg font-bold">
                <code className="font-mono break-all">GET {e.path}</code>
              </h3>
              <p className="mt-2 max-w-3xl">{t(`endpoints.${e.id}`)}</p>
              <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("format")}</dt>
                <dd>
                  {e.format === "atom" ? t("atom") : t("json")}
                  {e.csv && (
                    <>
                      {", "}
                      {t("csv")}: <code className={`${codeClass} break-all`}>{e.csv}</code>
                    </>
                  )}
                </dd>
                <dt className="font-semibold">{t("parameters")}</dt>
                <dd>
                  {e.params.length === 0 ? (
                    t("noParameters")
                  ) : (
                    <ul className="space-y-1">
                      {e.params.map((p) => (
                        <li key={p}>
                          <code className={codeClass}>{p}</code>: {t(`params.${p}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
                <dt className="font-semibold">{t("example")}</dt>
                <dd>
                  <ul className="space-y-1">
                    <li>
                      <a href={e.example} className={linkClass}>
                        <code className="font-mono">{e.example}</code>
                      </a>
                    </li>
                    {e.csvExample && (
                      <li>
                        <a href={e.csvExample} className={linkClass}>
                          <code className="font-mono">{decodeURI(e.csvExample)}</code>
                        </a>
                      </li>
                    )}
                  </ul>
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="polling" className="mt-10">
        <h2 id="polling" className="text-2xl font-bold">
          {t("pollingHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("polling")}</p>
        <p className="mt-2">{t("pollingExample")}</p>
        <pre className="mt-2 max-w-3xl rounded bg-[var(--color-wash)] p-3 font-mono text-sm break-all whitespace-pre-wrap">
          {`curl -i ${origin}/api/v1/updates \\\n  -H 'If-None-Match: "<the ETag from your last response>"'\n\nHTTP/1.1 304 Not Modified`}
        </pre>
      </section>

      <section aria-labelledby="using" className="mt-10">
        <h2 id="using" className="text-2xl font-bold">
          {t("licenceHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("licence")}</p>
        <p className="mt-2">
          <Link href="/status" className={linkClass}>
            {t("statusLink")}
          </Link>
        </p>
      </section>
    </>
  );
}
