import { LOCALE_COOKIE, isLocale } from "@/i18n/config";

/**
 * The language switch is a plain form POST, so it works without JavaScript. It remembers the choice
 * in a cookie and returns the visitor to the page they were on (same origin only).
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  if (!isLocale(locale)) {
    return Response.json({ error: { code: "invalid_locale", message: "Choose en or mi." } }, { status: 400 });
  }
  const origin = new URL(request.url).origin;
  let back = "/";
  const returnTo = form?.get("returnTo") ?? request.headers.get("referer");
  if (typeof returnTo === "string") {
    try {
      const target = new URL(returnTo, origin);
      if (target.origin === origin) back = `${target.pathname}${target.search}`;
    } catch {
      // not a URL: go home
    }
  }
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      Location: back,
      "Set-Cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`,
    },
  });
}
