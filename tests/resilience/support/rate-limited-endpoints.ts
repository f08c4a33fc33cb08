/**
 * The public endpoints that must be rate limited per client address, each with its limit and a way
 * to send request number `i` from an address and tell whether it was refused. A new public endpoint
 * that acts on a secret link or sends mail (a stocktake's resume link, for one) adds itself here.
 */
import { SUBSCRIBE_RATE, SUBSCRIPTION_LINK_RATE } from "../../../lib/security/rate-limits";
import { serverActions } from "./hostile-inputs";

export type RateLimitedEndpoint = {
  name: string;
  limit: number;
  /** Sends request `i` from `address`; true when it was refused for the rate. */
  refused(base: string, address: string, i: number): Promise<boolean>;
};

function actionId(name: string): string {
  const found = serverActions().find((a) => a.name === name);
  if (!found) throw new Error(`No server action ${name} in the build.`);
  return found.id;
}

/** Calls a server action as React does: the form's fields under `1_`, the arguments under `0`. */
async function callAction(
  base: string,
  page: string,
  address: string,
  name: string,
  args: string,
  fields: Record<string, string>,
) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`1_${k}`, v);
  body.append("0", args);
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "next-action": actionId(name), accept: "text/x-component", "x-forwarded-for": address },
    body,
  });
  return {
    status: response.status,
    redirect: response.headers.get("x-action-redirect") ?? "",
    body: await response.text(),
  };
}

const TOKEN = "A".repeat(43);

export const RATE_LIMITED_ENDPOINTS: RateLimitedEndpoint[] = [
  {
    name: "following the plan by e-mail (the follow form)",
    limit: SUBSCRIBE_RATE.limit,
    async refused(base, address, i) {
      const answer = await callAction(base, "/subscribe", address, "followAction", '[{},"$K1"]', {
        email: `rate-${i}@example.org`,
        scope: "all",
        target: "",
      });
      return answer.body.includes("Too many sign-ups from here");
    },
  },
  {
    name: "a subscription link's buttons (confirm)",
    limit: SUBSCRIPTION_LINK_RATE.limit,
    async refused(base, address) {
      const answer = await callAction(base, `/subscribe/confirm/${TOKEN}`, address, "confirmAction", '["$K1"]', {
        token: TOKEN,
      });
      return answer.redirect.includes("/subscribe/too-many");
    },
  },
  {
    name: "one-click unsubscribe (List-Unsubscribe-Post)",
    limit: SUBSCRIPTION_LINK_RATE.limit,
    async refused(base, address) {
      const response = await fetch(`${base}/api/subscriptions/unsubscribe/${TOKEN}`, {
        method: "POST",
        headers: { "x-forwarded-for": address, "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      await response.arrayBuffer();
      return response.status === 429;
    },
  },
  // Stocktake resume links: add their endpoint here once it exists.
];
