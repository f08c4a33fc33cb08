"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { isLocale } from "@/i18n/config";
import { localizedHref } from "@/i18n/routing";
import { countRequestFrom } from "@/lib/dal/rate-limit";
import { requestSubscription } from "@/lib/dal/subscriptions";
import { SUBSCRIBE_RATE } from "@/lib/security/rate-limits";
import { followedPagePath, type Followed } from "@/lib/subscriptions/scope";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { stateAndForm } from "@/lib/forms/action-arguments";
import type { FollowState } from "@/lib/subscriptions/follow-state";

/** The form's rules, with its messages in the visitor's language. */
function followSchema(t: (key: string) => string) {
  return z.object({
    email: z
      .string()
      .trim()
      .min(1, t("emailMissing"))
      .max(254, t("emailInvalid"))
      .pipe(z.email(t("emailInvalid"))),
    followed: z.discriminatedUnion("scope", [
      z.object({ scope: z.literal("all"), target: z.literal("") }),
      z.object({ scope: z.literal("workstream"), target: z.string().regex(/^[1-9]\d{0,2}$/) }),
      z.object({ scope: z.literal("action"), target: z.string().regex(/^\d{1,3}\.\d{1,3}$/) }),
    ]),
  });
}

function followedOf(f: { scope: "all" | "workstream" | "action"; target: string }): Followed {
  if (f.scope === "workstream") return { scope: "workstream", number: Number.parseInt(f.target, 10) };
  if (f.scope === "action") return { scope: "action", code: f.target };
  return { scope: "all" };
}

/**
 * The follow form's action (every action and workstream page, and /subscribe). It answers "check
 * your e-mail" the same way whether or not the address already follows this: only the message
 * sent to the address says which. Works as a plain form post without JavaScript.
 */
export async function followAction(given: FollowState, posted: FormData): Promise<FollowState> {
  const t = await getTranslations("subscriptions.form");
  const { previous: prev, form: formData } = stateAndForm<FollowState>(given, posted, {});
  if (!formData) return { message: t("notFromMahere") };
  const typed = formData.get("email");
  const email = typeof typed === "string" ? typed.slice(0, 320) : "";
  const attempt = (prev.attempt ?? 0) + 1;
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders)) return { message: t("notFromMahere"), email, attempt };
  const rate = await countRequestFrom(SUBSCRIBE_RATE, requestHeaders);
  if (!rate.allowed)
    return { message: t("tooMany", { minutes: Math.ceil(rate.retryAfterSeconds / 60) }), email, attempt };
  const parsed = followSchema(t).safeParse({
    email: typed,
    followed: { scope: formData.get("scope"), target: formData.get("target") ?? "" },
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    if (!fieldErrors.email) return { message: t("unknownTarget"), email, attempt };
    return { fieldErrors: { email: fieldErrors.email }, email, attempt };
  }
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "en";
  const followed = followedOf(parsed.data.followed);
  try {
    const result = await requestSubscription({
      email: parsed.data.email,
      followed,
      pagePath: localizedHref(followedPagePath(followed), language),
      language,
    });
    if (!result.ok) {
      return result.reason === "unknown-target"
        ? { message: t("unknownTarget"), email, attempt }
        : { fieldErrors: { email: [t("emailInvalid")] }, email, attempt };
    }
  } catch (error) {
    // The address is not in the error: the database's own message names tables, not values.
    console.error("Subscription request failed:", error instanceof Error ? error.name : "unknown error");
    return { message: t("failed"), email, attempt };
  }
  return { done: true };
}
