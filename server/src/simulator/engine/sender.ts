// The sender thread and the brokers: which batches are ready, draining them into produce requests per broker,
// the network and the broker's writes, responses, retries with backoff, delivery timeouts.
import { EV_DISCONNECT, EV_FAIL, EV_RESPONSE, EV_RETRY, EV_SENT, EV_TIMEOUT, EV_WAKE, MAX_TS_BUCKETS, OUT_DISCONNECT, OUT_ERROR, OUT_LOST_RESPONSE, OUT_OK, OUT_TIMEOUT, ST_DONE, ST_FAILED, ST_INFLIGHT, ST_OPEN, grow32, minOf, removeAt } from './shared';
import type { Engine } from './engine';

export function backoffFor(this: Engine, attempts: number): number {
  const base = this.st.retryBackoffMs, cap = this.st.retryBackoffMaxMs;
  if (cap <= base) return base;
  return Math.min(cap, base * Math.pow(2, Math.max(0, attempts - 1)));
}

export function isDown(this: Engine, b: number, t: number): boolean {
  return b === this.downBroker && t >= this.downAt && t < this.upAt;
}

export function backingOff(this: Engine, b: number, now: number): boolean {
  return this.bAttempts[b]! > 0 && now < this.bRetryAt[b]!;
}

/** RecordAccumulator.batchReady for the first batch of each of the broker's partitions. */
export function brokerHasReady(this: Engine, br: number, now: number): boolean {
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

export function scheduleWake(this: Engine, t: number): void {
  if (t < this.wakeAt) { this.wakeAt = t; this.heap.push(t, EV_WAKE, 0); }
}

export function sendReady(this: Engine, now: number): void {
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
export function drain(this: Engine, br: number, now: number): number {
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

export function makeRequest(this: Engine, br: number, now: number, first: number, count: number, bytes: number, records: number): void {
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
export function brokerWrite(this: Engine, b: number): void {
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

export function leaveFlight(this: Engine, b: number): void {
  const p = this.bPart[b]!;
  if (this.maxInFlight === 1) this.muted[p] = 0;
  if (this.st.idempotence) {
    const fl = this.inflightSeqs[p]!;
    const i = fl.indexOf(this.bSeq[b]!);
    if (i >= 0) removeAt(fl, i);
  }
}

export function succeed(this: Engine, b: number, now: number): void {
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

export function fail(this: Engine, b: number, now: number): void {
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

export function complete(this: Engine, r: number, now: number, ok: boolean): void {
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
export function sweep(this: Engine, now: number): void {
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
