import type { UpdateState } from "@/lib/status/vocabulary";

/**
 * What a workflow step returns. `replayed` is true when the same person repeated a step that had
 * already happened (a double click, a retried request): nothing new was written.
 */
export type MutationResult = { updateId: number; version: number; state: UpdateState; replayed: boolean };
