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

const ROWS: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

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
  if (ROWS[0]!.length <= lb) for (let r = 0; r < 3; r++) ROWS[r] = new Int32Array(2 * (lb + 1));
  // Three rows reused by every call (the function runs once per candidate per unknown key).
  let [prev2, prev, cur] = ROWS as [Int32Array, Int32Array, Int32Array];
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

/** Character classes counted for the bag bound: a–z, 0–9, the dot, anything else. */
const CLASSES = 38;
function classOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return code === 46 ? 36 : 37;
}

/** How many characters of each class `s` has, into `out` at `at`. */
function countClasses(s: string, out: Uint16Array, at = 0): void {
  for (let i = 0; i < s.length; i++) out[at + classOf(s.charCodeAt(i))]!++;
}

/**
 * A candidate list ready for scoring many names against it (the catalog's keys, scored against every unknown
 * key of a file: 221k in a 10 MB one): each candidate normalized once, its characters counted, and indexes by
 * normalized length and by every dotted tail (what the missing-leading-part rule matches). Kept per list object:
 * a list is not changed after it was scored against (the catalog's lists never are).
 */
interface PreparedCandidates {
  count: number;
  normalized: string[];
  classes: Uint16Array;
  byLength: Map<number, number[]>;
  byTail: Map<string, number[]>;
  /** Per normalized length of a name: the candidates whose length is close enough, in candidate order. */
  windows: Map<number, number[]>;
}
const PREPARED = new WeakMap<readonly string[], PreparedCandidates>();
/** The character counts of the name being scored (one scoring at a time). */
const MINE = new Uint16Array(CLASSES);

function prepare(candidates: readonly string[]): PreparedCandidates {
  const hit = PREPARED.get(candidates);
  if (hit && hit.count === candidates.length) return hit;
  const normalized = candidates.map(normalizeKey);
  const classes = new Uint16Array(normalized.length * CLASSES);
  const byLength = new Map<number, number[]>();
  const byTail = new Map<string, number[]>();
  const add = (m: Map<number | string, number[]>, k: number | string, i: number): void => {
    const list = m.get(k);
    if (!list) m.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  normalized.forEach((n, i) => {
    countClasses(n, classes, i * CLASSES);
    add(byLength as Map<number | string, number[]>, n.length, i);
    for (let d = n.indexOf('.'); d >= 0; d = n.indexOf('.', d + 1)) add(byTail as Map<number | string, number[]>, n.slice(d + 1), i);
  });
  const p = { count: candidates.length, normalized, classes, byLength, byTail, windows: new Map<number, number[]>() };
  PREPARED.set(candidates, p);
  return p;
}
/** Suggestions with their distance, best first (ties by candidate order). */
export function scoreSuggestions(unknown: string, candidates: readonly string[], max = 3): ScoredSuggestion[] {
  const n = normalizeKey(unknown);
  if (n.length === 0) return [];
  const limit = maxDistance(n.length);
  const p = prepare(candidates);
  // Only two kinds of candidate can be close enough: one whose normalized length is within `limit` of the
  // name's (an edit changes the length by at most one), and one that ends with `.` + the name (a missing
  // leading part: `idempotence` → `enable.idempotence`, `in.flight.requests.per.connection`). In candidate order.
  let look = p.windows.get(n.length);
  if (!look) {
    look = [];
    for (let len = Math.max(0, n.length - limit); len <= n.length + limit; len++) look = look.concat(p.byLength.get(len) ?? []);
    look.sort((x, y) => x - y);
    p.windows.set(n.length, look);
  }
  const tails = n.length >= 6 ? p.byTail.get(n) : undefined;
  if (tails) look = look.concat(tails).sort((x, y) => x - y);
  const mine = MINE.fill(0);
  countClasses(n, mine);
  const out: ScoredSuggestion[] = [];
  for (let k = 0; k < look.length; k++) {
    const i = look[k]!;
    if (k > 0 && look[k - 1] === i) continue;
    const c = candidates[i]!;
    if (c === unknown) continue;
    const nc = p.normalized[i]!;
    let d = limit + 1;
    if (Math.abs(nc.length - n.length) <= limit && !(bagDistance(mine, p.classes, i * CLASSES) > limit)) d = boundedDistance(n, nc, limit);
    if (d > limit && n.length >= 6 && nc.endsWith('.' + n)) d = limit;
    if (d <= limit) out.push({ key: c, distance: d });
  }
  out.sort((x, y) => x.distance - y.distance);
  return out.slice(0, max);
}

/**
 * A lower bound of the edit distance: how many characters one name has more than the other, class by class
 * (each insertion, deletion or substitution changes the counts by at most one each way; a swap not at all).
 */
function bagDistance(mine: Uint16Array, classes: Uint16Array, at: number): number {
  let more = 0;
  let fewer = 0;
  for (let c = 0; c < CLASSES; c++) {
    const d = mine[c]! - classes[at + c]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  return more > fewer ? more : fewer;
}
