import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createResponseCache, type ResponseCacheOptions } from "@/lib/cache/response-cache.mjs";

const PUBLIC_PAGE = "public, s-maxage=5, stale-while-revalidate=55";

interface Answer {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string;
  /** Written in several pieces, as Next.js streams a page. */
  pieces?: number;
  /** The answer waits for this before it is written (a slow render the test lets finish). */
  gate?: Promise<void>;
  /** Headers given to writeHead rather than set one by one. */
  inWriteHead?: boolean;
}

/** A server with the cache in front of a stand-in for Next.js that counts what reaches it. */
async function serverWith(answer: (req: IncomingMessage, n: number) => Answer, options: ResponseCacheOptions = {}) {
  const seen: { url: string; headers: IncomingMessage["headers"] }[] = [];
  const cache = createResponseCache(options);
  const behind = async (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ url: req.url!, headers: { ...req.headers } });
    const a = answer(req, seen.length);
    // Next.js rewrites the address and adds headers while it answers.
    req.url = `/en${req.url}`;
    req.headers["x-middleware-rewrite"] = "/en";
    if (a.gate) await a.gate;
    const headers = { "content-type": "text/html; charset=utf-8", "cache-control": PUBLIC_PAGE, ...a.headers };
    if (a.inWriteHead) res.writeHead(a.status ?? 200, headers);
    else {
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      res.statusCode = a.status ?? 200;
    }
    const body = a.body ?? `page ${seen.length} of ${req.url}`;
    const pieces = a.pieces ?? 1;
    const size = Math.ceil(body.length / pieces);
    for (let i = 0; i < pieces - 1; i++) res.write(Buffer.from(body.slice(i * size, (i + 1) * size)));
    res.end(body.slice((pieces - 1) * size));
  };
  const server = http.createServer((req, res) => void cache.handle(req, res, behind));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${path}`, init);
    return { status: res.status, headers: res.headers, body: await res.text() };
  };
  return { get, seen, cache };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A clock the test moves by hand. */
function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("the cache of finished public responses", () => {
  it("answers a public page asked for again from memory, byte for byte with its headers, under the address it was asked at", async () => {
    const { get, seen } = await serverWith(() => ({ pieces: 3, body: "Kia ora, Māori ".repeat(50) }));
    const first = await get("/actions/1.1");
    const second = await get("/actions/1.1");
    expect(seen).toHaveLength(1);
    expect(second.body).toBe(first.body);
    expect(second.body).toContain("Māori");
    expect(second.headers.get("cache-control")).toBe(PUBLIC_PAGE);
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("content-length")).toBe(String(Buffer.byteLength(first.body)));
    expect(second.headers.get("x-mahere-cache")).toBe("hit");
    expect(second.headers.get("age")).toBe("0");
    expect(first.headers.get("x-mahere-cache")).toBeNull();
    // Another address is another page.
    await get("/actions/1.2");
    expect(seen).toHaveLength(2);
  });

  it("keeps headers given to writeHead as well as those set one by one", async () => {
    const { get, seen } = await serverWith(() => ({ inWriteHead: true, headers: { "x-page": "yes" } }));
    await get("/");
    const again = await get("/");
    expect(seen).toHaveLength(1);
    expect(again.headers.get("x-page")).toBe("yes");
  });

  it.each<[string, Answer]>([
    ["a private page", { headers: { "cache-control": "private, no-cache, no-store" } }],
    ["a static file with its own caching", { headers: { "cache-control": "public, max-age=31536000, immutable" } }],
    ["a page that is not found", { status: 404 }],
    ["an error", { status: 500 }],
    ["a redirect", { status: 307, headers: { location: "/mi" } }],
    ["an answer that sets a cookie", { headers: { "set-cookie": "mahere_lang=mi; Path=/" } }],
    ["an answer that sets a cookie in writeHead", { inWriteHead: true, headers: { "set-cookie": "a=b" } }],
  ])("never keeps %s", async (_name, answer) => {
    const { get, seen } = await serverWith(() => answer);
    await get("/page", { redirect: "manual" });
    await get("/page", { redirect: "manual" });
    expect(seen).toHaveLength(2);
  });

  it("leaves requests with cookies or credentials, and anything but GET and HEAD, to the app every time", async () => {
    const { get, seen } = await serverWith(() => ({}));
    await get("/");
    expect(seen).toHaveLength(1);
    // A returning visitor's language cookie can send them elsewhere; a session is somebody's.
    await get("/", { headers: { cookie: "mahere_lang=mi" } });
    await get("/", { headers: { authorization: "Bearer x" } });
    await get("/", { method: "POST", body: "x" });
    expect(seen).toHaveLength(4);
    expect((await get("/")).headers.get("x-mahere-cache")).toBe("hit");
    expect(seen).toHaveLength(4);
  });

  it("keeps one answer per value of each header the answer varies on, and per host and protocol", async () => {
    const { get, seen } = await serverWith((req) => ({
      headers: { vary: "rsc, Accept-Encoding" },
      body: `rsc=${req.headers.rsc ?? ""} enc=${req.headers["accept-encoding"] ?? ""}`,
    }));
    const html = await get("/", { headers: { "accept-encoding": "identity" } });
    const flight = await get("/", { headers: { rsc: "1", "accept-encoding": "identity" } });
    expect(flight.body).not.toBe(html.body);
    expect((await get("/", { headers: { rsc: "1", "accept-encoding": "identity" } })).body).toBe(flight.body);
    expect((await get("/", { headers: { "accept-encoding": "identity" } })).body).toBe(html.body);
    expect(seen).toHaveLength(2);
    await get("/", { headers: { "accept-encoding": "gzip" } });
    await get("/", { headers: { "accept-encoding": "identity", "x-forwarded-proto": "https" } });
    await get("/", { headers: { "accept-encoding": "identity", "x-forwarded-host": "other.example" } });
    expect(seen).toHaveLength(5);
  });

  it("answers HEAD from a kept GET without a body, keeps nothing from a HEAD, and answers a matching If-None-Match with 304", async () => {
    const { get, seen } = await serverWith(() => ({ headers: { etag: '"abc"' } }));
    await get("/", { method: "HEAD" });
    await get("/");
    expect(seen).toHaveLength(2);
    const head = await get("/", { method: "HEAD" });
    expect(head.headers.get("x-mahere-cache")).toBe("hit");
    expect(head.body).toBe("");
    const notModified = await get("/", { headers: { "if-none-match": '"abc"' } });
    expect(notModified.status).toBe(304);
    expect((await get("/", { headers: { "if-none-match": '"old"' } })).status).toBe(200);
    expect(seen).toHaveLength(2);
  });

  it("asks the app again once the entry is older than its time to live, and never keeps longer than the page's s-maxage", async () => {
    const c = clock();
    const { get, seen } = await serverWith((_req, n) => ({ body: `version ${n}` }), { ttlMs: 1000, now: c.now });
    expect((await get("/")).body).toBe("version 1");
    c.advance(999);
    expect((await get("/")).body).toBe("version 1");
    c.advance(2);
    expect((await get("/")).body).toBe("version 2");
    expect(seen).toHaveLength(2);

    const short = await serverWith(
      (_req, n) => ({ body: `v${n}`, headers: { "cache-control": "public, s-maxage=0" } }),
      {
        ttlMs: 1000,
      },
    );
    await short.get("/");
    await short.get("/");
    expect(short.seen).toHaveLength(2);
  });

  it("sends one request for a stale page to the app and answers the others with the old page meanwhile", async () => {
    const c = clock();
    let release = () => {};
    let gate: Promise<void> | undefined = undefined;
    const { get, seen } = await serverWith((_req, n) => ({ body: `version ${n}`, gate }), {
      ttlMs: 1000,
      staleMs: 10_000,
      now: c.now,
    });
    await get("/");
    c.advance(1500);
    gate = new Promise((r) => (release = r));
    const refreshing = get("/");
    // The refresh has reached the app and is held there until the others are answered.
    while (seen.length < 2) await new Promise((r) => setTimeout(r, 5));
    const others = await Promise.all([get("/"), get("/"), get("/")]);
    expect(others.map((o) => o.body)).toEqual(["version 1", "version 1", "version 1"]);
    release();
    expect((await refreshing).body).toBe("version 2");
    expect(seen).toHaveLength(2);
    expect((await get("/")).body).toBe("version 2");
  });

  it("keeps serving the old page while a refresh fails, and tries again with the next request", async () => {
    const c = clock();
    let failing = false;
    const { get, seen } = await serverWith(
      (_req, n) => (failing ? { status: 500, body: "broken" } : { body: `v${n}` }),
      {
        ttlMs: 1000,
        staleMs: 10_000,
        now: c.now,
      },
    );
    await get("/");
    c.advance(1500);
    failing = true;
    expect((await get("/")).status).toBe(500);
    expect((await get("/")).status).toBe(500);
    expect(seen).toHaveLength(3);
    failing = false;
    expect((await get("/")).body).toBe("v4");
    // Past the stale window nobody gets the old page.
    c.advance(20_000);
    failing = true;
    expect((await get("/")).status).toBe(500);
  });

  it("holds at most maxBytes of bodies, forgetting the least recently stored addresses first", async () => {
    const { get, seen, cache } = await serverWith(() => ({ body: "x".repeat(400) }), { maxBytes: 1000 });
    await get("/a");
    await get("/b");
    await get("/c");
    expect(cache.stats().bytes).toBeLessThanOrEqual(1000);
    expect(seen).toHaveLength(3);
    await get("/c");
    await get("/b");
    expect(seen).toHaveLength(3);
    await get("/a");
    expect(seen).toHaveLength(4);
  });
});
