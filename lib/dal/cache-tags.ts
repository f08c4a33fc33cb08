/** Cache tags of the public data: publishing revalidates them so public pages refresh at once. */
export const PUBLIC_PLAN_TAG = "public-plan";
