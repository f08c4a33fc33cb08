/**
 * Next.js keeps its data cache (unstable_cache, fetch) on disk in the build folder, shared by every
 * server started from that build. The bench removes it before each size starts, so a size never
 * serves what an earlier size cached.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Folders under .next/cache that hold data, not build output: `fetch-cache` is where Next 16 keeps
 * unstable_cache and fetch entries (and the tags' revalidation times, fetch-cache/tags-manifest.json).
 * Build caches (swc, webpack, turbopack) and optimised images are left alone.
 */
export const DATA_CACHE_DIRS = ["fetch-cache"];

/** Removes the data cache folders; returns the ones that were there. */
export function clearDataCache(root: string): string[] {
  const cache = path.join(root, ".next", "cache");
  const removed: string[] = [];
  for (const dir of DATA_CACHE_DIRS) {
    const full = path.join(cache, dir);
    if (existsSync(full)) {
      rmSync(full, { recursive: true, force: true });
      removed.push(dir);
    }
  }
  return removed;
}

/** What .next/cache holds now (folder names), to report anything new a Next.js upgrade may add. */
export function cacheContents(root: string): string[] {
  const cache = path.join(root, ".next", "cache");
  return existsSync(cache) ? readdirSync(cache).sort() : [];
}
