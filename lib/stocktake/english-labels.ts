import { createTranslator } from "use-intl/core";
import stocktake from "@/messages/en/stocktake.json";
import { POPULATION_GROUP_LABELS } from "@/lib/status/vocabulary";

const vocabulary = createTranslator({ locale: "en", messages: { stocktake }, namespace: "stocktake.vocabulary" });

/**
 * A stocktake list value's English label (regions, supports, scales, population groups), for the
 * downloads, which are a data format in English whatever the page's language.
 */
export function englishLabel(list: "regions" | "supports" | "scales" | "populations" | string, key: string): string {
  if (list === "populations") return (POPULATION_GROUP_LABELS as Record<string, string>)[key] ?? key;
  return vocabulary(`${list}.${key}` as Parameters<typeof vocabulary>[0]);
}
