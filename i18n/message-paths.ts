/** Messages as loaded: nested objects whose leaves are ICU strings. */
export type MessageTree = { [key: string]: string | MessageTree };

/** The node at a dotted path ("staff.errorSummary"), or undefined. */
export function messageAt(tree: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      tree,
    );
}

/** Only the subtrees named by dotted paths, nested as in the full tree (what a client component needs). */
export function pickMessages(tree: MessageTree, paths: readonly string[]): MessageTree {
  const out: MessageTree = {};
  for (const path of paths) {
    const value = messageAt(tree, path);
    if (value === undefined) continue;
    const keys = path.split(".");
    let node = out;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      node = typeof next === "object" ? next : (node[key] = {});
    }
    node[keys.at(-1)!] = value as string | MessageTree;
  }
  return out;
}

/** Every leaf's dotted path whose text differs from the English: the keys a translator has done. */
export function translatedPaths(tree: MessageTree, english: unknown, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") return value !== messageAt(english, path) ? [path] : [];
    return translatedPaths(value, english, path);
  });
}

/**
 * The tree with some leaves' text replaced (dotted path → text), leaving the original untouched.
 * A path that is not a text leaf of the tree (a key since removed) is skipped.
 */
export function withOverrides(tree: MessageTree, overrides: ReadonlyMap<string, string>): MessageTree {
  const out = structuredClone(tree);
  for (const [path, text] of overrides) {
    const keys = path.split(".");
    const parent = messageAt(out, keys.slice(0, -1).join("."));
    const last = keys.at(-1)!;
    if (keys.length < 2 || !parent || typeof parent !== "object") continue;
    const node = parent as MessageTree;
    if (typeof node[last] === "string") node[last] = text;
  }
  return out;
}
