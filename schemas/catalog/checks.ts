// Cross-field checks Kafka makes while a producer starts (or silent fallbacks it takes), with the version that
// introduced each and where that was read. The rules in server/src/service/rules/ read `since` from here, so
// a finding says which Kafka version introduced its check, and the simulator refuses the same files.
// (The checks older than 4.4 still carry their facts in their rule files; new ones belong here.)
import type { KafkaVersion } from './model';
import type { FactSource } from './sources';

export interface CheckFacts {
  /** the first Kafka version that makes the check */
  since: KafkaVersion;
  /**
   * error: the producer refuses to start; fallback: Kafka silently uses something else (a WARN at most);
   * ignored: a setting has no effect in this combination.
   */
  outcome: 'error' | 'fallback' | 'ignored';
  /** Kafka's own exception text, when it was read in the source */
  kafkaMessage?: string;
  /** how the failure reaches the caller */
  thrown?: string;
  source: FactSource;
}

export const CHECKS = {
  /** partitioner.rack.aware=true with a blank client.rack (Utils.isBlank: unset, empty or whitespace). */
  'rack-aware-needs-client-rack': {
    since: '4.4',
    outcome: 'error',
    kafkaMessage: 'client.rack must be provided if partitioner.rack.aware is enabled',
    thrown:
      'ConfigException from RecordAccumulator.PartitionerConfig, inside the KafkaProducer constructor, so the caller gets KafkaException "Failed to construct kafka producer" with it as the cause; also with a custom partitioner.class',
    source: {
      refs: ['trunk-4.4-accumulator', 'port-notes-4.4', 'ref-4.4'],
      confidence: 'source',
      note: 'the check and its text were read in copies of the 4.4-line source, not in the 4.4.0 tag; the wrapping in KafkaException is inferred from the constructor\'s catch',
    },
  },
  /** buffer.memory.allocation.strategy=incremental with compression.type other than none. */
  'incremental-allocation-with-compression': {
    since: '4.4',
    outcome: 'error',
    thrown: 'ConfigException in the KafkaProducer constructor (wrapped in KafkaException "Failed to construct kafka producer"); compression support is KAFKA-20579',
    source: {
      refs: ['incremental-allocation-tests', 'producer-walkthrough-4.5', 'port-notes-4.4'],
      confidence: 'third-party',
      note: 'Kafka\'s own test says the incremental strategy "does not support compression yet" and fails "at producer construction"; the exact exception text was not read',
    },
  },
  /** buffer.memory.allocation.strategy=incremental with batch.size below one 16 KiB chunk. */
  'incremental-allocation-small-batch': {
    since: '4.4',
    outcome: 'fallback',
    source: {
      refs: ['incremental-allocation-tests', 'producer-walkthrough-4.5', 'port-notes-4.4'],
      confidence: 'third-party',
      note: 'below 16384 bytes the producer uses the full strategy (a WARN per the port notes); Kafka\'s test batch.size=0 case confirms the fallback, not the log line',
    },
  },
  /** metadata.cluster.check.enable has no effect with metadata.recovery.strategy=none. */
  'cluster-check-ignored-without-rebootstrap': {
    since: '4.4',
    outcome: 'ignored',
    source: { refs: ['ref-4.4', 'kip-1242'], confidence: 'docs' },
  },
} as const satisfies Record<string, CheckFacts>;

export type CheckId = keyof typeof CHECKS;

/** One chunk of the incremental allocation strategy: batch.size below this falls back to full. */
export const INCREMENTAL_CHUNK_BYTES = 16384;
