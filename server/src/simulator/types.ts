// Plain data in and out of the simulator. No vscode, no LSP.

export type CompressionCodec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

/**
 * How keyless (or key-ignoring) records pick a partition.
 * - `builtin`: KIP-794 uniform sticky partitioner built into the producer (3.3+, `partitioner.class` unset).
 * - `default-sticky`: KIP-480 sticky partitioner (DefaultPartitioner; the default in 2.4–3.2).
 * - `uniform-sticky-class`: UniformStickyPartitioner class (KIP-480 stickiness for every record, keys ignored).
 * - `round-robin`: RoundRobinPartitioner class.
 */
export type PartitionerKind = 'builtin' | 'default-sticky' | 'uniform-sticky-class' | 'round-robin';

export interface ProducerSettings {
  kafkaVersion: string;
  /** Language of the warnings (the engine's own too). */
  locale: 'en' | 'ko';
  batchSize: number;
  lingerMs: number;
  bufferMemory: number;
  maxBlockMs: number;
  maxRequestSize: number;
  compressionType: CompressionCodec;
  /** 0, 1 or -1 (all). */
  acks: 0 | 1 | -1;
  retries: number;
  retryBackoffMs: number;
  /** 3.7+: exponential retry backoff cap; equal to retryBackoffMs before 3.7 (constant backoff). */
  retryBackoffMaxMs: number;
  requestTimeoutMs: number;
  deliveryTimeoutMs: number;
  reconnectBackoffMs: number;
  maxInFlight: number;
  idempotence: boolean;
  partitioner: PartitionerKind;
  /** RoundRobinPartitioner's double call on a new batch (KAFKA-9965) is present in this version. */
  roundRobinSkipQuirk: boolean;
  partitionerIgnoreKeys: boolean;
  adaptivePartitioning: boolean;
  availabilityTimeoutMs: number;
  /** 4.4+: partitioner.rack.aware (the built-in partitioner prefers leaders in the client's rack). */
  rackAware: boolean;
  /** 4.4+: client.rack as configured ('' when unset or before 4.4). */
  clientRack: string;
  /** Set when the producer would refuse to start with this file (ConfigException); the run still uses the other values. */
  startupError?: string;
  /** Notes about values that were invalid, ignored or silently changed by the producer. */
  warnings: string[];
  /** The values used, as Kafka would print them (keys the simulator reads). */
  effective: Record<string, string>;
}

export type KeyDistribution =
  | { kind: 'null' }
  | { kind: 'uniform'; count: number }
  | { kind: 'skewed'; count: number; exponent?: number };

export interface FaultPlan {
  /** Probability that a produce response is lost after the broker wrote the data (the producer times out and retries). */
  lostAck: number;
  /** Probability that a produce request fails without being written (retriable error). */
  requestFailure: number;
  /** One broker goes down for a while. */
  /**
   * One broker goes down for a while. Without `failoverMs` it comes back with its log (a restart shorter than the
   * session timeout). With `failoverMs`, the controller moves its partitions' leadership to the other brokers that
   * long after the crash, and data the followers had not replicated yet (written in the last `replicationMs`) is lost:
   * acknowledged records with acks=0/1, retried ones with acks=all.
   */
  brokerDown?: { broker: number; atMs: number; durationMs: number; failoverMs?: number };
}

export interface Scenario {
  records: number;
  ratePerSec: number;
  valueBytes: number;
  keys: KeyDistribution;
  partitions: number;
  brokers: number;
  /**
   * Racks the brokers are spread over (broker b in rack b % racks); 0 = automatic: 3 when the config names a
   * client.rack or turns partitioner.rack.aware on, else 1 (no rack information, nothing reported about racks).
   */
  racks: number;
  /** The rack the producer runs in (0-based); the config's client.rack is taken to name this rack. */
  clientRack: number;
  /** Round-trip time between producer and each broker. */
  rttMs: number;
  /** Extra time for followers to replicate before an acks=all response. */
  replicationMs: number;
  /** Network bandwidth per broker connection, MB/s. */
  bandwidthMBps: number;
  /** Broker time per produce request and per batch in it (serialised per connection, as Kafka mutes a channel until it responds). */
  brokerRequestMs: number;
  brokerBatchMs: number;
  /** Producer's sender thread time per poll and per drained batch. */
  senderPollMs: number;
  /** Application thread time per send() call, without compression. */
  sendCpuMs: number;
  /** Compression preset overrides. */
  compressionRatio?: number;
  compressionNsPerByte?: number;
  faults: FaultPlan;
  seed: number;
  /** Number of time-series buckets for charts. */
  buckets: number;
}

export interface PartitionStats {
  partition: number;
  broker: number;
  records: number;
  bytes: number;
  batches: number;
  /** Rack of the partition's leader at the end of the run (only when the brokers are spread over racks). */
  rack?: number;
}

export interface TimeSeries {
  bucketMs: number;
  /** Bucket start times, ms. */
  t: number[];
  sentPerSec: number[];
  ackedPerSec: number[];
  /** Average send()→ack latency of the records acknowledged in the bucket (0 if none). */
  latencyMs: number[];
  /** Highest buffer.memory use seen in the bucket, bytes. */
  bufferBytes: number[];
}

export interface SimulationResult {
  records: {
    sent: number;
    delivered: number;
    lost: number;
    /** Of the lost: the producer reported an error (buffer exhausted, retries or delivery timeout, too large). */
    failed: number;
    /** Of the lost: the producer reported success (acks=0 and the write failed). */
    lostSilently: number;
    duplicated: number;
    reordered: number;
  };
  batches: { count: number; avgFill: number; avgRecords: number; retried: number; expired: number };
  /** failed: requests that ended in an error, a timeout or a dropped connection; disconnects: connections dropped after a lost response. */
  requests: { count: number; failed: number; timedOut: number; disconnects: number; avgRecords: number; avgBatches: number };
  latencyMs: { p50: number; p95: number; p99: number; max: number; avg: number };
  throughput: { recordsPerSec: number; bytesPerSec: number };
  /**
   * Produce traffic to leaders outside the client's rack (only when the brokers are spread over racks): bytes on the
   * wire, retries included, per second over the run, and the share of all produce bytes sent.
   */
  crossRack?: { racks: number; clientRack: number; bytes: number; bytesPerSec: number; share: number };
  buffer: { blockedMs: number; maxUsedBytes: number; exhaustedRecords: number };
  durationMs: number;
  partitions: PartitionStats[];
  timeSeries: TimeSeries;
  partitioner: string;
  settings: ProducerSettings;
  scenario: Scenario;
  warnings: string[];
}
