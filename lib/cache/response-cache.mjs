/**
 * A short-lived cache of finished public responses, in front of Next.js in the same process: the
 * "microcache" a reverse proxy would keep. Next.js serves a public page from its page cache, but
 * each hit still goes through the proxy, routing, the cache lookup, the page's ETag (a hash of the
 * whole HTML) and its encoding: several milliseconds of the server's one thread for a 150 KB page.
 * Here a page asked for again within a second is written from memory as it was sent the first time.
 *
 * What is kept: the answer to a GET without cookies whose status is 200, that sets no cookie and
 * that says any cache may keep it (`Cache-Control: public, s-maxage=…`, which only public pages
 * say). Everything else (staff pages, sign-in, server actions, requests with a session or a language
 * cookie, static files with their own caching) goes to Next.js every time.
 *
 * Freshness: an entry is served for `ttlMs` (never longer than its own s-maxage). After that the
 * next request goes to Next.js and replaces it; requests that arrive while it is on its way get the
 * old entry, for at most `staleMs` more, so a busy page never sends a crowd to the renderer at once.
 * A publish is therefore seen here at most `ttlMs` (plus one render) later than in Next.js's cache.
 *
 * Plain JavaScript: the server script loads it directly, outside the bundles.
 */

const NOT_KEPT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "age"]);

/** The part of the address and request headers that can change what a public page answers. */
const ALWAYS_KEYED = ["host", "x-forwarded-host", "x-forwarded-proto"];

/**
 * @param {{ ttlMs?: number, staleMs?: number, maxBytes?: number, now?: () => number }} [options]
 */
export function createResponseCache(options = {}) {
  const ttlMs = options.ttlMs ?? 1000;
  const staleMs = options.staleMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const now = options.now ?? Date.now;

  /** Address → the variants stored for it (one per combination of the headers its Vary names). */
  const byUrl = new Map();
  let bytes = 0;
  const counts = { hits: 0, stale: 0, misses: 0, stored: 0, bypassed: 0 };

  function keyOf(headers, names) {
    return [...ALWAYS_KEYED, ...names].map((n) => `${n}=${headers[n] ?? ""}`).join("\n");
  }

  /** The request as it arrived: Next.js rewrites `req.url` and adds headers while it answers. */
  function requestOf(req) {
    return { url: req.url, method: req.method, headers: { ...req.headers } };
  }

  function lookup(req) {
    const variants = byUrl.get(req.url);
    if (!variants) return undefined;
    for (const entry of variants.values()) {
      if (keyOf(req.headers, entry.vary) === entry.key) return entry;
    }
    return undefined;
  }

  function remove(url, entry) {
    const variants = byUrl.get(url);
    if (!variants || variants.get(entry.key) !== entry) return;
    variants.delete(entry.key);
    bytes -= entry.body.length;
    if (variants.size === 0) byUrl.delete(url);
  }

  function store(req, entry) {
    const old = lookup(req);
    if (old) remove(req.url, old);
    // Least recently stored addresses go first (Map keeps insertion order).
    const variants = byUrl.get(req.url) ?? new Map();
    byUrl.delete(req.url);
    variants.set(entry.key, entry);
    byUrl.set(req.url, variants);
    bytes += entry.body.length;
    counts.stored++;
    for (const [url, vs] of byUrl) {
      if (bytes <= maxBytes) break;
      for (const e of [...vs.values()]) remove(url, e);
    }
  }

  function send(req, res, entry) {
    const age = Math.floor((now() - entry.storedAt) / 1000);
    const headers = { ...entry.headers, age: String(age), "x-mahere-cache": "hit" };
    const tag = entry.headers.etag;
    if (tag && req.headers["if-none-match"] === tag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    headers["content-length"] = String(entry.body.length);
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : entry.body);
  }

  /** Whether a response may be kept, and for how long, read from its own headers. */
  function maxAgeOf(res, given) {
    const header = (name) => lowerKeys(given)[name] ?? res.getHeader(name);
    if (res.statusCode !== 200 || header("set-cookie") !== undefined) return 0;
    const cc = String(header("cache-control") ?? "");
    const sMaxAge = /(?:^|,)\s*s-maxage=(\d+)/.exec(cc);
    if (!/(?:^|,)\s*public\s*(?:,|$)/.test(cc) || !sMaxAge) return 0;
    return Math.min(ttlMs, Number(sMaxAge[1]) * 1000);
  }

  /** Lets the response go to the client as usual and keeps a copy of what was written. */
  function capture(req, res) {
    const chunks = [];
    let keeping = true;
    let headHeaders;
    const { write, end, writeHead } = res;
    const keep = (chunk, encoding) => {
      if (!keeping || chunk == null || typeof chunk === "function") return;
      if (chunks.length === 0 && maxAgeOf(res, headHeaders) === 0) {
        keeping = false;
        return;
      }
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
    };
    res.writeHead = function (status, ...rest) {
      const given = rest.find((r) => r && typeof r === "object");
      if (given && !Array.isArray(given)) headHeaders = given;
      return writeHead.call(this, status, ...rest);
    };
    res.write = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      const result = end.call(this, chunk, encoding, cb);
      const maxAge = keeping ? maxAgeOf(res, headHeaders) : 0;
      if (maxAge > 0) {
        const headers = {};
        for (const [name, value] of Object.entries({ ...res.getHeaders(), ...lowerKeys(headHeaders) })) {
          if (!NOT_KEPT.has(name) && value !== undefined) headers[name] = value;
        }
        const vary = String(headers.vary ?? "")
          .split(",")
          .map((v) => v.trim().toLowerCase())
          .filter(Boolean);
        const storedAt = now();
        store(req, {
          key: keyOf(req.headers, vary),
          vary,
          status: res.statusCode,
          headers,
          body: Buffer.concat(chunks),
          storedAt,
          freshUntil: storedAt + maxAge,
          refreshing: false,
        });
      }
      return result;
    };
  }

  /**
   * Answers `req` from the cache, or hands it to `next` (Next.js's request handler), keeping what it
   * answers when that may be kept.
   */
  return {
    handle(req, res, next) {
      const reading = req.method === "GET" || req.method === "HEAD";
      if (!reading || req.headers.cookie || req.headers.authorization) {
        counts.bypassed++;
        return next(req, res);
      }
      const entry = lookup(req);
      const t = now();
      if (entry && t < entry.freshUntil) {
        counts.hits++;
        return send(req, res, entry);
      }
      if (entry && entry.refreshing && t < entry.freshUntil + staleMs) {
        counts.stale++;
        return send(req, res, entry);
      }
      counts.misses++;
      if (entry) {
        entry.refreshing = true;
        // If the refresh fails (an error page is never kept), the next request tries again.
        res.on("close", () => {
          entry.refreshing = false;
        });
      }
      if (req.method === "GET") capture(requestOf(req), res);
      return next(req, res);
    },
    /** Forgets every kept response. */
    clear() {
      byUrl.clear();
      bytes = 0;
    },
    stats() {
      return { ...counts, bytes, addresses: byUrl.size };
    },
  };
}

function lowerKeys(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}
