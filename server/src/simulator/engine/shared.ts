// What every part of the engine shares: the event kinds and batch states, the event heap, the latency
// histogram, typed-array growth and scratch buffers, and the model's constants.


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

export const EV_LINGER = 1;
export const EV_RESPONSE = 2;
export const EV_TIMEOUT = 3;
export const EV_RETRY = 4;
export const EV_DOWN = 5;
export const EV_UP = 6;
export const EV_WAKE = 7;
export const EV_SENT = 8; // acks=0: request fully written to the socket
export const EV_FAIL = 9; // connection to a crashed broker dropped
export const EV_SWEEP = 10;
export const EV_DISCONNECT = 11; // the connection drops right after the broker wrote the data: the response is lost
export const EV_FAILOVER = 12; // the controller moves the crashed broker's partitions to other leaders

export const ST_OPEN = 0;
export const ST_QUEUED = 1; // closed for appends, still in the partition queue
export const ST_INFLIGHT = 2;
export const ST_DONE = 3;
export const ST_FAILED = 4;

export const OUT_OK = 0;
export const OUT_ERROR = 1;
export const OUT_LOST_RESPONSE = 2;
export const OUT_DISCONNECT = 3;
export const OUT_TIMEOUT = 4;

/** Binary min-heap of events ordered by (time, insertion order), in typed arrays. */
export class EventHeap {
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

export function grow64(a: Float64Array, n: number): Float64Array { const b = new Float64Array(n); b.set(a); return b; }
export function grow32(a: Int32Array, n: number): Int32Array { const b = new Int32Array(n); b.set(a); return b; }
export function grow8(a: Uint8Array, n: number): Uint8Array { const b = new Uint8Array(n); b.set(a); return b; }

/** Latency histogram: logarithmic buckets of about 1% width from 1 µs up. */
export class LatencyHistogram {
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


let idsScratch = new Int32Array(0);
let sizesScratch = new Int32Array(0);
export function scratchIds(n: number): Int32Array { if (idsScratch.length < n) idsScratch = new Int32Array(n); return idsScratch; }
export function scratchSizes(n: number): Int32Array { if (sizesScratch.length < n) sizesScratch = new Int32Array(n); return sizesScratch; }
let rackIdsScratch = new Int32Array(0);
let rackSizesScratch = new Int32Array(0);
export function scratchRackIds(n: number): Int32Array { if (rackIdsScratch.length < n) rackIdsScratch = new Int32Array(n); return rackIdsScratch; }
export function scratchRackSizes(n: number): Int32Array { if (rackSizesScratch.length < n) rackSizesScratch = new Int32Array(n); return rackSizesScratch; }

/** Records per sendRecords() call. */
export const SEND_CHUNK = 256;

/** Time-series buckets reported (and recorded: later ones are never read). */
export const MAX_TS_BUCKETS = 2000;


/** a.splice(i, 1) without allocating the removed-elements array (same result, i = -1 included: the last one). */
export function removeAt(a: number[], i: number): void {
  const len = a.length;
  if (i < 0) i += len;
  if (i < 0 || i >= len) return;
  for (let j = i + 1; j < len; j++) a[j - 1] = a[j]!;
  a.length = len - 1;
}

export function minOf(a: number[]): number {
  let m = a[0]!;
  for (let i = 1; i < a.length; i++) if (a[i]! < m) m = a[i]!;
  return m;
}

export function round(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}
