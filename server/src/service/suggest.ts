// Edit distance over dotted config names: the spelling half of did-you-mean (nearMiss.ts adds the names written
// in other conventions or for other clients, and decides which suggestion is clear enough to apply).
//
// Keys are compared after normalising case and separators (`.`, `_`, `-`, `,`, `;`, `:`, space all
// count as the dot Kafka uses), so `linger,ms` and `max.in.flight.requests.per_connection` match
// their real key at distance 0. The remaining difference is an optimal-string-alignment distance
// (insert, delete, substitute, swap two neighbours), bounded so a candidate is dropped as soon as it
// can no longer be close enough. A second, cheaper signal catches a missing leading segment
// (`idempotence` → `enable.idempotence`).

const SEPARATORS = /[._\-,;:\s/]+/g;

/** Lower case, every run of separator characters turned into one dot, no dots at the ends. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(SEPARATORS, '.').replace(/^\.+|\.+$/g, '');
}

/** How far off a key may be and still get a suggestion: about one edit per five characters. */
export function maxDistance(length: number): number {
  if (length <= 3) return 1;
  if (length <= 9) return 2;
  return Math.min(4, 2 + Math.floor((length - 10) / 12));
}

/**
 * Optimal string alignment distance between `a` and `b`, or `limit + 1` as soon as it is known to
 * exceed `limit`. O(|a|·|b|) worst case, usually far less thanks to the length prefilter and the
 * per-row cut-off.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > limit) return limit + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb]!;
  return d > limit ? limit + 1 : d;
}

export interface ScoredSuggestion {
  key: string;
  /** 0 = same after normalising separators and case. */
  distance: number;
}

/**
 * normalizeKey of a candidate (a catalog key or an enum value), kept: the same few hundred candidates are
 * scored against every unknown key of a file (221k in a 10 MB one).
 */
const NORMALIZED = new Map<string, string>();
function normalizedCandidate(c: string): string {
  let n = NORMALIZED.get(c);
  if (n === undefined) {
    n = normalizeKey(c);
    if (NORMALIZED.size < 10_000) NORMALIZED.set(c, n);
  }
  return n;
}

/** Suggestions with their distance, best first (ties by candidate order). */
export function scoreSuggestions(unknown: string, candidates: readonly string[], max = 3): ScoredSuggestion[] {
  const n = normalizeKey(unknown);
  if (n.length === 0) return [];
  const limit = maxDistance(n.length);
  const out: ScoredSuggestion[] = [];
  for (const c of candidates) {
    if (c === unknown) continue;
    const nc = normalizedCandidate(c);
    let d = Math.abs(nc.length - n.length) > limit ? limit + 1 : boundedDistance(n, nc, limit);
    // A missing leading part: `idempotence` → `enable.idempotence`, `in.flight.requests.per.connection`.
    if (d > limit && n.length >= 6 && nc.endsWith('.' + n)) d = limit;
    if (d <= limit) out.push({ key: c, distance: d });
  }
  out.sort((x, y) => x.distance - y.distance);
  return out.slice(0, max);
}
