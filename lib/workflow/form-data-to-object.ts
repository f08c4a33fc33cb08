/**
 * Turns form entries named with dotted paths ("evidenceLinks.0.url") into the nested plain
 * object the update schemas read. Error keys use the same dotted names, so a field's name is
 * also where its errors are found.
 *
 * Files are dropped (the update form has none), and so are names that could reach an object's
 * prototype or build a huge sparse array from one crafted field.
 */

const MAX_INDEX = 99;
const UNSAFE_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

type Container = Record<string, unknown> | unknown[];

function isIndex(segment: string): boolean {
  return /^\d+$/.test(segment);
}

export function formDataToObject(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    const segments = name.split(".");
    if (segments.some((s) => s === "" || UNSAFE_SEGMENTS.has(s) || (isIndex(s) && Number(s) > MAX_INDEX))) continue;
    // A name must not start with an index: the root is an object.
    if (isIndex(segments[0] ?? "")) continue;
    setPath(root, segments, value);
  }
  return root;
}

function setPath(root: Record<string, unknown>, segments: string[], value: string): void {
  let container: Container = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const key: string | number = isIndex(segment) ? Number(segment) : segment;
    if (Array.isArray(container) !== (typeof key === "number")) return; // mixes "a.0" with "a.b": ignore
    const slot = container as Record<string | number, unknown>;
    if (i === segments.length - 1) {
      // A repeated name without an index keeps its first value, as FormData.get would.
      if (slot[key] === undefined) slot[key] = value;
      return;
    }
    const nextIsIndex = isIndex(segments[i + 1] as string);
    const existing = slot[key];
    if (existing === undefined) slot[key] = nextIsIndex ? [] : {};
    else if (typeof existing !== "object" || existing === null) return; // "a" and "a.b" both given: ignore
    container = slot[key] as Container;
  }
}
