import { z } from "zod";

/** Readings and targets stay well inside what a person types; anything larger is a slip. */
export const MAX_MAGNITUDE = 1_000_000_000_000;

const PLAIN = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** "45%", "12 people", "$30": a number with its unit typed beside it. */
const NUMBER_THEN_WORDS = /^(?:[$€£]\s*[+-]?\d[\d,]*(?:\.\d+)?|[+-]?\d[\d,]*(?:\.\d+)?\s*(?:%|[a-z]{2,}.*))$/i;

export type DecimalResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a number as a person types it: "12.5", "-3", "1,250" (commas only as thousands
 * separators). Refuses words, "NaN", "Infinity", exponents and a unit typed into the box, each
 * with a sentence that says what to type instead. The submitted text is never echoed back.
 */
export function parseDecimal(raw: unknown, name: string): DecimalResult {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return { ok: false, message: `Enter ${name} as a number, for example 12.5.` };
  if (NUMBER_THEN_WORDS.test(text)) return { ok: false, message: `Enter ${name} as a number only, without its unit.` };
  if (!PLAIN.test(text) && !GROUPED.test(text)) {
    return { ok: false, message: `Enter ${name} as a number, for example 12.5 (digits and one decimal point).` };
  }
  const value = Number(text.replaceAll(",", ""));
  if (!Number.isFinite(value)) return { ok: false, message: `Enter ${name} as a number, for example 12.5.` };
  if (Math.abs(value) > MAX_MAGNITUDE) {
    return { ok: false, message: `Enter ${name} between minus and plus one trillion.` };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A required number field. */
export function decimal(name: string) {
  return z.unknown().transform((raw, ctx) => {
    const result = parseDecimal(raw, name);
    if (result.ok) return result.value;
    ctx.issues.push({ code: "custom", message: result.message, input: raw });
    return z.NEVER;
  });
}

/** A number field that may be left empty (null). */
export function optionalDecimal(name: string) {
  return z.unknown().transform((raw, ctx): number | null => {
    if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) return null;
    const result = parseDecimal(raw, name);
    if (result.ok) return result.value;
    ctx.issues.push({ code: "custom", message: result.message, input: raw });
    return z.NEVER;
  });
}
