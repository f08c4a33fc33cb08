import { LOCALE_COOKIE, isLocale } from "@/i18n/config";
import { isSitePath, localizedHref, unlocalizedPath } from "@/i18n/routing";

/**
 * The language switch is a plain form POST, so it works without JavaScript. It sends the visitor to
 * the page they were on (same origin only) at its address in the chosen language (`/actions` ⇄
 * `/mi/actions`), and remembers the choice in a cookie: proxy.ts sends a returning visitor who
 * chose te reo Māori from an English address to the `/mi` one; choosing English stops that.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  if (!isLocale(locale)) {
    return Response.json({ error: { code: "invalid_locale", message: "Choose en or mi." } }, { status: 400 });
  }
  const origin = new URL(request.url).origin;
  // The page the switch was on, if it is on this site (as the browser addressed it).
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(origin).host;
  let back = localizedHref("/", locale);
  const returnTo = form?.get("returnTo") ?? request.headers.get("referer");
  if (typeof returnTo === "string") {
    try {
      const target = new URL(returnTo, origin);
      if (target.host === host && isSitePath(target.pathname)) {
        back = localizedHref(`${unlocalizedPath(target.pathname)}${target.search}`, locale);
      }
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
