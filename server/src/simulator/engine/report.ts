// The report: the engine's counters turned into the result (records, batches, requests, latency, throughput,
// time series) and into the sentences a reader gets (the partitioner, a run stopped early).
import { message } from '#core';
import type { ProducerSettings, SimulationResult, PartitionStats } from '../types';
import { MAX_TS_BUCKETS, ST_DONE, round } from './shared';
import type { Engine } from './engine';

export function result(this: Engine, appEnd: number): SimulationResult {
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
    warnings: this.stoppedEarly ? [...st.warnings, stoppedEarlyWarning(st)] : st.warnings.slice(),
  };
}

export function describePartitioner(st: ProducerSettings): string {
  const l = st.locale;
  switch (st.partitioner) {
    case 'builtin': {
      const parts = [
        st.adaptivePartitioning ? message(l, 'sim.partitioner.adaptive') : '',
        st.availabilityTimeoutMs > 0 ? message(l, 'sim.partitioner.availability', { ms: st.availabilityTimeoutMs }) : '',
        st.partitionerIgnoreKeys ? message(l, 'sim.partitioner.keysIgnored') : '',
        st.rackAware ? message(l, 'sim.partitioner.rackAware') : '',
      ];
      return message(l, 'sim.partitioner.builtin') + parts.join('');
    }
    case 'default-sticky':
      return message(l, 'sim.partitioner.defaultSticky');
    case 'uniform-sticky-class':
      return message(l, 'sim.partitioner.uniformSticky');
    case 'round-robin':
      return 'RoundRobinPartitioner' + (st.roundRobinSkipQuirk ? message(l, 'sim.partitioner.roundRobinSkip') : '');
  }
}

/** What a reader is told when the run hit its event limit. */
function stoppedEarlyWarning(st: ProducerSettings): string {
  return message(st.locale, 'sim.stoppedEarly');
}
