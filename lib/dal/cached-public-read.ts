import "server-only";
import { cache } from "react";
import { publicStamp } from "./public-revision";

type Entry<T> = { stamp: string; loadedAt: number; value: Promise<T> };

/** How long a read waits for the record's stamp before it answers from memory, if it can. */
export const STAMP_WAIT_MS = 3000;

type Stamp = { ok: true; stamp: string } | { ok: false; error: unknown };

/** The stamp, or why there is none: the database is unreachable or did not answer in time. */
async function stampWithin(ms: number): Promise<Stamp> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Stamp>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: new Error(`no public stamp within ${ms} ms`) }), ms);
  });
  try {
    return await Promise.race([publicStamp().then((stamp): Stamp => ({ ok: true, stamp })), late]);
  } catch (error) {
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

/** One stamp per request (pages ask for the plan several times while rendering). */
const requestStamp = cache(() => stampWithin(STAMP_WAIT_MS));

/**
 * `load`, kept in this server's memory and served while the public record is unchanged: each call
 * reads the record's stamp (one small query) and loads again when it differs, so a change made
 * through any server, a restore or a second database is never answered from the old value. Time-only
 * effects (a period's deadline passing) are refreshed in the background once the value is `maxAge`
 * seconds old, while the old value is still served; concurrent callers share one load.
 *
 * When the stamp cannot be read (the database is down, or every connection is stuck behind slow
 * queries for longer than STAMP_WAIT_MS) the value in memory is served as it is: the public keeps
 * reading what was published until the database answers again. With nothing in memory, the read fails.
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
    const read = await requestStamp();
    if (!read.ok) {
      if (current) return current.value;
      throw read.error;
    }
    const stamp = read.stamp;
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
