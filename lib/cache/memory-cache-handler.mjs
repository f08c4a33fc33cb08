/**
 * Next.js's page cache (ISR), kept in this process's memory only. The default handler also writes
 * rendered pages under `.next/`, where another server started from the same build folder, on
 * another database, would find and serve them. Here each server starts empty and renders its own
 * pages from its own database. Plain JavaScript: Next loads it at run time, outside the bundles.
 */

/** Rendered pages kept at most; the least recently used goes first. */
const MAX_ENTRIES = 2000;

const entries = new Map();

export default class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    entries.delete(key);
    entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat());
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.has(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
}
