import { countRequestFrom } from "@/lib/dal/rate-limit";
import { unsubscribeByToken } from "@/lib/dal/subscriptions";
import { SUBSCRIPTION_LINK_RATE } from "@/lib/security/rate-limits";
import { env } from "@/lib/env";
import { isWellFormedToken } from "@/lib/subscriptions/tokens";

const PRIVATE = { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" };

type Context = { params: Promise<{ token: string }> };

/**
 * The List-Unsubscribe address. A POST (RFC 8058's one-click, `List-Unsubscribe=One-Click`, from a
 * mail program, with no session and no Origin of ours) stops the subscription at once. A GET, which
 * mail scanners make, changes nothing: it sends the reader to the page with the button.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const rate = await countRequestFrom(SUBSCRIPTION_LINK_RATE, request.headers);
  if (!rate.allowed) {
    return new Response("Too many requests from here in a short time. Nothing was changed: try again later.\n", {
      status: 429,
      headers: { ...PRIVATE, "Retry-After": String(rate.retryAfterSeconds) },
    });
  }
  const { token } = await params;
  if (!isWellFormedToken(token) || !(await unsubscribeByToken(token))) {
    return new Response("This unsubscribe link is not recognised. Nothing was changed.\n", {
      status: 404,
      headers: PRIVATE,
    });
  }
  return new Response("Unsubscribed: no more e-mail will be sent about this.\n", { status: 200, headers: PRIVATE });
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const page = `${env().publicUrl}/subscribe/unsubscribe/${isWellFormedToken(token) ? token : "unknown"}`;
  return new Response(null, { status: 303, headers: { Location: page, "Cache-Control": "private, no-store" } });
}
