// BuiltInPartitioner's load-weighted draw (KIP-794): queue sizes are inverted against the largest + 1 and folded
// into a cumulative frequency table in place, then the first entry greater than random % total wins, so a
// partition with a shorter queue is more likely. Used for all partitions and for those in the client's rack.

/** Folds `sizes[0..n)` in place and returns the id drawn for `random` (n ≥ 1; `maxPlus1` = largest size + 1). */
export function pickByLoad(random: number, ids: Int32Array, sizes: Int32Array, n: number, maxPlus1: number): number {
  let acc = 0;
  for (let i = 0; i < n; i++) { acc += maxPlus1 - sizes[i]!; sizes[i] = acc; }
  const w = random % acc;
  // first value strictly greater than w
  let lo = 0, hi = n - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sizes[mid]! > w) hi = mid; else lo = mid + 1; }
  return ids[lo]!;
}
