import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import enActions from "@/messages/en/actions.json";
import enOverview from "@/messages/en/overview.json";
import enPlan from "@/messages/en/plan.json";
import enStatus from "@/messages/en/status.json";

const ENGLISH: Record<string, unknown> = { actions: enActions, overview: enOverview, plan: enPlan, status: enStatus };

function englishRaw(path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], ENGLISH);
}

type Values = Record<string, string | number>;

/**
 * Interface labels for the plan pages. Pages are `lang="en-NZ"` (see i18n/lang.ts); a label shown
 * from the te reo Māori catalogue is marked `lang="mi"`, unless that catalogue still repeats the
 * English (not yet translated), which stays English.
 */
type Namespace = "plan" | "actions" | "status" | "overview";

export async function uiText(namespace: Namespace | `${Namespace}.${string}`) {
  const t = await getTranslations(namespace);
  const mi = (await getLocale()) === "mi";
  const lang = (key: string): "mi" | undefined =>
    mi && t.raw(key) !== englishRaw(`${namespace}.${key}`) ? "mi" : undefined;
  /** The label as text, wrapped in `<span lang="mi">` when it is in te reo Māori. */
  const L = (key: string, values?: Values): ReactNode => {
    const text = t(key, values);
    const l = lang(key);
    return l ? <span lang={l}>{text}</span> : text;
  };
  return { t: (key: string, values?: Values) => t(key, values), lang, L };
}
