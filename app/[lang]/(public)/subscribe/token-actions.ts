"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { isLocale } from "@/i18n/config";
import { redirect } from "@/i18n/navigation";
import { countRequestFrom } from "@/lib/dal/rate-limit";
import { confirmSubscription, stopManagedSubscriptions, unsubscribeByToken } from "@/lib/dal/subscriptions";
import { SUBSCRIPTION_LINK_RATE } from "@/lib/security/rate-limits";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { isWellFormedToken } from "@/lib/subscriptions/tokens";
import { formArgument } from "@/lib/forms/action-arguments";

const stopWhich = z.union([z.literal("all"), z.coerce.number().int().positive()]);

/**
 * The buttons on the pages a mailed link opens: each acts on the link's token and sends the reader
 * back to that page, which then says what happened. Opening a link changes nothing; only these
 * posts do, so a mail scanner that follows links confirms and stops nothing. A client over the rate
 * limit is sent to the page that says so, and nothing is done.
 */
async function tokenFrom(formData: FormData | null): Promise<string | null> {
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders)) return null;
  if (!(await countRequestFrom(SUBSCRIPTION_LINK_RATE, requestHeaders)).allowed) {
    return redirect("/subscribe/too-many");
  }
  const value = formData?.get("token");
  return typeof value === "string" && isWellFormedToken(value) ? value : null;
}

export async function confirmAction(...args: unknown[]): Promise<void> {
  const formData = formArgument(...args);
  const value = await tokenFrom(formData);
  if (!value) return redirect("/subscribe");
  const locale = await getLocale();
  await confirmSubscription(value, isLocale(locale) ? locale : "en");
  await redirect(`/subscribe/confirm/${value}`);
}

export async function unsubscribeAction(...args: unknown[]): Promise<void> {
  const formData = formArgument(...args);
  const value = await tokenFrom(formData);
  if (!value) return redirect("/subscribe");
  await unsubscribeByToken(value);
  await redirect(`/subscribe/unsubscribe/${value}`);
}

export async function stopAction(...args: unknown[]): Promise<void> {
  const formData = formArgument(...args);
  const value = await tokenFrom(formData);
  const which = stopWhich.safeParse(formData?.get("which"));
  if (!value || !which.success) return redirect("/subscribe");
  await stopManagedSubscriptions(value, which.data);
  await redirect(`/subscribe/manage/${value}?stopped=${which.data === "all" ? "all" : "one"}`);
}
