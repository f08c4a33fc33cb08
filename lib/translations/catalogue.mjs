/**
 * The interface text catalogue's rules, shared by the app (the administrators' translation round
 * trip) and scripts/te-reo-status.mjs (docs/te-reo-status.md): how a message file becomes dotted
 * keys, and which te reo Māori keys are still "left" for a translator. Plain JavaScript with no
 * imports, so the script runs it without a build and the app bundles the same code.
 */

/** Every leaf of a message tree as "a.b.c" → text. */
export function leaves(value, prefix = "", out = new Map()) {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** Text a translator would not change: names, codes, numbers and placeholders only. */
export const NEUTRAL = /^[\s\d{}#.,:;()/–—+%·-]*$|^(Mahere|Tahatū|TEC|CSV|API|JSON|XLSX|Atom|OpenAPI)$/;

/**
 * Whether a key is still left for a translator: its te reo Māori text is missing, or repeats the
 * English when the English is not neutral text.
 */
export function isLeft(english, maori) {
  return maori === undefined || (maori === english && !NEUTRAL.test(english));
}

/** Why a key is left ("missing", "repeats the English"), or "translated". */
export function translationStatus(english, maori) {
  if (maori === undefined) return "missing";
  return isLeft(english, maori) ? "repeats the English" : "translated";
}
