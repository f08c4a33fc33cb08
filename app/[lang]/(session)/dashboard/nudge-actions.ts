"use server";

import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { getActor } from "@/lib/dal/actor";
import { nudgeAgency } from "@/lib/dal/reminders/nudge";
import { isWorkflowError } from "@/lib/dal/updates";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { formArgument } from "@/lib/forms/action-arguments";

const agencySlug = z.string().regex(/^[a-z0-9-]{1,60}$/);

/** A TEC monitor's "Remind" on the compliance board: the dashboard then says whether it went. */
export async function nudgeAgencyAction(...args: unknown[]): Promise<void> {
  const slug = agencySlug.safeParse(formArgument(...args)?.get("agency"));
  if (!isSameOriginRequest(await headers()) || !slug.success) return redirect("/dashboard");
  let nudged: boolean;
  try {
    ({ nudged } = await nudgeAgency(await getActor(), slug.data));
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error)) return redirect("/dashboard");
    throw error;
  }
  return redirect(`/dashboard?nudged=${slug.data}&nudge=${nudged ? "sent" : "already"}#compliance-heading`);
}
