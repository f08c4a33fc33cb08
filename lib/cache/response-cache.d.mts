import type { IncomingMessage, ServerResponse } from "node:http";

export interface ResponseCacheOptions {
  /** How long a kept response is served without asking Next.js (never longer than its s-maxage). */
  ttlMs?: number;
  /** How long after that an old response is served while one request fetches its replacement. */
  staleMs?: number;
  /** Kept bodies in all, at most; the least recently stored addresses go first. */
  maxBytes?: number;
  now?: () => number;
}

export interface ResponseCache {
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    next: (req: IncomingMessage, res: ServerResponse) => unknown,
  ): unknown;
  clear(): void;
  stats(): {
    hits: number;
    stale: number;
    misses: number;
    stored: number;
    bypassed: number;
    bytes: number;
    addresses: number;
  };
}

export function createResponseCache(options?: ResponseCacheOptions): ResponseCache;
