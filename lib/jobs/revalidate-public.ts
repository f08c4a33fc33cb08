import "server-only";
import { PUBLIC_PLAN_TAG } from "@/lib/dal/cache-tags";

type IncrementalCache = { revalidateTag(tags: string[]): Promise<void> };

/**
 * Expires the cached public plan in this server process after a job changed it. Outside a request
 * Next's revalidateTag() has nothing to attach to, so this goes to the cache the server itself uses
 * (set once the server has handled a request; before that nothing is cached to expire). Other
 * servers, and runs of `npm run jobs:run`, leave it to the cache's five-minute refresh.
 */
export async function revalidatePublicPlan(): Promise<void> {
  const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
  await cache?.revalidateTag([PUBLIC_PLAN_TAG]);
}
