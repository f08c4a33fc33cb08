import type { Metadata } from "next";
import { saveIndicatorAction, saveReadingsAction } from "../actions";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { IndicatorDoneBanner } from "@/components/indicators-admin/done-banner";
import { IndicatorForm } from "@/components/indicators-admin/indicator-form";
import { PeriodChooser } from "@/components/indicators-admin/period-chooser";
import { ReadingsForm } from "@/components/indicators-admin/readings-form";
import { ReadingsTable } from "@/components/indicators-admin/readings-table";
import { Notice } from "@/components/notice";
import { ClientMessages } from "@/i18n/client-messages";
import { uiText } from "@/i18n/ui-text";
import { getActor } from "@/lib/dal/actor";
import {
  getIndicatorForEdit,
  getIndicatorFormOptions,
  orRefuse,
  readingsForPeriod,
  type IndicatorFormOptions,
} from "@/lib/dal/indicators-admin";
import { indicatorFormValues, readingsFormValues } from "@/lib/indicators/form-values";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const t = await getTranslations("admin.indicators.indicator");
  return { title: t("metaTitle", { code: code.slice(0, 20) }) };
}

/** The period asked for, else the newest open one, else the newest. */
function choosePeriod(periods: IndicatorFormOptions["periods"], asked: unknown) {
  const id = typeof asked === "string" ? Number(asked) : NaN;
  return periods.find((p) => p.id === id) ?? periods.find((p) => !p.closed) ?? periods[0] ?? null;
}

export default async function EditIndicatorPage({ params, searchParams }: Props) {
  const { code: rawCode } = await params;
  const { done, period: askedPeriod } = await searchParams;
  const actor = await getActor();
  const indicator = await orRefuse(getIndicatorForEdit(actor, rawCode));
  const options = await orRefuse(getIndicatorFormOptions(actor, indicator.values.ownerAgencyId));
  const { code, title, unit } = indicator.values;
  const period = choosePeriod(options.periods, askedPeriod);
  const current = period ? readingsForPeriod(indicator, period.id) : null;
  const [{ t, lang, L }, indicators] = await Promise.all([
    uiText("admin.indicators.indicator"),
    uiText("admin.indicators"),
  ]);

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/indicators" className="inline-block min-h-6">
          {indicators.L("title")}
        </Link>
      </p>
      <p className="text-sm font-semibold tracking-wide text-[var(--color-muted)] uppercase">
        {L("eyebrow", { code })}
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <IndicatorDoneBanner done={done} />
      <nav aria-label={t("contents")} className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <a href="#details-heading" className="inline-block min-h-6 py-0.5">
              {L("details")}
            </a>
          </li>
          <li>
            <a href="#readings" className="inline-block min-h-6 py-0.5">
              {L("recordReadings")}
            </a>
          </li>
          <li>
            <Link href={`/indicators#indicator-${encodeURIComponent(code)}`} className="inline-block min-h-6 py-0.5">
              {L("seePublic")}
            </Link>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="details-heading" className="mt-8">
        <h2 id="details-heading" tabIndex={-1} lang={lang("details")} className="text-2xl font-bold">
          {t("details")}
        </h2>
        <ClientMessages paths={["staff.errorSummary", "admin.indicators.form"]}>
          <IndicatorForm
            saveAction={saveIndicatorAction}
            key={indicator.updatedAt}
            indicator={{ id: indicator.id, updatedAt: indicator.updatedAt }}
            initialValues={indicatorFormValues(indicator.values)}
            agencies={options.agencies}
            actions={options.actions}
            recommendations={options.recommendations}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="readings" className="mt-12">
        <h2 id="readings" tabIndex={-1} lang={lang("readings")} className="text-2xl font-bold">
          {t("readings")}
        </h2>
        <ReadingsTable code={code} unit={unit} readings={indicator.readings} />
        {period && current ? (
          <>
            <h3 lang={lang("recordHeading")} className="mt-8 text-xl font-bold">
              {t("recordHeading")}
            </h3>
            <PeriodChooser code={code} periods={options.periods} selected={period.id} />
            {period.closed ? (
              <Notice title={t("closedTitle", { period: period.label })}>{L("closedBody")}</Notice>
            ) : (
              <ClientMessages paths={["staff.errorSummary", "staff.populationGroups", "admin.indicators.readingsForm"]}>
                <ReadingsForm
                  saveAction={saveReadingsAction}
                  key={`${period.id}-${current.stamp}`}
                  indicatorId={indicator.id}
                  unit={unit}
                  period={{ id: period.id, label: period.label }}
                  stamp={current.stamp}
                  initialValues={readingsFormValues(current.readings)}
                />
              </ClientMessages>
            )}
          </>
        ) : (
          <p className="mt-4">{L("noPeriods")}</p>
        )}
      </section>
    </>
  );
}
