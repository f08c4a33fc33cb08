import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { loadFileMessages } from "@/i18n/message-files";
import { type MessageTree, withOverrides } from "@/i18n/message-paths";
import { leaves } from "@/lib/translations/catalogue.mjs";
import { checkTranslation } from "@/lib/translations/message-check";
import { cachedPublicRead } from "./cached-public-read";
import { getDb } from "./db";
import type { Queryable } from "./updates/tx";

/** The text administrators imported for a language: dotted key → text. */
export async function importedTranslations(q: Queryable, locale: Locale): Promise<Map<string, string>> {
  const rows = await q
    .select({ key: t.interfaceTranslations.key, text: t.interfaceTranslations.text })
    .from(t.interfaceTranslations)
    .where(eq(t.interfaceTranslations.locale, locale));
  return new Map(rows.map((r) => [r.key, r.text]));
}

/**
 * Imported text that still fits the English it translates: a key since removed, or whose English
 * has since gained or lost a placeholder or tag, falls back to the file's text until translated again.
 */
export function fittingImports(english: ReadonlyMap<string, string>, imported: ReadonlyMap<string, string>) {
  return new Map(
    [...imported].filter(([key, text]) => {
      const en = english.get(key);
      return en !== undefined && checkTranslation(en, text).length === 0;
    }),
  );
}

/**
 * The te reo Māori messages with the imported text laid over the files', kept in this server's
 * memory while the public record is unchanged (lib/dal/cached-public-read.ts): writing imported text
 * raises the public revision, so every server reads it again, and a request costs no query beyond the
 * public stamp it already reads.
 */
export const maoriMessagesWithImports = cachedPublicRead(
  async () => {
    const [files, english, imported] = await Promise.all([
      loadFileMessages("mi"),
      loadFileMessages("en"),
      getDb().then((db) => importedTranslations(db, "mi")),
    ]);
    if (imported.size === 0) return files;
    return withOverrides(files as MessageTree, fittingImports(leaves(english), imported));
  },
  24 * 60 * 60,
);
