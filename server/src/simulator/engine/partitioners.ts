// The partitioners: the key model of a scenario (keys, their murmur2 partitions and sizes), DefaultPartitioner's
// sticky choice before KIP-794 and the built-in uniform sticky partitioner (adaptive, rack-aware).
import { toPositive, murmur2 } from '../murmur2';
import { inRackUniform, inRackWeighted } from '../rack';
import { pickByLoad } from '../loadStats';
import type { Scenario } from '../types';
import { scratchIds, scratchRackIds, scratchRackSizes, scratchSizes } from './shared';
import type { Engine } from './engine';

/** Picks key indexes for the scenario's key distribution. */
export interface KeyModel { count: number; cdf: Float64Array | null; partition: Int32Array; bytes: Int32Array }

/** Key models of the last few runs (read-only once built): the preview reruns the same scenario on every edit. */
const keyCache = new Map<string, KeyModel>();
const KEY_CACHE_MAX = 4;

export function buildKeys(scn: Scenario, partitions: number): KeyModel | null {
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

export function buildKeyModel(k: Exclude<Scenario['keys'], { kind: 'null' }>, partitions: number): KeyModel {
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

/** StickyPartitionCache.nextPartition: a random available partition other than the old one. */
export function legacyNext(this: Engine, prev: number): number {
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
export function builtinNext(this: Engine, now: number): number {
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
