// The producer simulator: one application thread calling send() at a fixed rate, Kafka's record
// accumulator and partitioners, a sender thread, and brokers with a latency and fault model.
//
// Design for speed: records and batches live in typed arrays (struct of arrays), records of a batch are a
// linked list through `recNext`, partition queues are linked lists through `bNext`/`bPrev`, and only
// batch-level and request-level happenings go through the event heap. The per-record path is a few array
// writes, a hash table look-up for keyed records and no allocation.

import { toPositive, murmur2 } from './murmur2';
import { Random } from './random';
import { inRackUniform, inRackWeighted, resolveRacks } from './rack';
import { pickByLoad } from './loadStats';
import type { ProducerSettings, Scenario, SimulationResult, PartitionStats } from './types';

/** v2 record batch header (DefaultRecordBatch.RECORD_BATCH_OVERHEAD). */
export const BATCH_HEADER_BYTES = 61;
/** Per-record framing inside a v2 batch (length, attributes, deltas, key/value lengths, header count), approximated. */
export const RECORD_OVERHEAD_BYTES = 8;

/** Compression presets: compressed/uncompressed ratio and producer CPU time per uncompressed byte (typical JSON-like payloads). */
export const COMPRESSION_PRESETS: Record<string, { ratio: number; nsPerByte: number }> = {
  none: { ratio: 1, nsPerByte: 0 },
  gzip: { ratio: 0.3, nsPerByte: 15 },
  snappy: { ratio: 0.55, nsPerByte: 1.5 },
  lz4: { ratio: 0.5, nsPerByte: 1 },
  zstd: { ratio: 0.3, nsPerByte: 3 },
};

const EV_LINGER = 1;
const EV_RESPONSE = 2;
const EV_TIMEOUT = 3;
const EV_RETRY = 4;
const EV_DOWN = 5;
const EV_UP = 6;
const EV_WAKE = 7;
const EV_SENT = 8; // acks=0: request fully written to the socket
const EV_FAIL = 9; // connection to a crashed broker dropped
const EV_SWEEP = 10;
const EV_DISCONNECT = 11; // the connection drops right after the broker wrote the data: the response is lost
const EV_FAILOVER = 12; // the controller moves the crashed broker's partitions to other leaders

const ST_OPEN = 0;
const ST_QUEUED = 1; // closed for appends, still in the partition queue
const ST_INFLIGHT = 2;
const ST_DONE = 3;
const ST_FAILED = 4;

const OUT_OK = 0;
const OUT_ERROR = 1;
const OUT_LOST_RESPONSE = 2;
const OUT_DISCONNECT = 3;
const OUT_TIMEOUT = 4;

/** Binary min-heap of events ordered by (time, insertion order), in typed arrays. */
class EventHeap {
  time: Float64Array = new Float64Array(1024);
  seq: Float64Array = new Float64Array(1024);
  kind: Int32Array = new Int32Array(1024);
  id: Int32Array = new Int32Array(1024);
  size = 0;
  private counter = 0;

