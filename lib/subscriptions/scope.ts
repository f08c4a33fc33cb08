import type { SubscriptionScope } from "@/db/schema/subscriptions";

/** What a subscription follows: everything, one workstream (number) or one action (code). */
export type Followed = { scope: "all" } | { scope: "workstream"; number: number } | { scope: "action"; code: string };

/** The scope and target columns for what is followed. */
export function followedColumns(f: Followed): { scope: SubscriptionScope; target: string } {
  if (f.scope === "all") return { scope: "all", target: "" };
  if (f.scope === "workstream") return { scope: "workstream", target: String(f.number) };
  return { scope: "action", target: f.code };
}

export function followedFromColumns(scope: SubscriptionScope, target: string): Followed {
  if (scope === "workstream") return { scope, number: Number.parseInt(target, 10) };
  if (scope === "action") return { scope, code: target };
  return { scope: "all" };
}

/**
 * Whether news of an action reaches a subscription: one following everything hears of every
 * action; one following a workstream, of the actions whose primary workstream it is; one following
 * an action, of that action only.
 */
export function covers(f: Followed, action: { code: string; workstream: number }): boolean {
  if (f.scope === "all") return true;
  if (f.scope === "workstream") return f.number === action.workstream;
  return f.code === action.code;
}

/** The page a subscription's form sits on, without its language ("/actions/1.4"). */
export function followedPagePath(f: Followed): string {
  if (f.scope === "workstream") return `/workstreams/${f.number}`;
  if (f.scope === "action") return `/actions/${f.code}`;
  return "/subscribe";
}
