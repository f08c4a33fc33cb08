import "server-only";
import { cache } from "react";
import { publicStamp } from "./public-revision";

type Entry<T> = { stamp: string; loadedAt: number; value: Promise<T> };

/** One stamp per request (pages ask for the plan several times while rendering). */
const requestStamp = cache(() => publicStamp());

/**
 * `load`, kept in this server's memory and served while the public record is unchanged: each call
 * reads the record's stamp (one small query) and loads again when it differs, so a change made
 * through any server, a restore or a second database is never answered from the old value. Time-only
 * effects (a period's deadline passing) are refreshed in the background once the value is `maxAge`
 * seconds old, while the old value is still served; concurrent callers share one load.
 */
export function cachedPublicRead<T>(load: () => Promise<T>, maxAgeSeconds: number): () => Promise<T> {
  let current: Entry<T> | null = null;
  let refreshing: Entry<T> | null = null;

  const start = (stamp: string): Entry<T> => {
    const entry: Entry<T> = { stamp, loadedAt: Date.now(), value: load() };
    entry.value.catch(() => {
      if (current === entry) current = null;
      if (refreshing === entry) refreshing = null;
    });
    return entry;
  };

  return async () => {
    const stamp = await requestStamp();
    if (current?.stamp !== stamp) {
      current = refreshing?.stamp === stamp ? refreshing : start(stamp);
      refreshing = null;
      return current.value;
    }
    if (!refreshing && Date.now() - current.loadedAt > maxAgeSeconds * 1000) {
      const entry = start(stamp);
      refreshing = entry;
      entry.value.then(
        () => {
          if (refreshing === entry && current?.stamp === entry.stamp) current = entry;
          if (refreshing === entry) refreshing = null;
        },
        () => undefined,
      );
    }
    return current.value;
  };
}
