import type { PublicAction } from "@/lib/public/types";
import { publicAction as baseAction } from "../../support/public-fixtures";

/** A public action that has not reported yet, due at the end of 2024, for the pure helpers' tests. */
export function publicAction(overrides: Partial<PublicAction> & { code: string }): PublicAction {
  const base = baseAction({ code: overrides.code });
  return baseAction({
    baselineDue: "2024-12-31",
    status: { ...base.status, stage: null, confidence: null, systemState: "not_yet_reported" },
    ...overrides,
  });
}
