"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { isLocale } from "@/i18n/config";
import { redirect } from "@/i18n/navigation";
import { countRequestFrom } from "@/lib/dal/rate-limit";
import { resumePath, saveStep, startResponse } from "@/lib/dal/stocktake/respond";
import { isWorkflowError } from "@/lib/dal/updates";
import { STOCKTAKE_LINK_RATE, STOCKTAKE_START_RATE } from "@/lib/security/rate-limits";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import type { StartState } from "@/lib/stocktake/start-state";
import { isStepIntent } from "@/lib/stocktake/steps";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/**
 * "Start": a new response and its private link, shown on the first step (and mailed when an
 * address is given). The address is optional; a wrong one is refused with what was typed kept.
 */
export async function startAction(previous: StartState, formData: FormData): Promise<StartState> {
  const t = await getTranslations("survey.start");
  const slug = text(formData.get("slug"));
  const email = text(formData.get("email")).slice(0, 320);
  const attempt = previous.attempt + 1;
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders)) return { message: t("notFromMahere"), email, attempt };
  const rate = await countRequestFrom(STOCKTAKE_START_RATE, requestHeaders);
  if (!rate.allowed)
    return { message: t("tooMany", { minutes: Math.ceil(rate.retryAfterSeconds / 60) }), email, attempt };
  const parsed = z
    .union([
      z.literal(""),
      z
        .string()
        .max(254, t("emailInvalid"))
        .pipe(z.email(t("emailInvalid"))),
    ])
    .safeParse(email.trim());
  if (!parsed.success) return { fieldErrors: { email: [t("emailInvalid")] }, email, attempt };
  const locale = await getLocale();
  let target: string;
  try {
    const started = await startResponse(slug, {
      email: parsed.data === "" ? null : parsed.data,
      language: isLocale(locale) ? locale : "en",
    });
    target = `${resumePath(slug, started.token)}?started=${started.mailed ? "mailed" : "shown"}`;
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    return { message: t("notOpen"), email, attempt };
  }
  return redirect(target);
}

/**
 * Every button of a survey step: the step is saved as posted, then the person is taken where the
 * button and the answers say. A refusal (a closed round, a response already sent, a wrong link)
 * leads back to the link's page, which says what it can without showing anything it should not.
 */
export async function saveStepAction(formData: FormData): Promise<void> {
  const slug = text(formData.get("slug"));
  const token = text(formData.get("token"));
  const step = Number.parseInt(text(formData.get("step")), 10);
  const intent = formData.get("intent");
  const page = resumePath(slug, token);
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders) || !isStepIntent(intent) || !Number.isSafeInteger(step))
    return redirect(page);
  if (!(await countRequestFrom(STOCKTAKE_LINK_RATE, requestHeaders)).allowed) return redirect(page);
  let target: string;
  try {
    const result = await saveStep(slug, token, step, intent, formData);
    const problems = Object.keys(result.fieldErrors).length > 0;
    if (result.submitted) target = `${page}?done=submitted`;
    else if (intent === "leave") target = `${page}?done=left&step=${result.step}`;
    else target = `${page}?step=${result.step}${problems ? "&check=1" : ""}`;
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    target = page;
  }
  return redirect(target);
}
