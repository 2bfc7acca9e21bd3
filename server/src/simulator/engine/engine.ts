// The producer simulator: one application thread calling send() at a fixed rate, Kafka's record
// accumulator and partitioners, a sender thread, and brokers with a latency and fault model.
//
// Design for speed: records and batches live in typed arrays (struct of arrays), records of a batch are a
// linked list through `recNext`, partition queues are linked lists through `bNext`/`bPrev`, and only
// batch-level and request-level happenings go through the event heap. The per-record path is a few array
// writes, a hash table look-up for keyed records and no allocation.
//
// This file holds the engine's state and its event loop; the parts are accumulator.ts, partitioners.ts,
// sender.ts (and the brokers), faults.ts and report.ts, shared.ts what they share.

import { Random } from '../random';
import { resolveRacks } from '../rack';
import type { ProducerSettings, Scenario, SimulationResult } from '../types';
import { COMPRESSION_PRESETS, EV_DISCONNECT, EV_DOWN, EV_FAIL, EV_FAILOVER, EV_LINGER, EV_RESPONSE, EV_RETRY, EV_SENT, EV_SWEEP, EV_TIMEOUT, EV_UP, EV_WAKE, EventHeap, LatencyHistogram, MAX_TS_BUCKETS, OUT_OK, SEND_CHUNK, grow32, grow64, grow8, removeAt } from './shared';
import { est, isFull, allBatchesFull, needsNewBatch, newBatch, activate, deactivate, unlink, reenqueue, finishBatchSize, release, sendRecords, block } from './accumulator';
import { buildKeys, builtinNext, legacyNext, type KeyModel } from './partitioners';
import { backoffFor, isDown, backingOff, brokerHasReady, scheduleWake, sendReady, drain, makeRequest, brokerWrite, leaveFlight, succeed, fail, complete, sweep } from './sender';
import { failover, scheduleFaults, truncate } from './faults';
import { result } from './report';

export function simulateEngine(st: ProducerSettings, scn: Scenario): SimulationResult {
  return new Engine(st, scn).run();
}

export class Engine {
  // the parts' methods (accumulator.ts, partitioners.ts, sender.ts, faults.ts, report.ts), called as this.x(...)
  readonly est = est;
  readonly isFull = isFull;
  readonly allBatchesFull = allBatchesFull;
  readonly needsNewBatch = needsNewBatch;
  readonly newBatch = newBatch;
  readonly activate = activate;
  readonly deactivate = deactivate;
  readonly unlink = unlink;
  readonly reenqueue = reenqueue;
  readonly finishBatchSize = finishBatchSize;
  readonly release = release;
  readonly sendRecords = sendRecords;
  readonly block = block;
  readonly legacyNext = legacyNext;
  readonly builtinNext = builtinNext;
  readonly backoffFor = backoffFor;
  readonly isDown = isDown;
  readonly backingOff = backingOff;
  readonly brokerHasReady = brokerHasReady;
  readonly scheduleWake = scheduleWake;
  readonly sendReady = sendReady;
  readonly drain = drain;
  readonly makeRequest = makeRequest;
  readonly brokerWrite = brokerWrite;
  readonly leaveFlight = leaveFlight;
  readonly succeed = succeed;
  readonly fail = fail;
  readonly complete = complete;
  readonly sweep = sweep;
  readonly truncate = truncate;
  readonly failover = failover;
  readonly scheduleFaults = scheduleFaults;
  readonly result = result;
  // configuration
  readonly P: number; readonly B: number; readonly N: number;
  readonly batchSize: number; readonly linger: number; readonly maxInFlight: number;
  readonly ratio: number; readonly nsPerByte: number; readonly compressed: boolean;
  readonly rng: Random;
  readonly keys: KeyModel | null;

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

    this.scheduleFaults();
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

  // ---------------------------------------------------------------- partitioners

  // ---------------------------------------------------------------- the sender

  // ---------------------------------------------------------------- completions

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

}

