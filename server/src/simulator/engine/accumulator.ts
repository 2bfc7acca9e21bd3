// The record accumulator (RecordAccumulator): per-partition queues of batches, when a batch is full, the
// buffer memory send() blocks on, and the application thread appending records at its rate.
import { toPositive } from '../murmur2';
import { BATCH_HEADER_BYTES, EV_LINGER, MAX_TS_BUCKETS, RECORD_OVERHEAD_BYTES, ST_OPEN, ST_QUEUED } from './shared';
import type { Engine } from './engine';

/** Estimated size of a batch as the accumulator sees it (compressed estimate, header included). */
export function est(this: Engine, b: number): number {
  return this.compressed ? BATCH_HEADER_BYTES + this.bBytes[b]! * this.estRatio * 1.05 : BATCH_HEADER_BYTES + this.bBytes[b]!;
}

export function isFull(this: Engine, b: number): boolean {
  return this.bState[b] !== ST_OPEN || this.est(b) >= this.batchSize;
}

/** RecordAccumulator.allBatchesFull: only the last batch of a queue can be open. */
export function allBatchesFull(this: Engine, p: number): boolean {
  const t = this.qTail[p]!;
  return t < 0 || this.isFull(t);
}

/** Would appending a record of `size` bytes to partition p need a new batch? Closes a batch the record does not fit. */
export function needsNewBatch(this: Engine, p: number, size: number): boolean {
  const t = this.qTail[p]!;
  if (t < 0 || this.bState[t] !== ST_OPEN) return true;
  // MemoryRecordsBuilder.hasRoomFor: the new record counts uncompressed ("be conservative")
  if (this.bCount[t]! > 0 && (this.est(t) >= this.batchSize || this.est(t) + size > this.batchSize)) { this.bState[t] = ST_QUEUED; return true; }
  return false;
}

export function newBatch(this: Engine, p: number, now: number, alloc: number): number {
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

export function activate(this: Engine, p: number): void {
  const br = this.leader[p]!;
  const n = this.activeN[br]!;
  this.activeParts[br]![n] = p; this.activePos[p] = n; this.activeN[br] = n + 1;
}

export function deactivate(this: Engine, p: number): void {
  const br = this.leader[p]!;
  const pos = this.activePos[p]!;
  const last = this.activeParts[br]![--this.activeN[br]!]!;
  this.activeParts[br]![pos] = last; this.activePos[last] = pos; this.activePos[p] = -1;
}

export function unlink(this: Engine, b: number): void {
  const p = this.bPart[b]!, n = this.bNext[b]!, pr = this.bPrev[b]!;
  if (pr >= 0) this.bNext[pr] = n; else this.qHead[p] = n;
  if (n >= 0) this.bPrev[n] = pr; else this.qTail[p] = pr;
  this.bNext[b] = -1; this.bPrev[b] = -1; if (--this.qSize[p]! === 0) this.deactivate(p);
}

/** Puts a batch back for a retry: at the front, or in sequence order for the idempotent producer. */
export function reenqueue(this: Engine, b: number): void {
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

/** Closing a batch fixes its compressed size and teaches the ratio estimator (CompressionRatioEstimator). */
export function finishBatchSize(this: Engine, b: number): void {
  this.bWire[b] = BATCH_HEADER_BYTES + this.bBytes[b]! * this.ratio;
  this.bFill[b] = Math.min(1, this.est(b) / this.batchSize);
  if (this.compressed) {
    const observed = this.ratio;
    if (observed < this.estRatio) this.estRatio = Math.max(observed, this.estRatio - 0.005);
    else if (observed > this.estRatio) this.estRatio = Math.max(observed, this.estRatio + 0.05); // CompressionRatioEstimator.updateEstimation
  }
}

export function release(this: Engine, b: number): void {
  this.usedMem -= this.bAlloc[b]!;
  this.bAlloc[b] = 0;
}

/** send() of records [from, to). */
export function sendRecords(this: Engine, from: number, to: number): void {
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
export function block(this: Engine, t: number, alloc: number): boolean {
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
