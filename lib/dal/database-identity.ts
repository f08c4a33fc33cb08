import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { unstable_cache } from "next/cache";
import { optionsFromEnv } from "@/db/client";

/**
 * Which database this server reads: a hash of DATABASE_URL, or of the embedded database's folder.
 * Next.js keeps its data cache on disk in the build folder, shared by every server started from
 * it; with this in the cache key, a server never serves what another cached from another database
 * (the demo's plan on a real deployment, say).
 */
export function databaseIdentity(): string {
  const options = optionsFromEnv();
  const where =
    options.kind === "postgres" ? options.url : options.kind === "pglite-dir" ? path.resolve(options.dir) : "";
  return createHash("sha256").update(`${options.kind}:${where}`).digest("hex").slice(0, 16);
}

/**
 * `load`, cached under `tag` for this server's database and refreshed at least every `revalidate`
 * seconds; revalidateTag(tag) refreshes it at once, for every database.
 */
export function cachedPerDatabase<T>(tag: string, load: () => Promise<T>, revalidate: number): () => Promise<T> {
  const perDatabase = new Map<string, () => Promise<T>>();
  return () => {
    const id = databaseIdentity();
    let cached = perDatabase.get(id);
    if (!cached) {
      cached = unstable_cache(load, [tag, id], { tags: [tag], revalidate });
      perDatabase.set(id, cached);
    }
    return cached();
  };
}
