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
