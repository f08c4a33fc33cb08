import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/**
 * What a translated message must keep of the English one, as next-intl reads them (ICU messages
 * with rich-text tags): the same placeholders ({name}), each of the same kind (a plain value, a
 * number, a date, a plural or a select, a select with the same choices), and the same markup tags
 * (<strong>…</strong>), as many of each. The words in between are the translator's.
 */

type Shape = { args: Map<string, string>; tags: Map<string, number> };

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "value",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.plural]: "plural",
};

function collect(elements: MessageFormatElement[], shape: Shape): Shape {
  for (const el of elements) {
    if (el.type === TYPE.select) {
      shape.args.set(el.value, `select (${Object.keys(el.options).sort().join(", ")})`);
      for (const option of Object.values(el.options)) collect(option.value, shape);
    } else if (el.type === TYPE.plural) {
      shape.args.set(el.value, el.pluralType === "ordinal" ? "ordinal" : "plural");
      for (const option of Object.values(el.options)) collect(option.value, shape);
    } else if (el.type === TYPE.tag) {
      shape.tags.set(el.value, (shape.tags.get(el.value) ?? 0) + 1);
      collect(el.children, shape);
    } else if (KIND[el.type]) {
      shape.args.set((el as { value: string }).value, KIND[el.type]!);
    }
  }
  return shape;
}

/** The placeholders and tags of a message, or why it is not a message at all. */
export function messageShape(text: string): Shape | { invalid: string } {
  try {
    return collect(parse(text), { args: new Map(), tags: new Map() });
  } catch (error) {
    const kind = error instanceof Error ? error.message : String(error);
    return { invalid: kind.toLowerCase().replace(/_/g, " ") };
  }
}

const list = (names: string[], wrap: (n: string) => string) => names.map(wrap).join(", ");

/**
 * Every way `text` fails to keep what `english` has, as sentences for the person importing it
 * (empty when it keeps everything).
 */
export function checkTranslation(english: string, text: string): string[] {
  const want = messageShape(english);
  const got = messageShape(text);
  if ("invalid" in want) return [];
  if ("invalid" in got) {
    return [`This is not a valid message (${got.invalid}): check that every { has its } and every tag is closed.`];
  }
  const problems: string[] = [];
  const missing = [...want.args.keys()].filter((n) => !got.args.has(n));
  const extra = [...got.args.keys()].filter((n) => !want.args.has(n));
  if (missing.length)
    problems.push(`Placeholders missing: ${list(missing, (n) => `{${n}}`)} (keep them as in the English).`);
  if (extra.length) problems.push(`Placeholders not in the English: ${list(extra, (n) => `{${n}}`)}.`);
  for (const [name, kind] of want.args) {
    const theirs = got.args.get(name);
    if (theirs !== undefined && theirs !== kind) {
      problems.push(`{${name}} is a ${kind} in the English but a ${theirs} here.`);
    }
  }
  const tagNames = [...new Set([...want.tags.keys(), ...got.tags.keys()])].sort();
  const mismatched = tagNames.filter((n) => (want.tags.get(n) ?? 0) !== (got.tags.get(n) ?? 0));
  if (mismatched.length) {
    const counts = (s: Shape) => list(mismatched, (n) => `<${n}> ×${s.tags.get(n) ?? 0}`);
    problems.push(`Markup tags do not match the English: it has ${counts(want)}, this has ${counts(got)}.`);
  }
  return problems;
}
