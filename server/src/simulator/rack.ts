// Rack-aware partitioning (Kafka 4.4, KIP-1123 / KAFKA-19193) for the simulator: the start-up error of a blank
// client.rack (the producer model's verdict, producer.ts rackState), where the brokers and the client sit, and the built-in partitioner's choice among partitions led in the client's rack.
//
// Kafka's BuiltInPartitioner.nextPartition (4.4 line; read in a line-by-line port with Java's names, sources.ts
// 'trunk-4.4-partitioner'): with partitioner.rack.aware=true it keeps a second cumulative-frequency table built
// from the raw queue sizes of the available partitions whose leader's rack equals client.rack, and draws from it
// when it is not empty (else from the whole table); without load stats it picks `random % n` among the in-rack
// available partitions, or among all available ones when none is in the rack. The same random number is used
// either way. Load stats exist only once every partition of the topic has a batch queue (RecordAccumulator.partitionReady,
// the engine's `seenCount`): rack-aware keyless traffic never creates queues outside the rack, so in practice the
// uniform in-rack choice is the one taken until keyed records or a fallback have touched every partition.
// Inferred here, not read: the order of the available partitions (metadata order = partition order).
import { CHECKS, message, type Locale } from '#core';
import type { RackState } from '../service/producer';
import { pickByLoad } from './loadStats';
import type { ProducerSettings, Scenario } from './types';

/** The start-up error of a rack-aware producer without a client.rack, when the producer model says Kafka refuses it. */
export function rackStartupError(rack: Pick<RackState, 'needsClientRack'>, locale: Locale): string | undefined {
  if (!rack.needsClientRack) return undefined;
  const check = CHECKS['rack-aware-needs-client-rack'];
  return message(locale, 'sim.refused.rackAware', { kafkaMessage: check.kafkaMessage, since: check.since });
}

/**
 * How many racks the brokers spread over (broker b in rack b % racks) and the client's rack. `scn.racks` 0 means
 * automatic: 3 when the config names a rack or turns rack awareness on, else 1 (no rack information).
 */
export function resolveRacks(st: Pick<ProducerSettings, 'rackAware' | 'clientRack'>, scn: Pick<Scenario, 'racks' | 'clientRack'>): { racks: number; clientRack: number } {
  const auto = st.rackAware || st.clientRack !== '' ? 3 : 1;
  const racks = scn.racks >= 1 ? Math.floor(scn.racks) : auto;
  return { racks, clientRack: Math.min(racks - 1, Math.max(0, Math.floor(scn.clientRack))) };
}

/**
 * The adaptive choice within the client's rack: `ids` / `sizes` hold the raw queue sizes of the `length` available
 * partitions (before the whole table is folded), `inRack(p)` says whether p's leader is in the client's rack.
 * Returns -1 when no available partition is in the rack (Kafka then draws from the whole table).
 */
export function inRackWeighted(random: number, ids: Int32Array, sizes: Int32Array, length: number, inRack: (p: number) => boolean, scratchIds: Int32Array, scratchSizes: Int32Array): number {
  let n = 0, max = -1;
  for (let i = 0; i < length; i++) {
    const p = ids[i]!;
    if (!inRack(p)) continue;
    scratchIds[n] = p; scratchSizes[n] = sizes[i]!; n++;
    if (sizes[i]! > max) max = sizes[i]!;
  }
  return n === 0 ? -1 : pickByLoad(random, scratchIds, scratchSizes, n, max + 1);
}

/** The uniform choice: the (random % n)-th of the n partitions led in the client's rack, or -1 when there is none. */
export function inRackUniform(random: number, partitions: number, inRack: (p: number) => boolean): number {
  let n = 0;
  for (let p = 0; p < partitions; p++) if (inRack(p)) n++;
  if (n === 0) return -1;
  let k = random % n;
  for (let p = 0; p < partitions; p++) if (inRack(p) && k-- === 0) return p;
  return -1;
}
