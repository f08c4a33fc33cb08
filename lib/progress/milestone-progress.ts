/** Milestone completion for one action. No milestones means unknown (null), never 0 %. */

export type MilestoneRef = { completedOn: string | null; weight?: number };
export type MilestoneProgress = { done: number; total: number; percent: number };

export function milestoneProgress(milestones: MilestoneRef[], opts?: { weighted?: boolean }): MilestoneProgress | null {
  let done = 0;
  let doneWeight = 0;
  let totalWeight = 0;
  for (const m of milestones) {
    const weight = m.weight ?? 1;
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new RangeError(`Milestone weight must be a positive number, got ${weight}`);
    }
    totalWeight += weight;
    if (m.completedOn !== null) {
      done += 1;
      doneWeight += weight;
    }
  }
  const total = milestones.length;
  if (total === 0) return null;

  const ratio = opts?.weighted ? doneWeight / totalWeight : done / total;
  let percent = Math.round(ratio * 100);
  // Rounding must not claim "100 %" while work remains, nor "0 %" once something is done.
  if (done < total) percent = Math.min(percent, 99);
  if (done > 0) percent = Math.max(percent, 1);
  return { done, total, percent };
}
