/**
 * Natural order for action codes: numeric parts compare as numbers, so "2.9" < "2.10"
 * and "2" < "2.1". Usable directly as an Array.prototype.sort comparator.
 */
export function compareActionCodes(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    const xNum = /^\d/.test(x);
    const yNum = /^\d/.test(y);
    if (xNum && yNum) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff < 0 ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  if (pa.length !== pb.length) return pa.length < pb.length ? -1 : 1;
  // Equal by value but spelt differently ("1.01" vs "1.1"): fall back to plain order.
  return a === b ? 0 : a < b ? -1 : 1;
}
