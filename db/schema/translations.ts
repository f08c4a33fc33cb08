import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { LOCALES } from "../../i18n/config";
import { checkOneOf } from "./columns";
import { users } from "./users";

/**
 * Interface text an administrator has imported (/admin/translations), laid over the message files
 * (messages/<locale>/*.json) when messages are loaded: one row per language and dotted key
 * ("admin.home.title"). Writing here raises the public revision (a trigger in the migration), so every
 * server's cached messages are read again.
 */
export const interfaceTranslations = pgTable(
  "interface_translations",
  {
    locale: text().notNull(),
    key: text().notNull(),
    text: text().notNull(),
    updatedBy: integer()
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.locale, t.key] }),
    checkOneOf("interface_translations_locale_check", t.locale, LOCALES),
    index("interface_translations_updated_by_idx").on(t.updatedBy),
  ],
);

/** One change a translation import would make: the key, its text now, and the text imported. */
export type TranslationChange = { key: string; before: string; after: string };
/** What is wrong with one cell of an imported workbook (sheet, row and column as the person sees them). */
export type TranslationImportError = { sheet: string; row: number; column: string; message: string };

/**
 * An import checked and waiting for the administrator to confirm it (the dry run's preview), kept in
 * the database so the confirmation may reach any server. Applied once; one with errors never.
 */
export const translationImports = pgTable(
  "translation_imports",
  {
    id: uuid().primaryKey().defaultRandom(),
    locale: text().notNull(),
    fileName: text().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changes: jsonb().$type<TranslationChange[]>().notNull(),
    unchanged: integer().notNull(),
    errors: jsonb().$type<TranslationImportError[]>().notNull(),
    appliedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    checkOneOf("translation_imports_locale_check", t.locale, LOCALES),
    check("translation_imports_applied_check", sql`${t.appliedAt} is null or jsonb_array_length(${t.errors}) = 0`),
    index("translation_imports_created_by_idx").on(t.createdBy),
  ],
);
