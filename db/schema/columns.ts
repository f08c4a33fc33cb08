import { sql } from "drizzle-orm";
import { check, text, timestamp } from "drizzle-orm/pg-core";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** `column IN ('a','b')` for a check constraint built from a vocabulary list. */
export function oneOf(column: AnyPgColumn, values: readonly string[]) {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", "))})`;
}

export function checkOneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(name, oneOf(column, values));
}

/** Every plan item says whether it is confirmed (with a source) or illustrative demo content. */
export const provenanceColumns = {
  provenance: text().notNull().default("illustrative"),
  sourceUrl: text(),
};

export function provenanceChecks(table: string, cols: { provenance: AnyPgColumn; sourceUrl: AnyPgColumn }) {
  return [
    checkOneOf(`${table}_provenance_check`, cols.provenance, ["confirmed", "illustrative"]),
    check(
      `${table}_confirmed_has_source_check`,
      sql`${cols.provenance} <> 'confirmed' or coalesce(${cols.sourceUrl}, '') ~ '^https?://'`,
    ),
  ];
}

export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};
