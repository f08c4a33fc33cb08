import "server-only";
import { loadFileMessages } from "@/i18n/message-files";
import { leaves, translationStatus } from "@/lib/translations/catalogue.mjs";
import type { Catalogue } from "@/lib/translations/import-diff";
import type { WorkbookRow } from "@/lib/translations/workbook";
import { fittingImports, importedTranslations } from "../interface-translations";
import type { Queryable } from "../updates/tx";

/**
 * Every key's English and its te reo Māori as the site shows it now: the message files, with the
 * imported text that still fits laid over them (the same rule as the site's own messages).
 */
export async function currentCatalogue(q: Queryable): Promise<Catalogue> {
  const [en, mi, imported] = await Promise.all([
    loadFileMessages("en"),
    loadFileMessages("mi"),
    importedTranslations(q, "mi"),
  ]);
  const english = leaves(en);
  const current = leaves(mi);
  for (const [key, text] of fittingImports(english, imported)) current.set(key, text);
  return { english, current };
}

/** The workbook's rows: every key, or only those a translator still has to do; in catalogue order. */
export function workbookRows(catalogue: Catalogue, which: "left" | "all"): WorkbookRow[] {
  return [...catalogue.english].flatMap(([key, english]) => {
    const maori = catalogue.current.get(key);
    const status = translationStatus(english, maori);
    if (which === "left" && status === "translated") return [];
    return [{ key, english, maori: maori ?? "", status }];
  });
}
