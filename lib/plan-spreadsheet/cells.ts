/**
 * One cell's text, checked against its column's kind and written in the one canonical form that
 * export produces too, so a value read back compares equal to the value written out.
 */
import type { ColumnKind } from "./layout";

export type AgencyRef = { slug: string; acronym: string; retired: boolean };

export type CellResult = { ok: true; value: string } | { ok: false; problem: string };

const ok = (value: string): CellResult => ({ ok: true, value });
const bad = (problem: string): CellResult => ({ ok: false, problem });

const ACTION_CODE = /^[1-9][0-9]*\.[1-9][0-9]*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_TEXT = 4000;

const split = (text: string) =>
  text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

function positiveInt(text: string): number | null {
  if (!/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The agency a cell names, by slug or acronym (either case). */
export function findAgency(agencies: readonly AgencyRef[], text: string): AgencyRef | undefined {
  const t = text.toLowerCase();
  return agencies.find((a) => a.slug === t || a.acronym.toLowerCase() === t);
}

function agency(agencies: readonly AgencyRef[], text: string): CellResult {
  const found = findAgency(agencies, text);
  if (!found) return bad(`"${text}" is not an agency's slug or acronym.`);
  if (found.retired) return bad(`${found.acronym} is retired and can no longer be assigned.`);
  return ok(found.slug);
}

/** Reads one cell; `text` is already trimmed and NFC-normalised. */
export function parseCell(kind: ColumnKind, text: string, agencies: readonly AgencyRef[]): CellResult {
  if (text.length > MAX_TEXT) return bad(`Longer than ${MAX_TEXT} characters.`);
  if (text === "") {
    if (kind === "optionalText" || kind === "agencyList" || kind === "numberList") return ok("");
    if (kind === "boolean") return ok("no");
    return bad("Empty: this column needs a value.");
  }
  switch (kind) {
    case "text":
    case "optionalText":
      return ok(text);
    case "positiveInt": {
      const n = positiveInt(text);
      return n === null ? bad(`"${text}" is not a whole number above 0.`) : ok(String(n));
    }
    case "actionCode":
      return ACTION_CODE.test(text) ? ok(text) : bad(`"${text}" is not an action code such as 1.4.`);
    case "agency":
      return agency(agencies, text);
    case "agencyList": {
      const slugs: string[] = [];
      for (const part of split(text)) {
        const one = agency(agencies, part);
        if (!one.ok) return one;
        if (!slugs.includes(one.value)) slugs.push(one.value);
      }
      return ok(slugs.sort().join(", "));
    }
    case "numberList": {
      const numbers: number[] = [];
      for (const part of split(text)) {
        const n = positiveInt(part);
        if (n === null) return bad(`"${part}" is not a whole number above 0.`);
        if (!numbers.includes(n)) numbers.push(n);
      }
      return ok(numbers.sort((a, b) => a - b).join(", "));
    }
    case "boolean": {
      const t = text.toLowerCase();
      if (["yes", "true", "1", "āe", "ae"].includes(t)) return ok("yes");
      if (["no", "false", "0", "kāo", "kao"].includes(t)) return ok("no");
      return bad(`"${text}" is not yes or no.`);
    }
    case "date":
      return isRealDate(text) ? ok(text) : bad(`"${text}" is not a date written YYYY-MM-DD.`);
  }
}

/** A canonical list cell's items ("1, 3" → ["1", "3"]). */
export function listItems(value: string): string[] {
  return value === "" ? [] : value.split(", ");
}
