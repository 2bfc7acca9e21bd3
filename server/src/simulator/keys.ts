// The keys the simulator reads. Only these ever leave the extension host for the preview webview,
// so no secret (passwords, sasl.jaas.config, ssl.key*) can reach it. Kept free of imports so the
// client bundle can use it without pulling in the catalog.
export const SIMULATOR_KEYS = [
  'batch.size', 'linger.ms', 'buffer.memory', 'max.block.ms', 'max.request.size', 'compression.type', 'acks', 'retries',
  'retry.backoff.ms', 'retry.backoff.max.ms', 'request.timeout.ms', 'delivery.timeout.ms', 'max.in.flight.requests.per.connection',
  'enable.idempotence', 'transactional.id', 'partitioner.class', 'partitioner.ignore.keys',
  'partitioner.adaptive.partitioning.enable', 'partitioner.availability.timeout.ms', 'reconnect.backoff.ms',
  'partitioner.rack.aware', 'client.rack',
] as const;

export type SimulatorKey = (typeof SIMULATOR_KEYS)[number];