  private less(a: number, b: number): boolean {
    const ta = this.time[a]!, tb = this.time[b]!;
    return ta < tb || (ta === tb && this.seq[a]! < this.seq[b]!);
  }
  private swap(a: number, b: number): void {
    let t = this.time[a]!; this.time[a] = this.time[b]!; this.time[b] = t;
    t = this.seq[a]!; this.seq[a] = this.seq[b]!; this.seq[b] = t;
    t = this.kind[a]!; this.kind[a] = this.kind[b]!; this.kind[b] = t;
    t = this.id[a]!; this.id[a] = this.id[b]!; this.id[b] = t;
  }
  push(time: number, kind: number, id: number): void {
    if (this.size === this.time.length) {
      const n = this.size * 2;
      this.time = grow64(this.time, n); this.seq = grow64(this.seq, n);
      this.kind = grow32(this.kind, n); this.id = grow32(this.id, n);
    }
    let i = this.size++;
    this.time[i] = time; this.seq[i] = this.counter++; this.kind[i] = kind; this.id[i] = id;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  /** Removes the top; read time/kind/id at index 0 before calling. */
  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    this.time[0] = this.time[last]!; this.seq[0] = this.seq[last]!; this.kind[0] = this.kind[last]!; this.id[0] = this.id[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < this.size && this.less(l, m)) m = l;
      if (r < this.size && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}

function grow64(a: Float64Array, n: number): Float64Array { const b = new Float64Array(n); b.set(a); return b; }
function grow32(a: Int32Array, n: number): Int32Array { const b = new Int32Array(n); b.set(a); return b; }
function grow8(a: Uint8Array, n: number): Uint8Array { const b = new Uint8Array(n); b.set(a); return b; }

/** Latency histogram: logarithmic buckets of about 1% width from 1 µs up. */
class LatencyHistogram {
  static readonly PER_OCTAVE = 64;
  counts = new Float64Array(64 * 40);
  n = 0; sum = 0; max = 0;
  add(ms: number): void {
    const v = ms < 0 ? 0 : ms;
    this.n++; this.sum += v; if (v > this.max) this.max = v;
    this.counts[this.bucket(ms)]!++;
  }
  /** The bucket of a latency; non-decreasing in ms. */
  bucket(ms: number): number {
    const us = (ms < 0 ? 0 : ms) * 1000;
    const idx = us < 1 ? 0 : Math.floor(Math.log2(us) * LatencyHistogram.PER_OCTAVE) + 1;
    return idx >= this.counts.length ? this.counts.length - 1 : idx;
  }
  quantile(q: number): number {
    if (this.n === 0) return 0;
    const target = q * this.n;
    let acc = 0;
    for (let i = 0; i < this.counts.length; i++) {
      acc += this.counts[i]!;
      if (acc >= target) {
        if (i === 0) return 0;
        // geometric middle of the bucket
        const us = Math.pow(2, (i - 0.5) / LatencyHistogram.PER_OCTAVE);
        return Math.min(us / 1000, this.max);
      }
    }
    return this.max;
  }
}

/** Picks key indexes for the scenario's key distribution. */
interface KeyModel { count: number; cdf: Float64Array | null; partition: Int32Array; bytes: Int32Array }

/** Key models of the last few runs (read-only once built): the preview reruns the same scenario on every edit. */
const keyCache = new Map<string, KeyModel>();
const KEY_CACHE_MAX = 4;

function buildKeys(scn: Scenario, partitions: number): KeyModel | null {
  const k = scn.keys;
  if (k.kind === 'null') return null;
  const id = `${k.kind}:${k.count}:${k.kind === 'skewed' ? k.exponent : ''}:${partitions}`;
  const hit = keyCache.get(id);
  if (hit) return hit;
  const model = buildKeyModel(k, partitions);
  if (model.count > 100_000) return model; // not worth holding on to
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(id, model);
  return model;
}

function buildKeyModel(k: Exclude<Scenario['keys'], { kind: 'null' }>, partitions: number): KeyModel {
  const count = Math.max(1, Math.floor(k.count));
  const partition = new Int32Array(count);
  const bytes = new Int32Array(count);
  // the UTF-8 bytes of `key-${i}` (ASCII), written into one buffer: a TextEncoder call per key made a 1M-key model take seconds
  const buf = new Uint8Array(32);
  buf[0] = 0x6b; buf[1] = 0x65; buf[2] = 0x79; buf[3] = 0x2d; // "key-"
  for (let i = 0; i < count; i++) {
    let len = 4;
    if (i === 0) buf[len++] = 0x30;
    else {
      let digits = 0;
      for (let x = i; x > 0; x = Math.floor(x / 10)) digits++;
      len += digits;
      for (let x = i, at = len - 1; x > 0; x = Math.floor(x / 10)) buf[at--] = 0x30 + (x % 10);
    }
    bytes[i] = len;
    partition[i] = toPositive(murmur2(buf, len)) % partitions;
  }
  let cdf: Float64Array | null = null;
  if (k.kind === 'skewed') {
    const s = k.exponent ?? 1.2;
    cdf = new Float64Array(count);
    let acc = 0;
    for (let i = 0; i < count; i++) { acc += 1 / Math.pow(i + 1, s); cdf[i] = acc; }
    for (let i = 0; i < count; i++) cdf[i] = cdf[i]! / acc;
  }
  return { count, cdf, partition, bytes };
}

export function simulateEngine(st: ProducerSettings, scn: Scenario): SimulationResult {
  return new Engine(st, scn).run();
}

class Engine {
  // configuration
  readonly P: number; readonly B: number; readonly N: number;
  readonly batchSize: number; readonly linger: number; readonly maxInFlight: number;
  readonly ratio: number; readonly nsPerByte: number; readonly compressed: boolean;
  readonly rng: Random;
  readonly keys: KeyModel | null;
  readonly warnings: string[] = [];

  // records
  recSendT: Float64Array; recNext: Int32Array; recPart: Int32Array;
  // batches (struct of arrays)
  bCap = 0; bN = 0;
  bPart!: Int32Array; bCreated!: Float64Array; bHead!: Int32Array; bTail!: Int32Array; bCount!: Int32Array;
  bBytes!: Float64Array; bAlloc!: Float64Array; bAttempts!: Int32Array; bSeq!: Int32Array; bWritten!: Int32Array;
  bState!: Uint8Array; bNext!: Int32Array; bPrev!: Int32Array; bRetryAt!: Float64Array; bLastAttempt!: Float64Array;
  bResult!: Uint8Array; bWire!: Float64Array; bFill!: Float64Array; bWriteT!: Float64Array;
  // partitions
  qHead: Int32Array; qTail: Int32Array; qSize: Int32Array; muted: Uint8Array; seen: Uint8Array; seenCount = 0;
  nextSeq: Int32Array; brokerNextSeq: Int32Array; maxWrittenRec: Int32Array; inflightSeqs: number[][];
  partRecords: Float64Array; partBytes: Float64Array; partBatches: Float64Array;
  leader: Int32Array; brokerParts: Int32Array[];
  /** Per broker, the partitions whose queue is not empty (swap-remove set), so per-record checks do not scan every partition. */
  activeParts: Int32Array[]; activeN: Int32Array; activePos: Int32Array; drainScratch: Int32Array; sweepScratch: Int32Array;
  /** Index of each partition in its leader's partition list (the drain order). */
  localIdx: Int32Array;
  // brokers
  inflight: number[][]; netFree: Float64Array; brokerFree: Float64Array; drainIndex: Int32Array;
  readyTime: Float64Array; drainTime: Float64Array; connReady: Float64Array; disconnects = 0; downAt = Infinity; upAt = -Infinity; downBroker = -1;
  // requests
  rCap = 0; rN = 0;
  rBroker!: Int32Array; rStart!: Int32Array; rCount!: Int32Array; rSent!: Float64Array; rActive!: Uint8Array; rOutcome!: Uint8Array;
  rBatches: Int32Array = new Int32Array(1024); rBatchesN = 0;
  // producer state
  heap = new EventHeap();
  now = 0; usedMem = 0; maxUsedMem = 0; exhausted = false; flushing = false;
  senderFree = 0; wakeAt = Infinity; estRatio = 1;
  sticky = -1; produced = 0; rrCounter = 0;
  // metrics
  hist = new LatencyHistogram();
  failedRejected = 0; blockedMs = 0; exhaustedRecords = 0; retried = 0; expired = 0;
  reqFailed = 0; reqTimedOut = 0; reqRecords = 0; reqBatches = 0; reordered = 0;
  ackedRecords = 0; ackedBytes = 0; lastAck = 0; firstSend = 0;
  bucketMs: number;
  /** Per time bucket (only the first MAX_TS_BUCKETS are reported, so only those are recorded): fixed size, zero-filled. */
  tsSent = new Float64Array(MAX_TS_BUCKETS); tsAcked = new Float64Array(MAX_TS_BUCKETS); tsLatSum = new Float64Array(MAX_TS_BUCKETS); tsBuf = new Float64Array(MAX_TS_BUCKETS);
  events = 0; readonly maxEvents: number; stoppedEarly = false; truncatedRecords = 0; failoverMs = -1;
  // racks (rack.ts): broker b sits in rack b % racks; only with more than one rack is anything about racks computed
  readonly racks: number; readonly clientRack: number; readonly rackAware: boolean; wireBytes = 0; crossRackBytes = 0;
  readonly inClientRack = (p: number): boolean => this.leader[p]! % this.racks === this.clientRack;

  constructor(readonly st: ProducerSettings, readonly scn: Scenario) {
    this.P = Math.max(1, Math.floor(scn.partitions));
    this.B = Math.max(1, Math.min(Math.floor(scn.brokers), this.P));
    this.N = Math.max(0, Math.floor(scn.records));
    this.batchSize = Math.max(1, st.batchSize);
    this.linger = Math.max(0, st.lingerMs);
    this.maxInFlight = Math.max(1, st.maxInFlight);
    const preset = COMPRESSION_PRESETS[st.compressionType] ?? COMPRESSION_PRESETS.none!;
    this.compressed = st.compressionType !== 'none';
    this.ratio = this.compressed ? Math.min(1, Math.max(0.01, scn.compressionRatio ?? preset.ratio)) : 1;
    this.nsPerByte = this.compressed ? Math.max(0, scn.compressionNsPerByte ?? preset.nsPerByte) : 0;
    this.rng = new Random(scn.seed);
    this.keys = buildKeys(scn, this.P);
    this.maxEvents = 40 * this.N + 1_000_000;
    const r = resolveRacks(st, scn);
    this.racks = r.racks; this.clientRack = r.clientRack;
    // one rack holds every leader: rack-aware choices are the plain ones (same random draws), so skip them
    this.rackAware = st.rackAware && st.partitioner === 'builtin' && r.racks > 1;

    this.recSendT = new Float64Array(this.N);
    this.recNext = new Int32Array(this.N);
    this.recPart = new Int32Array(this.N);
    // grown by doubling as needed: a batch holds many records, so sizing by records zero-filled megabytes for nothing
    this.growBatches(Math.max(64, Math.min(this.N >> 4, 1 << 12)));
    this.growRequests(1024);

    const P = this.P, B = this.B;
    this.qHead = new Int32Array(P).fill(-1); this.qTail = new Int32Array(P).fill(-1); this.qSize = new Int32Array(P);
    this.muted = new Uint8Array(P); this.seen = new Uint8Array(P);
    this.nextSeq = new Int32Array(P); this.brokerNextSeq = new Int32Array(P); this.maxWrittenRec = new Int32Array(P).fill(-1);
    this.inflightSeqs = Array.from({ length: P }, () => []);
    this.partRecords = new Float64Array(P); this.partBytes = new Float64Array(P); this.partBatches = new Float64Array(P);
    this.leader = new Int32Array(P);
    const lists: number[][] = Array.from({ length: B }, () => []);
    for (let p = 0; p < P; p++) { this.leader[p] = p % B; lists[p % B]!.push(p); }
    this.brokerParts = lists.map((l) => Int32Array.from(l));
    this.activeParts = lists.map((l) => new Int32Array(l.length));
    this.activeN = new Int32Array(B);
    this.activePos = new Int32Array(P).fill(-1);
    this.drainScratch = new Int32Array(P + 1);
    this.sweepScratch = new Int32Array(P);
    this.localIdx = new Int32Array(P);
    for (const l of lists) l.forEach((p, i) => { this.localIdx[p] = i; });
    this.inflight = Array.from({ length: B }, () => []);
    this.netFree = new Float64Array(B); this.brokerFree = new Float64Array(B); this.drainIndex = new Int32Array(B);
    this.readyTime = new Float64Array(B); this.drainTime = new Float64Array(B); this.connReady = new Float64Array(B);

    const expected = scn.ratePerSec > 0 ? (this.N / scn.ratePerSec) * 1000 : 1000;
    this.bucketMs = Math.max(0.001, expected / Math.max(1, scn.buckets));

    const bd = scn.faults.brokerDown;
    if (bd && bd.durationMs > 0) {
      this.downBroker = Math.min(B - 1, Math.max(0, Math.floor(bd.broker)));
      this.downAt = Math.max(0, bd.atMs);
      this.upAt = this.downAt + bd.durationMs;
      this.heap.push(this.downAt, EV_DOWN, this.downBroker);
      if (bd.failoverMs !== undefined && bd.failoverMs >= 0) { this.failoverMs = bd.failoverMs; this.heap.push(this.downAt + bd.failoverMs, EV_FAILOVER, this.downBroker); }
      this.heap.push(this.upAt, EV_UP, this.downBroker);
    }
  }

  growBatches(n: number): void {
    this.bPart = grow32(this.bPart ?? new Int32Array(0), n);
    this.bCreated = grow64(this.bCreated ?? new Float64Array(0), n);
    this.bHead = grow32(this.bHead ?? new Int32Array(0), n);
    this.bTail = grow32(this.bTail ?? new Int32Array(0), n);
    this.bCount = grow32(this.bCount ?? new Int32Array(0), n);
    this.bBytes = grow64(this.bBytes ?? new Float64Array(0), n);
    this.bAlloc = grow64(this.bAlloc ?? new Float64Array(0), n);
    this.bAttempts = grow32(this.bAttempts ?? new Int32Array(0), n);
    this.bSeq = grow32(this.bSeq ?? new Int32Array(0), n);
    this.bWritten = grow32(this.bWritten ?? new Int32Array(0), n);
    this.bState = grow8(this.bState ?? new Uint8Array(0), n);
    this.bNext = grow32(this.bNext ?? new Int32Array(0), n);
    this.bPrev = grow32(this.bPrev ?? new Int32Array(0), n);
    this.bRetryAt = grow64(this.bRetryAt ?? new Float64Array(0), n);
    this.bLastAttempt = grow64(this.bLastAttempt ?? new Float64Array(0), n);
    this.bResult = grow8(this.bResult ?? new Uint8Array(0), n);
    this.bWire = grow64(this.bWire ?? new Float64Array(0), n);
    this.bFill = grow64(this.bFill ?? new Float64Array(0), n);
    this.bWriteT = grow64(this.bWriteT ?? new Float64Array(0), n);
    this.bCap = n;
  }

  growRequests(n: number): void {
    this.rBroker = grow32(this.rBroker ?? new Int32Array(0), n);
    this.rStart = grow32(this.rStart ?? new Int32Array(0), n);
    this.rCount = grow32(this.rCount ?? new Int32Array(0), n);
    this.rSent = grow64(this.rSent ?? new Float64Array(0), n);
    this.rActive = grow8(this.rActive ?? new Uint8Array(0), n);
    this.rOutcome = grow8(this.rOutcome ?? new Uint8Array(0), n);
    this.rCap = n;
  }

  // ---------------------------------------------------------------- batches and queues

  /** Estimated size of a batch as the accumulator sees it (compressed estimate, header included). */
  est(b: number): number {
    return this.compressed ? BATCH_HEADER_BYTES + this.bBytes[b]! * this.estRatio * 1.05 : BATCH_HEADER_BYTES + this.bBytes[b]!;
  }

  isFull(b: number): boolean {
    return this.bState[b] !== ST_OPEN || this.est(b) >= this.batchSize;
  }

  /** RecordAccumulator.allBatchesFull: only the last batch of a queue can be open. */
  allBatchesFull(p: number): boolean {
    const t = this.qTail[p]!;
    return t < 0 || this.isFull(t);
  }

  /** Would appending a record of `size` bytes to partition p need a new batch? Closes a batch the record does not fit. */
  needsNewBatch(p: number, size: number): boolean {
    const t = this.qTail[p]!;
    if (t < 0 || this.bState[t] !== ST_OPEN) return true;
    // MemoryRecordsBuilder.hasRoomFor: the new record counts uncompressed ("be conservative")
    if (this.bCount[t]! > 0 && (this.est(t) >= this.batchSize || this.est(t) + size > this.batchSize)) { this.bState[t] = ST_QUEUED; return true; }
    return false;
  }

  newBatch(p: number, now: number, alloc: number): number {
    if (this.bN === this.bCap) this.growBatches(this.bCap * 2);
    const b = this.bN++;
    this.bPart[b] = p; this.bCreated[b] = now; this.bLastAttempt[b] = now; this.bHead[b] = -1; this.bTail[b] = -1;
    this.bCount[b] = 0; this.bBytes[b] = 0; this.bAlloc[b] = alloc; this.bAttempts[b] = 0; this.bSeq[b] = -1;
    this.bWritten[b] = 0; this.bState[b] = ST_OPEN; this.bRetryAt[b] = 0; this.bResult[b] = 0;
    // append to the partition queue
    this.bNext[b] = -1; this.bPrev[b] = this.qTail[p]!;
    if (this.qTail[p]! >= 0) { const t = this.qTail[p]!; this.bNext[t] = b; if (this.bState[t] === ST_OPEN) this.bState[t] = ST_QUEUED; }
    else this.qHead[p] = b;
    this.qTail[p] = b; if (this.qSize[p]!++ === 0) this.activate(p);
    this.partBatches[p]!++;
    if (!this.seen[p]) { this.seen[p] = 1; this.seenCount++; }
    this.usedMem += alloc;
    if (this.usedMem > this.maxUsedMem) this.maxUsedMem = this.usedMem;
    const k = Math.floor(now / this.bucketMs);
    // only the first MAX_TS_BUCKETS buckets are reported; growing the array to a bucket far out (a broker down for
    // 1e9 ms with sub-ms buckets) crashed the process with an invalid array size
    if (k < MAX_TS_BUCKETS && this.usedMem > this.tsBuf[k]!) this.tsBuf[k] = this.usedMem;
    if (this.linger > 0) this.heap.push(now + this.linger, EV_LINGER, b);
    return b;
  }

  activate(p: number): void {
    const br = this.leader[p]!;
    const n = this.activeN[br]!;
    this.activeParts[br]![n] = p; this.activePos[p] = n; this.activeN[br] = n + 1;
  }

  deactivate(p: number): void {
    const br = this.leader[p]!;
    const pos = this.activePos[p]!;
    const last = this.activeParts[br]![--this.activeN[br]!]!;
    this.activeParts[br]![pos] = last; this.activePos[last] = pos; this.activePos[p] = -1;
  }

  unlink(b: number): void {
    const p = this.bPart[b]!, n = this.bNext[b]!, pr = this.bPrev[b]!;
    if (pr >= 0) this.bNext[pr] = n; else this.qHead[p] = n;
    if (n >= 0) this.bPrev[n] = pr; else this.qTail[p] = pr;
    this.bNext[b] = -1; this.bPrev[b] = -1; if (--this.qSize[p]! === 0) this.deactivate(p);
  }

  /** Puts a batch back for a retry: at the front, or in sequence order for the idempotent producer. */
  reenqueue(b: number): void {
    const p = this.bPart[b]!;
    let at = this.qHead[p]!;
    if (this.st.idempotence) {
      while (at >= 0 && this.bSeq[at]! >= 0 && this.bSeq[at]! < this.bSeq[b]!) at = this.bNext[at]!;
    }
    // insert before `at` (or at the end when at < 0)
    const pr = at >= 0 ? this.bPrev[at]! : this.qTail[p]!;
    this.bPrev[b] = pr; this.bNext[b] = at;
    if (pr >= 0) this.bNext[pr] = b; else this.qHead[p] = b;
    if (at >= 0) this.bPrev[at] = b; else this.qTail[p] = b;
    if (this.qSize[p]!++ === 0) this.activate(p);
    this.bState[b] = ST_QUEUED;
  }

  // ---------------------------------------------------------------- partitioners

  /** StickyPartitionCache.nextPartition: a random available partition other than the old one. */
  legacyNext(prev: number): number {
    const old = this.sticky;
    if (old < 0 || old === prev) {
      let np: number;
      if (this.P === 1) np = 0;
      else if (old < 0) np = toPositive(this.rng.nextInt()) % this.P;
      else {
        np = old;
        while (np === old) np = toPositive(this.rng.nextInt()) % this.P;
      }
      this.sticky = np;
    }
    return this.sticky;
  }

  /** BuiltInPartitioner.nextPartition with adaptive load stats from the current queue sizes. */
  builtinNext(now: number): number {
    const random = toPositive(this.rng.nextInt());
    const P = this.P;
    if (this.st.adaptivePartitioning && this.seenCount >= P && P >= 2) {
      const tmo = this.st.availabilityTimeoutMs;
      let length = 0, max = -1, allEqual = true, first = -1;
      const ids = scratchIds(P), sizes = scratchSizes(P);
      for (let p = 0; p < P; p++) {
        const b = this.leader[p]!;
        if (tmo > 0 && this.readyTime[b]! - this.drainTime[b]! > tmo) continue;
        const q = this.qSize[p]!;
        if (first < 0) first = q; else if (q !== first) allEqual = false;
        if (q > max) max = q;
        ids[length] = p; sizes[length] = q; length++;
      }
      if (length >= 1 && !(allEqual && length === P)) {
        if (this.rackAware) {
          // the in-rack table comes from the raw queue sizes, so before the whole table is folded below
          const inRack = inRackWeighted(random, ids, sizes, length, this.inClientRack, scratchRackIds(P), scratchRackSizes(P));
          if (inRack >= 0) return inRack;
        }
        return pickByLoad(random, ids, sizes, length, max + 1);
      }
    }
    void now;
    if (this.rackAware) {
      const inRack = inRackUniform(random, P, this.inClientRack);
      if (inRack >= 0) return inRack;
    }
    return random % P;
  }

  // ---------------------------------------------------------------- the sender

  backoffFor(attempts: number): number {
    const base = this.st.retryBackoffMs, cap = this.st.retryBackoffMaxMs;
    if (cap <= base) return base;
    return Math.min(cap, base * Math.pow(2, Math.max(0, attempts - 1)));
  }

  isDown(b: number, t: number): boolean {
    return b === this.downBroker && t >= this.downAt && t < this.upAt;
  }

  backingOff(b: number, now: number): boolean {
    return this.bAttempts[b]! > 0 && now < this.bRetryAt[b]!;
  }

  /** RecordAccumulator.batchReady for the first batch of each of the broker's partitions. */
  brokerHasReady(br: number, now: number): boolean {
    const parts = this.activeParts[br]!;
    const n = this.activeN[br]!;
    for (let i = 0; i < n; i++) {
      const p = parts[i]!;
      const h = this.qHead[p]!;
      if (h < 0 || this.muted[p]) continue;
      if (this.backingOff(h, now)) continue;
      if (this.qSize[p]! > 1 || this.isFull(h) || this.exhausted || this.flushing) return true;
      const wait = this.bAttempts[h]! > 0 ? this.backoffFor(this.bAttempts[h]!) : this.linger;
      if (now - this.bLastAttempt[h]! >= wait) return true;
    }
    return false;
  }

  scheduleWake(t: number): void {
    if (t < this.wakeAt) { this.wakeAt = t; this.heap.push(t, EV_WAKE, 0); }
  }

  sendReady(now: number): void {
    if (now < this.senderFree) { this.scheduleWake(this.senderFree); return; }
    let drained = 0, more = false;
    for (let br = 0; br < this.B; br++) {
      const hasReady = this.brokerHasReady(br, now);
      if (!hasReady) continue;
      const canDrain = !this.isDown(br, now) && now >= this.connReady[br]! && this.inflight[br]!.length < this.maxInFlight;
      // RecordAccumulator.updateNodeLatencyStats
      if (canDrain) this.drainTime[br] = now;
      this.readyTime[br] = now;
      if (!canDrain) continue;
      drained += this.drain(br, now);
      if (this.inflight[br]!.length < this.maxInFlight && this.brokerHasReady(br, now)) more = true;
    }
    this.senderFree = now + this.scn.senderPollMs + drained * this.scn.senderPollMs * 0.1;
    if (more) this.scheduleWake(this.senderFree);
  }

  /** RecordAccumulator.drainBatchesForOneNode + Sender.sendProduceRequest. Returns the number of batches drained. */
  drain(br: number, now: number): number {
    // Kafka walks every partition of the node from a rotating drain index; only non-empty queues matter,
    // so walk those in the same rotated order.
    const n = this.brokerParts[br]!.length;
    const start = this.drainIndex[br]! % n;
    const local = this.localIdx;
    const m = this.activeN[br]!;
    // order = the active partitions sorted by rotated index (distinct keys, so any sort gives the same order);
    // insertion sort for the usual handful, a numeric typed-array sort of (key * P + p) for many; no closure
    const order = this.drainScratch;
    const act = this.activeParts[br]!;
    if (m <= 32) {
      for (let i = 0; i < m; i++) {
        const p = act[i]!, kp = (local[p]! - start + n) % n;
        let j = i - 1;
        while (j >= 0 && (local[order[j]!]! - start + n) % n > kp) { order[j + 1] = order[j]!; j--; }
        order[j + 1] = p;
      }
    } else {
      const P = this.P;
      for (let i = 0; i < m; i++) { const p = act[i]!; order[i] = ((local[p]! - start + n) % n) * P + p; }
      order.subarray(0, m).sort();
      for (let i = 0; i < m; i++) order[i] = order[i]! % P;
    }
    let size = 0, count = 0, records = 0;
    const first = this.rBatchesN;
    let broke = false;
    for (let i = 0; i < m; i++) {
      const p = order[i]!;
      this.drainIndex[br] = local[p]!;
      if (this.muted[p]) continue;
      const h = this.qHead[p]!;
      if (h < 0) continue;
      if (this.backingOff(h, now)) continue;
      const wire = this.est(h);
      if (size + wire > this.st.maxRequestSize && count > 0) { broke = true; break; }
      if (this.st.idempotence && this.bSeq[h]! >= 0) {
        // a retried batch waits until it is the first in flight (shouldStopDrainBatchesForPartition)
        const fl = this.inflightSeqs[p]!;
        if (fl.length > 0 && minOf(fl) !== this.bSeq[h]!) { broke = true; break; }
      }
      this.unlink(h);
      if (this.bAttempts[h] === 0) this.finishBatchSize(h);
      this.bState[h] = ST_INFLIGHT;
      if (this.st.idempotence) {
        if (this.bSeq[h]! < 0) { this.bSeq[h] = this.nextSeq[p]!; this.nextSeq[p]! += this.bCount[h]!; }
        this.inflightSeqs[p]!.push(this.bSeq[h]!);
      }
      if (this.maxInFlight === 1) this.muted[p] = 1; // guaranteeMessageOrder
      if (this.rBatchesN === this.rBatches.length) this.rBatches = grow32(this.rBatches, this.rBatchesN * 2);
      this.rBatches[this.rBatchesN++] = h;
      size += this.bWire[h]!;
      records += this.bCount[h]!;
      count++;
    }
    if (!broke) this.drainIndex[br] = (start - 1 + n) % n;
    if (count === 0) return 0;
    this.makeRequest(br, now, first, count, size, records);
    return count;
  }

  /** Closing a batch fixes its compressed size and teaches the ratio estimator (CompressionRatioEstimator). */
  finishBatchSize(b: number): void {
    this.bWire[b] = BATCH_HEADER_BYTES + this.bBytes[b]! * this.ratio;
    this.bFill[b] = Math.min(1, this.est(b) / this.batchSize);
    if (this.compressed) {
      const observed = this.ratio;
      if (observed < this.estRatio) this.estRatio = Math.max(observed, this.estRatio - 0.005);
      else if (observed > this.estRatio) this.estRatio = Math.max(observed, this.estRatio + 0.05); // CompressionRatioEstimator.updateEstimation
    }
  }

  makeRequest(br: number, now: number, first: number, count: number, bytes: number, records: number): void {
    if (this.rN === this.rCap) this.growRequests(this.rCap * 2);
    const r = this.rN++;
    this.rBroker[r] = br; this.rStart[r] = first; this.rCount[r] = count; this.rSent[r] = now; this.rActive[r] = 1;
    this.reqRecords += records; this.reqBatches += count;
    const scn = this.scn;
    const txStart = Math.max(now, this.netFree[br]!);
    const txEnd = txStart + bytes / (Math.max(0.001, scn.bandwidthMBps) * 1000);
    this.netFree[br] = txEnd;
    if (this.racks > 1) {
      this.wireBytes += bytes;
      if (br % this.racks !== this.clientRack) this.crossRackBytes += bytes;
    }
    const arrival = txEnd + scn.rttMs / 2;
    const procStart = Math.max(arrival, this.brokerFree[br]!);
    const procEnd = procStart + scn.brokerRequestMs + count * scn.brokerBatchMs;
    const acks = this.st.acks;
    const respReady = procEnd + (acks === -1 ? scn.replicationMs : 0);
    this.brokerFree[br] = acks === 0 ? procEnd : respReady;
    const respArrive = respReady + scn.rttMs / 2;

    // what happens to the request
    const u = this.rng.next();
    let written = true;
    let outcome = OUT_OK;
    let failAt = respArrive;
    if (u < scn.faults.requestFailure) { written = false; outcome = OUT_ERROR; }
    else if (acks !== 0 && u < scn.faults.requestFailure + scn.faults.lostAck) { outcome = OUT_LOST_RESPONSE; }
    // a broker crash while the request is on its way or waiting for its response drops the connection
    if (br === this.downBroker && this.downAt > now && this.downAt < respArrive) {
      if (procStart >= this.downAt) written = false;
      if (outcome !== OUT_ERROR || this.downAt < failAt) { outcome = OUT_DISCONNECT; failAt = this.downAt; }
    }
    // a response slower than request.timeout.ms times out
    if (acks !== 0 && (outcome === OUT_OK || outcome === OUT_LOST_RESPONSE) && respArrive - now > this.st.requestTimeoutMs) outcome = OUT_TIMEOUT;
    this.rOutcome[r] = outcome;

    // broker side, in the order the broker processes this connection's requests
    for (let i = 0; i < count; i++) {
      const b = this.rBatches[first + i]!;
      this.bResult[b] = OUT_OK;
      this.bLastAttempt[b] = now;
      if (written) { this.bWriteT[b] = procStart; this.brokerWrite(b); }
    }

    if (acks === 0) {
      this.heap.push(txEnd, EV_SENT, r);
      this.inflight[br]!.push(r);
      return;
    }
    this.inflight[br]!.push(r);
    if (outcome === OUT_TIMEOUT) this.heap.push(now + this.st.requestTimeoutMs, EV_TIMEOUT, r);
    else if (outcome === OUT_LOST_RESPONSE) this.heap.push(respArrive, EV_DISCONNECT, r);
    else if (outcome === OUT_DISCONNECT) this.heap.push(failAt, EV_FAIL, r);
    else this.heap.push(respArrive, EV_RESPONSE, r);
  }

  /** The broker appends a batch, with sequence checks for the idempotent producer. */
  brokerWrite(b: number): void {
    const p = this.bPart[b]!;
    if (this.st.idempotence) {
      const seq = this.bSeq[b]!, next = this.brokerNextSeq[p]!;
      if (seq < next) return; // duplicate of a batch already in the log: acknowledged, not written again
      if (seq > next) { this.bResult[b] = OUT_ERROR; return; } // OutOfOrderSequence: retried later
      this.brokerNextSeq[p] = next + this.bCount[b]!;
    }
    if (this.bWritten[b]! === 0) {
      // reordering: a record written after a later-sent record of the same partition
      let max = this.maxWrittenRec[p]!;
      for (let r = this.bHead[b]!; r >= 0; r = this.recNext[r]!) {
        if (r < max) this.reordered++;
        else max = r;
      }
      this.maxWrittenRec[p] = max;
    }
    this.bWritten[b]!++;
  }

  // ---------------------------------------------------------------- completions

  release(b: number): void {
    this.usedMem -= this.bAlloc[b]!;
    this.bAlloc[b] = 0;
  }

  leaveFlight(b: number): void {
    const p = this.bPart[b]!;
    if (this.maxInFlight === 1) this.muted[p] = 0;
    if (this.st.idempotence) {
      const fl = this.inflightSeqs[p]!;
      const i = fl.indexOf(this.bSeq[b]!);
      if (i >= 0) removeAt(fl, i);
    }
  }

  succeed(b: number, now: number): void {
    this.bState[b] = ST_DONE;
    this.release(b);
    let n = 0, lat = 0;
    const hist = this.hist;
    const head = this.bHead[b]!;
    if (head >= 0) {
      // A batch's records were sent in order (send times never decrease), so their latencies never increase along
      // the list and the bucket is monotonic in latency: when the first and the last fall in one bucket, all do, and
      // the logarithm is taken twice per batch instead of once per record.
      const idx = hist.bucket(now - this.recSendT[head]!);
      if (idx === hist.bucket(now - this.recSendT[this.bTail[b]!]!)) {
        // hist.add() without the bucket, written out: a double passed to a call that is not inlined is boxed
        let hn = hist.n, hsum = hist.sum, hmax = hist.max;
        for (let r = head; r >= 0; r = this.recNext[r]!) {
          const l = now - this.recSendT[r]!;
          const v = l < 0 ? 0 : l;
          hn++; hsum += v; if (v > hmax) hmax = v;
          lat += l; n++;
        }
        hist.n = hn; hist.sum = hsum; hist.max = hmax;
        hist.counts[idx]! += n;
      } else {
        for (let r = head; r >= 0; r = this.recNext[r]!) {
          const l = now - this.recSendT[r]!;
          hist.add(l); lat += l; n++;
        }
      }
    }
    this.ackedRecords += n;
    this.ackedBytes += this.bBytes[b]!;
    if (now > this.lastAck) this.lastAck = now;
    const k = Math.floor(now / this.bucketMs);
    if (k < MAX_TS_BUCKETS) { this.tsAcked[k]! += n; this.tsLatSum[k]! += lat; }
  }

  fail(b: number, now: number): void {
    const canRetry = this.st.acks !== 0 && now - this.bCreated[b]! < this.st.deliveryTimeoutMs && this.bAttempts[b]! < this.st.retries;
    if (canRetry) {
      this.bAttempts[b]!++;
      this.retried++;
      this.bRetryAt[b] = now + this.backoffFor(this.bAttempts[b]!);
      this.bLastAttempt[b] = now;
      this.reenqueue(b);
      this.heap.push(this.bRetryAt[b]!, EV_RETRY, b);
    } else {
      if (now - this.bCreated[b]! >= this.st.deliveryTimeoutMs) this.expired++;
      this.bState[b] = ST_FAILED;
      this.release(b);
    }
  }

  complete(r: number, now: number, ok: boolean): void {
    if (!this.rActive[r]) return;
    this.rActive[r] = 0;
    const br = this.rBroker[r]!;
    const fl = this.inflight[br]!;
    const i = fl.indexOf(r);
    if (i >= 0) removeAt(fl, i);
    if (!ok) this.reqFailed++;
    const first = this.rStart[r]!, count = this.rCount[r]!;
    for (let j = 0; j < count; j++) {
      const b = this.rBatches[first + j]!;
      this.leaveFlight(b);
      if (ok && this.bResult[b] === OUT_OK) this.succeed(b, now);
      else this.fail(b, now);
    }
  }

  /** Drops expired batches that cannot leave the accumulator (RecordAccumulator.expiredBatches). */
  sweep(now: number): void {
    // Only non-empty queues can hold an expired batch: walk those (the active sets). Walking all partitions made a long
    // broker outage with 10k partitions take 20 s (a sweep every second of it). The order across partitions does not
    // matter: each partition's queue is walked in its own order, and counts and buffer bytes are integer sums.
    const list = this.sweepScratch;
    let m = 0;
    for (let br = 0; br < this.B; br++) {
      const act = this.activeParts[br]!, k = this.activeN[br]!;
      for (let i = 0; i < k; i++) list[m++] = act[i]!;
    }
    if (m === 0) return;
    for (let i = 0; i < m; i++) {
      const p = list[i]!;
      let b = this.qHead[p]!;
      while (b >= 0) {
        const next = this.bNext[b]!;
        if (now - this.bCreated[b]! >= this.st.deliveryTimeoutMs && this.bState[b] !== ST_OPEN) {
          this.unlink(b);
          this.expired++;
          this.bState[b] = ST_FAILED;
          this.release(b);
        }
        b = next;
      }
    }
  }

  handle(t: number, kind: number, id: number): void {
    this.now = t;
    switch (kind) {
      case EV_LINGER:
      case EV_RETRY:
        this.sendReady(t);
        break;
      case EV_WAKE:
        if (t >= this.wakeAt) this.wakeAt = Infinity;
        this.sendReady(t);
        break;
      case EV_RESPONSE:
        this.complete(id, t, this.rOutcome[id] === OUT_OK);
        this.sendReady(t);
        break;
      case EV_FAIL:
        if (this.rActive[id]) this.connReady[this.rBroker[id]!] = t + this.st.reconnectBackoffMs;
        this.complete(id, t, false);
        this.sendReady(t);
        break;
      case EV_TIMEOUT:
      case EV_DISCONNECT: {
        if (!this.rActive[id]) break;
        if (kind === EV_TIMEOUT) this.reqTimedOut++; else this.disconnects++;
        // A dropped connection (or NetworkClient's disconnect on a request timeout) fails every in-flight
        // request on it; the producer reconnects after reconnect.backoff.ms.
        const br = this.rBroker[id]!;
        const all = this.inflight[br]!.slice();
        for (const r of all) this.complete(r, t, false);
        this.connReady[br] = t + this.st.reconnectBackoffMs;
        this.sendReady(t);
        if (this.st.reconnectBackoffMs > 0) this.heap.push(this.connReady[br]!, EV_RETRY, -1);
        break;
      }
      case EV_SENT: {
        // acks=0: the producer counts the batch as sent once it is on the wire
        if (!this.rActive[id]) break;
        this.rActive[id] = 0;
        const br = this.rBroker[id]!;
        const fl = this.inflight[br]!;
        removeAt(fl, fl.indexOf(id));
        const first = this.rStart[id]!, count = this.rCount[id]!;
        for (let j = 0; j < count; j++) { const b = this.rBatches[first + j]!; this.leaveFlight(b); this.succeed(b, t); }
        this.sendReady(t);
        break;
      }
      case EV_FAILOVER:
        this.failover(id, t);
        this.sendReady(t);
        break;
      case EV_DOWN:
        if (this.failoverMs >= 0) this.truncate(id, t);
        this.heap.push(t + Math.min(1000, this.st.deliveryTimeoutMs / 4), EV_SWEEP, 0);
        break;
      case EV_UP:
        this.sweep(t);
        this.sendReady(t);
        break;
      case EV_SWEEP:
        this.sweep(t);
        if (t < this.upAt) this.heap.push(t + Math.min(1000, this.st.deliveryTimeoutMs / 4), EV_SWEEP, 0);
        break;
    }
  }

  /**
   * A leader crash before failover: what the followers had not fetched yet (written in the last replicationMs)
   * is not on the new leader. Acknowledged records with acks=0/1 are gone; acks=all ones were never acknowledged.
   */
  truncate(br: number, t: number): void {
    const from = t - this.scn.replicationMs;
    for (let b = 0; b < this.bN; b++) {
      if (this.bWritten[b]! === 0) continue;
      const p = this.bPart[b]!;
      if (this.leader[p] !== br || this.bWriteT[b]! <= from || this.bWriteT[b]! > t) continue;
      this.bWritten[b]!--;
      if (this.bWritten[b] === 0) this.truncatedRecords += this.bCount[b]!;
      if (this.st.idempotence && this.bSeq[b]! >= 0 && this.bSeq[b]! < this.brokerNextSeq[p]!) this.brokerNextSeq[p] = this.bSeq[b]!;
      const firstRec = this.bHead[b]!;
      if (firstRec >= 0 && this.maxWrittenRec[p]! >= firstRec) this.maxWrittenRec[p] = firstRec - 1;
    }
  }

  /** The controller elects new leaders for the crashed broker's partitions, spread over the other brokers. */
  failover(br: number, t: number): void {
    if (this.B < 2) return; // nowhere to move: the partitions wait for the broker to come back
    let k = 0;
    for (let p = 0; p < this.P; p++) {
      if (this.leader[p] !== br) continue;
      let nb = (br + 1 + (k++ % (this.B - 1))) % this.B;
      if (nb === br) nb = (nb + 1) % this.B;
      this.leader[p] = nb;
    }
    const lists: number[][] = Array.from({ length: this.B }, () => []);
    for (let p = 0; p < this.P; p++) lists[this.leader[p]!]!.push(p);
    this.brokerParts = lists.map((l) => Int32Array.from(l));
    for (const l of lists) l.forEach((p, i) => { this.localIdx[p] = i; });
    this.activeParts = lists.map((l) => new Int32Array(l.length));
    this.activeN.fill(0);
    this.activePos.fill(-1);
    for (let p = 0; p < this.P; p++) if (this.qSize[p]! > 0) this.activate(p);
    this.drainIndex.fill(0);
    void t;
  }

  /** Runs every event up to time t. */
  advance(t: number): void {
    const h = this.heap;
    while (h.size > 0 && h.time[0]! <= t) {
      const et = h.time[0]!, k = h.kind[0]!, id = h.id[0]!;
      h.pop();
      this.handle(et, k, id);
      if (++this.events > this.maxEvents) { this.stoppedEarly = true; h.size = 0; break; }
    }
  }

  // ---------------------------------------------------------------- the application thread

  /** The application thread's clock (end of the last send() call). */
  appT = 0;

  run(): SimulationResult {
    // The send loop runs in chunks: a method called many times is optimised as a whole and stays optimised from one
    // run to the next, where one long loop here would run interpreted until on-stack replacement, in every run.
    const N = this.N;
    for (let i = 0; i < N; i += SEND_CHUNK) this.sendRecords(i, Math.min(N, i + SEND_CHUNK));
    const appT = this.appT;

    // close(): flush everything that is left
    this.flushing = true;
    this.now = Math.max(this.now, appT);
    this.sendReady(this.now);
    this.advance(Infinity);
    return this.result(appT);
  }

  /** send() of records [from, to). */
  sendRecords(from: number, to: number): void {
    const st = this.st, scn = this.scn, P = this.P;
    const interval = scn.ratePerSec > 0 ? 1000 / scn.ratePerSec : 0;
    const keys = this.keys;
    // partitioner.ignore.keys only applies to the built-in partitioner; a partitioner.class decides for itself
    const ignoreKeys = (st.partitioner === 'builtin' && st.partitionerIgnoreKeys) || st.partitioner === 'uniform-sticky-class' || st.partitioner === 'round-robin';
    const legacy = st.partitioner === 'default-sticky' || st.partitioner === 'uniform-sticky-class';
    const rr = st.partitioner === 'round-robin';
    const valueBytes = Math.max(0, Math.floor(scn.valueBytes));
    const cpuBase = Math.max(0, scn.sendCpuMs);
    const maxRecord = Math.min(st.maxRequestSize, st.bufferMemory);
    const rng = this.rng;
    let appT = this.appT;
    let cpuKeyLen = -1, cpu = 0; // send() CPU time, recomputed only when the key length changes

    for (let i = from; i < to; i++) {
      let t = i * interval;
      if (t < appT) t = appT;
      // (the checks before the calls keep a boxed double argument and a call off the per-record path)
      if (this.heap.size > 0 && this.heap.time[0]! <= t) this.advance(t);
      this.now = t;
      this.recSendT[i] = t;
      this.recNext[i] = -1;
      const kSent = Math.floor(t / this.bucketMs);
      if (kSent < MAX_TS_BUCKETS) this.tsSent[kSent]!++;

      // the record
      let keyIdx = -1;
      if (keys) {
        const u = rng.next();
        if (keys.cdf) {
          const cdf = keys.cdf;
          let lo = 0, hi = keys.count - 1;
          while (lo < hi) { const mid = (lo + hi) >> 1; if (cdf[mid]! > u) hi = mid; else lo = mid + 1; }
          keyIdx = lo;
        } else keyIdx = Math.floor(u * keys.count);
      }
      const keyLen = keyIdx >= 0 ? keys!.bytes[keyIdx]! : 0;
      const size = keyLen + valueBytes + RECORD_OVERHEAD_BYTES;
      if (keyLen !== cpuKeyLen) { cpuKeyLen = keyLen; cpu = cpuBase + (this.nsPerByte * (valueBytes + keyLen)) / 1e6; }
      appT = t + cpu;

      if (size + BATCH_HEADER_BYTES > maxRecord) { this.failedRejected++; this.recPart[i] = -1; continue; } // RecordTooLargeException

      // partitioner
      let p: number;
      const useKey = keyIdx >= 0 && !ignoreKeys;
      if (rr) {
        p = toPositive(this.rrCounter++) % P;
        if (st.roundRobinSkipQuirk && this.needsNewBatch(p, size)) p = toPositive(this.rrCounter++) % P; // KAFKA-9965
      } else if (legacy) {
        p = useKey ? keys!.partition[keyIdx]! : this.legacyNext(-2);
        if (this.needsNewBatch(p, size)) {
          // abortOnNewBatch → partitioner.onNewBatch(prev) → partition() again
          this.legacyNext(p);
          p = useKey ? keys!.partition[keyIdx]! : this.sticky;
        }
      } else if (useKey) {
        p = keys!.partition[keyIdx]!;
      } else {
        // BuiltInPartitioner (KIP-794)
        if (this.sticky < 0) { this.sticky = this.builtinNext(t); this.produced = 0; }
        for (;;) {
          p = this.sticky;
          // partitionChanged(): complete a switch that was put off while the queue had an incomplete batch,
          // checked under the queue lock before the append and again after a full batch was closed.
          if (this.produced >= this.batchSize && (this.allBatchesFull(p) || this.needsNewBatch(p, size))) {
            this.sticky = this.builtinNext(t); this.produced = 0;
            continue;
          }
          break;
        }
      }

      // accumulator append
      let b: number;
      let appended: number;
      if (this.needsNewBatch(p, size)) {
        const alloc = Math.max(this.batchSize, size + BATCH_HEADER_BYTES);
        if (st.bufferMemory - this.usedMem < alloc) {
          const ok = this.block(t, alloc);
          const waited = this.now - t;
          this.blockedMs += waited;
          t = this.now;
          appT = t + cpu;
          if (!ok) { this.exhaustedRecords++; this.recPart[i] = -1; continue; }
          if (!this.needsNewBatch(p, size)) { b = this.qTail[p]!; appended = size; }
          else { b = this.newBatch(p, t, alloc); appended = BATCH_HEADER_BYTES + size; }
        } else {
          b = this.newBatch(p, t, alloc);
          appended = BATCH_HEADER_BYTES + size;
        }
      } else {
        b = this.qTail[p]!;
        appended = size;
      }
      // link the record into the batch
      if (this.bTail[b]! >= 0) this.recNext[this.bTail[b]!] = i; else this.bHead[b] = i;
      this.bTail[b] = i;
      this.bCount[b]!++;
      this.bBytes[b]! += size;
      this.recPart[i] = p;
      this.partRecords[p]!++;
      this.partBytes[p]! += size;
      if (this.compressed) appended = appended * this.estRatio;

      if (!rr && !legacy && !useKey) {
        const enableSwitch = this.allBatchesFull(p);
        this.produced += appended;
        if ((this.produced >= this.batchSize && enableSwitch) || this.produced >= 2 * this.batchSize) {
          this.sticky = this.builtinNext(t); this.produced = 0;
        }
      }

      // wake the sender when this append made something sendable
      if (this.isFull(b) || this.qSize[p]! > 1 || this.linger === 0) {
        if (t < this.senderFree) { if (this.senderFree < this.wakeAt) this.scheduleWake(this.senderFree); } // sendReady's early exit
        else this.sendReady(t);
      }
    }

    this.appT = appT;
  }

  /** BufferPool.allocate: wait for memory up to max.block.ms while the sender drains everything. */
  block(t: number, alloc: number): boolean {
    const st = this.st;
    if (st.maxBlockMs <= 0) return false;
    const deadline = t + st.maxBlockMs;
    this.exhausted = true;
    this.sendReady(t);
    const h = this.heap;
    while (st.bufferMemory - this.usedMem < alloc) {
      if (h.size === 0 || h.time[0]! > deadline) { this.now = deadline; break; }
      const et = h.time[0]!, k = h.kind[0]!, id = h.id[0]!;
      h.pop();
      this.handle(et, k, id);
      if (++this.events > this.maxEvents) { this.stoppedEarly = true; h.size = 0; this.now = deadline; break; }
    }
    this.exhausted = false;
    return st.bufferMemory - this.usedMem >= alloc;
  }

  result(appEnd: number): SimulationResult {
    const st = this.st, scn = this.scn, P = this.P;
    let delivered = 0, duplicated = 0, failed = this.failedRejected + this.exhaustedRecords, lostSilently = 0;
    let fillSum = 0;
    for (let b = 0; b < this.bN; b++) {
      const c = this.bCount[b]!;
      if (this.bWritten[b]! > 0) { delivered += c; duplicated += c * (this.bWritten[b]! - 1); }
      else if (this.bState[b] === ST_DONE) lostSilently += c;
      else failed += c;
      fillSum += this.bFill[b]!;
    }
    if (this.stoppedEarly) this.warnings.push(this.st.locale === 'ko' ? '시뮬레이션이 이벤트 한도에 닿아 일찍 멈췄습니다. 결과는 일부입니다.' : 'The simulation hit its event limit and stopped early; results are partial.');
    const sent = this.N;
    const lost = sent - delivered;
    // records still unresolved when stopped early count as failed
    if (failed + lostSilently < lost) failed = lost - lostSilently;
    const end = Math.max(this.lastAck, appEnd, 1e-9);
    const partitions: PartitionStats[] = [];
    const racks = this.racks;
    for (let p = 0; p < P; p++) partitions.push({ partition: p, broker: this.leader[p]!, records: this.partRecords[p]!, bytes: this.partBytes[p]!, batches: this.partBatches[p]!, ...(racks > 1 ? { rack: this.leader[p]! % racks } : {}) });
    const nb = Math.max(1, Math.ceil(end / this.bucketMs));
    const perSec = 1000 / this.bucketMs;
    const ts = { bucketMs: this.bucketMs, t: [] as number[], sentPerSec: [] as number[], ackedPerSec: [] as number[], latencyMs: [] as number[], bufferBytes: [] as number[] };
    for (let k = 0; k < nb && k < MAX_TS_BUCKETS; k++) {
      ts.t.push(round(k * this.bucketMs, 3));
      ts.sentPerSec.push(round(this.tsSent[k]! * perSec, 1));
      const a = this.tsAcked[k]!;
      ts.ackedPerSec.push(round(a * perSec, 1));
      ts.latencyMs.push(a > 0 ? round(this.tsLatSum[k]! / a, 3) : 0);
      ts.bufferBytes.push(this.tsBuf[k]!);
    }
    const h = this.hist;
    return {
      records: { sent, delivered, lost, failed, lostSilently, duplicated, reordered: this.reordered },
      batches: { count: this.bN, avgFill: this.bN ? round(fillSum / this.bN, 4) : 0, avgRecords: this.bN ? round((sent - this.failedRejected - this.exhaustedRecords) / this.bN, 2) : 0, retried: this.retried, expired: this.expired },
      requests: { count: this.rN, failed: this.reqFailed, timedOut: this.reqTimedOut, disconnects: this.disconnects, avgRecords: this.rN ? round(this.reqRecords / this.rN, 2) : 0, avgBatches: this.rN ? round(this.reqBatches / this.rN, 2) : 0 },
      latencyMs: { p50: round(h.quantile(0.5), 3), p95: round(h.quantile(0.95), 3), p99: round(h.quantile(0.99), 3), max: round(h.max, 3), avg: h.n ? round(h.sum / h.n, 3) : 0 },
      throughput: { recordsPerSec: round((this.ackedRecords / end) * 1000, 1), bytesPerSec: round((this.ackedBytes / end) * 1000, 1) },
      ...(racks > 1
        ? { crossRack: { racks, clientRack: this.clientRack, bytes: round(this.crossRackBytes, 0), bytesPerSec: round((this.crossRackBytes / end) * 1000, 1), share: this.wireBytes > 0 ? round(this.crossRackBytes / this.wireBytes, 4) : 0 } }
        : {}),
      buffer: { blockedMs: round(this.blockedMs, 3), maxUsedBytes: this.maxUsedMem, exhaustedRecords: this.exhaustedRecords },
      durationMs: round(end, 3),
      partitions,
      timeSeries: ts,
      partitioner: describePartitioner(st),
      settings: st,
      scenario: scn,
      warnings: [...st.warnings, ...this.warnings],
    };
  }
}

let idsScratch = new Int32Array(0);
let sizesScratch = new Int32Array(0);
function scratchIds(n: number): Int32Array { if (idsScratch.length < n) idsScratch = new Int32Array(n); return idsScratch; }
function scratchSizes(n: number): Int32Array { if (sizesScratch.length < n) sizesScratch = new Int32Array(n); return sizesScratch; }
let rackIdsScratch = new Int32Array(0);
let rackSizesScratch = new Int32Array(0);
function scratchRackIds(n: number): Int32Array { if (rackIdsScratch.length < n) rackIdsScratch = new Int32Array(n); return rackIdsScratch; }
function scratchRackSizes(n: number): Int32Array { if (rackSizesScratch.length < n) rackSizesScratch = new Int32Array(n); return rackSizesScratch; }

/** Records per sendRecords() call. */
const SEND_CHUNK = 256;

/** Time-series buckets reported (and recorded: later ones are never read). */
const MAX_TS_BUCKETS = 2000;


/** a.splice(i, 1) without allocating the removed-elements array (same result, i = -1 included: the last one). */
function removeAt(a: number[], i: number): void {
  const len = a.length;
  if (i < 0) i += len;
  if (i < 0 || i >= len) return;
  for (let j = i + 1; j < len; j++) a[j - 1] = a[j]!;
  a.length = len - 1;
}

function minOf(a: number[]): number {
  let m = a[0]!;
  for (let i = 1; i < a.length; i++) if (a[i]! < m) m = a[i]!;
  return m;
}

function round(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}

export function describePartitioner(st: ProducerSettings): string {
  const ko = st.locale === 'ko';
  switch (st.partitioner) {
    case 'builtin':
      return ko
        ? `내장 균등 스티키 파티셔너 (KIP-794)${st.adaptivePartitioning ? ', 적응형' : ''}${st.availabilityTimeoutMs > 0 ? `, 가용성 제한 시간 ${st.availabilityTimeoutMs} ms` : ''}${st.partitionerIgnoreKeys ? ', 키 무시' : ''}${st.rackAware ? ', 랙 인식 (KIP-1123)' : ''}`
        : `built-in uniform sticky partitioner (KIP-794)${st.adaptivePartitioning ? ', adaptive' : ''}${st.availabilityTimeoutMs > 0 ? `, availability timeout ${st.availabilityTimeoutMs} ms` : ''}${st.partitionerIgnoreKeys ? ', keys ignored' : ''}${st.rackAware ? ', rack-aware (KIP-1123)' : ''}`;
    case 'default-sticky':
      return ko ? 'DefaultPartitioner: 키는 murmur2, null 키는 배치마다 스티키 파티션 (KIP-480)' : 'DefaultPartitioner: murmur2 for keys, sticky partition per batch for null keys (KIP-480)';
    case 'uniform-sticky-class':
      return ko ? 'UniformStickyPartitioner: 모든 레코드에 배치마다 스티키 파티션, 키 무시 (KIP-480)' : 'UniformStickyPartitioner: sticky partition per batch for every record, keys ignored (KIP-480)';
    case 'round-robin':
      return `RoundRobinPartitioner${st.roundRobinSkipQuirk ? (ko ? ' (새 배치에서 KAFKA-9965 건너뜀 포함)' : ' (with the KAFKA-9965 skip on new batches)') : ''}`;
  }
}
