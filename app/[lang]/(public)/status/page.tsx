import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  CONFIDENCE_DEFINITIONS,
  OVERDUE_DEFINITION,
  STAGE_DEFINITIONS,
  SYSTEM_STATE_DEFINITIONS,
} from "@/lib/status/definitions";
import { CONFIDENCES, STAGES, SYSTEM_STATES } from "@/lib/status/vocabulary";
import { OverdueBadge } from "@/components/status/status-badge";
import { labelKey } from "@/lib/status/label-key";
import { interfaceLang } from "@/i18n/lang";
import { pageMetadata } from "@/lib/seo/page-seo";

export async function generateMetadata(): Promise<Metadata> {
  const meta = await getTranslations("pages.meta");
  return pageMetadata({ title: meta("statusTitle"), description: meta("status"), path: "/status" });
}

function DefinitionList({ keys, definitions }: { keys: readonly string[]; definitions: Record<string, string> }) {
  return (
    <dl className="mt-4 space-y-4">
      {keys.map((k) => (
        <Definition key={k} id={k} text={definitions[k]!} />
      ))}
    </dl>
  );
}

async function Definition({ id, text }: { id: string; text: string }) {
  const t = await getTranslations("status");
  const lang = await interfaceLang();
  return (
    <div id={id} className="scroll-mt-4 border-l-4 border-slate-300 pl-4 target:border-[var(--color-brand)]">
      <dt className="font-semibold" lang={lang}>
        {t(labelKey(id as never))}
      </dt>
      <dd className="mt-1 max-w-3xl">{text}</dd>
    </div>
  );
}

export default async function StatusDefinitionsPage() {
  const t = await getTranslations("status");
  const lang = await interfaceLang();
  return (
    <>
      <h1 className="text-3xl font-bold">What the statuses mean</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Every action has two published dimensions: its <strong>stage</strong> and, while it is open, its{" "}
        <strong>delivery confidence</strong>. Further states are worked out by the system and never typed in by anyone:
        whether the action has reported, and is up to date, from the reporting record; whether it is overdue, from its
        dates.
      </p>
      <section aria-labelledby="stage" className="mt-8">
        <h2 id="stage" lang={lang} className="text-2xl font-bold">
          {t("stage.label")}
        </h2>
        <DefinitionList keys={STAGES} definitions={STAGE_DEFINITIONS} />
      </section>
      <section aria-labelledby="confidence" className="mt-8">
        <h2 id="confidence" lang={lang} className="text-2xl font-bold">
          {t("confidence.label")}
        </h2>
        <p className="mt-2 max-w-3xl">
          The same five-point scale New Zealand officials use for the Government Targets.
        </p>
        <DefinitionList keys={CONFIDENCES} definitions={CONFIDENCE_DEFINITIONS} />
        <div id="no_rating" className="mt-4 max-w-3xl border-l-4 border-slate-300 pl-4">
          <p className="font-semibold" lang={lang}>
            {t("confidence.no_rating")}
          </p>
          <p className="mt-1">A finished or stopped action carries no delivery confidence.</p>
        </div>
      </section>
      <section aria-labelledby="system" className="mt-8">
        <h2 id="system" className="text-2xl font-bold">
          States worked out by the system
        </h2>
        <DefinitionList keys={SYSTEM_STATES} definitions={SYSTEM_STATE_DEFINITIONS} />
        <div
          id="overdue"
          className="mt-4 max-w-3xl scroll-mt-4 border-l-4 border-slate-300 pl-4 target:border-[var(--color-brand)]"
        >
          <p className="font-semibold">
            Overdue, shown as <OverdueBadge days={12} />
          </p>
          <p className="mt-1">{OVERDUE_DEFINITION}</p>
        </div>
      </section>
    </>
  );
}
