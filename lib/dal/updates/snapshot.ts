import type { UpdateRow } from "./load";

/**
 * What the audit trail keeps of an update: its workflow position and the author's content, not
 * the whole row (ids and timestamps are on the event itself).
 */
export function auditSnapshot(row: UpdateRow, extra: Record<string, unknown> = {}) {
  return {
    state: row.state,
    version: row.version,
    stage: row.stage,
    confidence: row.confidence,
    publicNarrative: row.publicNarrative,
    internalNotes: row.internalNotes,
    risks: row.risks,
    nextSteps: row.nextSteps,
    explanation: row.explanation,
    recoveryStep: row.recoveryStep,
    notProceedingReason: row.notProceedingReason,
    forecastDue: row.forecastDue,
    returnReason: row.returnReason,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    ...extra,
  };
}
