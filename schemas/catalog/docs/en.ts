// English docs for every producer key, written for this project (markdown).
// `summary` is one line; `body` explains what the key does and its trade-offs; `values` how to write it;
// `history` adds version notes (the default history itself is generated from the facts).
import type { KeyDoc } from '../model';

export const DOCS_EN: Record<string, KeyDoc> = {
  // ---------------------------------------------------------------- delivery
  acks: {
    summary: 'How many replicas must have a record before the leader answers the producer.',
    body:
      'The durability knob. `0` does not wait for any answer: fastest, but a lost record is never noticed and retries cannot help. ' +
      '`1` waits for the partition leader only: a record acknowledged just before the leader dies can still vanish. ' +
      '`all` waits until every in-sync replica has it, and together with the topic\'s `min.insync.replicas` ≥ 2 it is the only setting that survives a broker loss. ' +
      'Idempotence needs `acks=all`; an explicit `acks=0` or `acks=1` either fails the producer (idempotence explicitly on) or quietly turns idempotence off (idempotence left at its default, 3.2+).',
    values: '`all` and `-1` mean the same thing. Only `all`, `-1`, `0` and `1` are accepted, case-sensitive after trimming: `ALL` or `All` is refused.',
    history: 'Kafka 3.0 (KIP-679) changed the default from 1 to all.',
  },
  retries: {
    summary: 'How many times a failed send is retried before the record is reported as failed.',
    body:
      'Retries cover transient errors such as a leader change or a full broker queue. Since delivery.timeout.ms exists the usual way to bound retrying is time, not count: leave retries at its huge default and tune `delivery.timeout.ms` instead. ' +
      'Setting `retries=0` gives up on the first error; with idempotence explicitly enabled that is a configuration error, and with idempotence left at its default (3.2+) it silently disables idempotence. ' +
      'Without idempotence, retries combined with `max.in.flight.requests.per.connection` > 1 can reorder records.',
    values: 'A whole number from 0 to 2147483647 (Integer.MAX_VALUE, the default).',
  },
  'max.in.flight.requests.per.connection': {
    summary: 'How many unacknowledged requests the producer may have open per broker connection.',
    body:
      'More in-flight requests hide network latency and raise throughput. With idempotence on, the broker keeps order for up to 5 in-flight requests, so 5 (the default) is both fast and ordered. ' +
      'Above 5 idempotence cannot be kept: in 3.x a default idempotence is silently dropped (WARN), and from 4.0 it is a ConfigException unless `enable.idempotence=false` is set explicitly. ' +
      'Without idempotence, any value above 1 lets a retried batch overtake a later one.',
    values: 'A whole number ≥ 1. Use 1 only if you need strict order without idempotence.',
  },
  'delivery.timeout.ms': {
    summary: 'Upper bound on the time from send() returning to the record being acknowledged or failed.',
    body:
      'Covers waiting in the batch (linger), waiting for a request slot, the request itself and every retry. When it expires the callback gets a TimeoutException. ' +
      'It must be at least `linger.ms` + `request.timeout.ms`: if you set it explicitly lower, the producer refuses to start; if you leave it at the default it is quietly raised to that sum. ' +
      'Raise it to survive longer broker outages; lower it to fail fast.',
    values: 'Milliseconds, ≥ 0. Default 120000 (2 minutes).',
  },
  'request.timeout.ms': {
    summary: 'How long the producer waits for a broker to answer one request before retrying it.',
    body:
      'A single produce request that gets no response in this time is treated as failed and retried (if `delivery.timeout.ms` allows). ' +
      'Keep it above the broker\'s `replica.lag.time.max.ms` when using `acks=all`, otherwise slow replication looks like a timeout and causes needless retries and duplicates without idempotence. ' +
      'It also counts toward the `delivery.timeout.ms` ≥ `linger.ms` + `request.timeout.ms` rule.',
    values: 'Milliseconds, ≥ 0. Default 30000.',
  },
  'retry.backoff.ms': {
    summary: 'Pause before retrying a failed request (the starting back-off since 3.7).',
    body:
      'Stops the producer from hammering a broker in a tight loop after an error such as a missing leader. ' +
      'Since 3.7 retries back off exponentially from this value up to `retry.backoff.max.ms`, with some jitter. ' +
      'Short back-offs recover faster after a quick leader election; long ones reduce load during longer outages.',
    values: 'Milliseconds, ≥ 0. Default 100.',
  },
  'retry.backoff.max.ms': {
    summary: 'Ceiling for the exponential retry back-off.',
    body: 'From 3.7 each consecutive failure doubles the wait, starting at `retry.backoff.ms`, until it reaches this maximum. If it is lower than `retry.backoff.ms`, the fixed `retry.backoff.ms` is used.',
    values: 'Milliseconds, ≥ 0. Default 1000.',
  },
  // ---------------------------------------------------------------- idempotence
  'enable.idempotence': {
    summary: 'Lets the broker drop duplicate batches caused by retries, and keeps per-partition order.',
    body:
      'The producer gets a producer id and numbers every batch, so a retried batch that the broker already wrote is recognised and not written twice. ' +
      'It requires `acks=all`, `retries` > 0 and `max.in.flight.requests.per.connection` ≤ 5. ' +
      'If you set it to `true` explicitly, a conflicting value is a ConfigException. If you leave it at the default (3.2 and later), a conflicting `acks` or `retries` quietly turns it off instead, and from 4.0 a max.in.flight above 5 fails. ' +
      'A `transactional.id` requires it. The broker needs the IDEMPOTENT_WRITE permission on older clusters.',
    values: '`true` or `false`, in any letter case (`TRUE`, `False`). `yes`, `1` or `on` are refused.',
    history: 'In 3.0.0 and 3.1.0 the new default was not actually applied (only an explicit true or a transactional.id enabled it); fixed in 3.0.1, 3.1.1 and 3.2.0.',
  },
  // ---------------------------------------------------------------- batching
  'batch.size': {
    summary: 'Upper size of one per-partition batch, in bytes.',
    body:
      'Records for the same partition are collected into a batch of up to this many bytes; a batch is sent when it is full or when `linger.ms` expires, whichever comes first. ' +
      'Bigger batches mean fewer requests, better compression and higher throughput at the cost of memory (each partition with data holds a batch buffer out of `buffer.memory`). ' +
      'A record larger than `batch.size` still goes out alone in its own batch. `0` disables batching, which hurts throughput badly. ' +
      'Since 3.3 the built-in partitioner also uses it: it switches to a new partition after about this many bytes.',
    values: 'Bytes, a plain integer: `16384`, not `16k` or `16KB`. ≥ 0.',
  },
  'linger.ms': {
    summary: 'How long the producer waits for more records before sending a batch that is not full.',
    body:
      'A small delay lets records pile up into fuller batches: fewer, larger requests and better compression in exchange for up to this much extra latency. ' +
      '`0` sends as soon as the sender is free (batches still form under load). ' +
      'Batch sending is triggered by whichever comes first: the batch reaching `batch.size` or the linger time elapsing. ' +
      'It counts toward `delivery.timeout.ms` ≥ `linger.ms` + `request.timeout.ms`.',
    values: 'Milliseconds, ≥ 0.',
    history: 'Kafka 4.0 (KIP-1030) raised the default from 0 to 5.',
  },
  'buffer.memory': {
    summary: 'Total bytes the producer may use to hold records waiting to be sent.',
    body:
      'All batches of all partitions share this pool. When it is full, `send()` blocks for up to `max.block.ms` and then throws. ' +
      'It should comfortably exceed `batch.size` times the number of partitions you write to at once; too small and producers stall under load, too large and you hold more unsent data (and lose it if the process dies). ' +
      'Compression and in-flight requests also use some memory outside this pool.',
    values: 'Bytes, a plain integer (`33554432` = 32 MiB). ≥ 0.',
  },
  'max.block.ms': {
    summary: 'How long send(), partitionsFor() and the transaction calls may block.',
    body:
      '`send()` blocks when metadata for the topic is not yet known or when `buffer.memory` is full; after this time it throws a TimeoutException. ' +
      'It also bounds initTransactions(), commitTransaction() and friends. Time spent in serializers or the partitioner is not counted. ' +
      'Use a small value in latency-sensitive threads (you get an error quickly), a larger one to ride out short metadata or memory shortages.',
    values: 'Milliseconds, ≥ 0. Default 60000.',
  },
  'max.request.size': {
    summary: 'Largest request the producer will send, which also caps a single record.',
    body:
      'A record (after serialization) bigger than this is rejected in `send()` with a RecordTooLargeException. It also limits how many batches go in one request. ' +
      'The broker has its own limit (`message.max.bytes`, per topic `max.message.bytes`) and may reject a batch that passes here; keep them consistent. ' +
      'The check on the producer side uses the uncompressed size.',
    values: 'Bytes, a plain integer (`1048576` = 1 MiB). ≥ 0.',
  },
  // ---------------------------------------------------------------- compression
  'compression.type': {
    summary: 'Codec used to compress each batch: none, gzip, snappy, lz4 or zstd.',
    body:
      'Compression happens per batch, so it works best with larger batches (`linger.ms`, `batch.size`). It trades producer CPU for less network and disk. ' +
      '`lz4` and `snappy` are cheap and fast, `zstd` gives the best ratio at moderate CPU, `gzip` is the slowest. ' +
      'The broker keeps the producer\'s codec if the topic\'s own compression.type is `producer` (the default). Consumers decompress automatically.',
    values: 'Lower case exactly: `none`, `gzip`, `snappy`, `lz4`, `zstd`. `GZIP` or `Snappy` are refused.',
    history: 'Before 3.3 a bad value passed the config check and failed while the producer was being built; from 3.3 it fails the config check.',
  },
  // ---------------------------------------------------------------- transactions
  'transactional.id': {
    summary: 'Stable name that makes this producer transactional and fences older instances.',
    body:
      'With a transactional id the producer can write to several partitions atomically (beginTransaction / commitTransaction) and a restarted instance with the same id fences off the old one. ' +
      'It forces idempotence on; setting `enable.idempotence=false` with it is an error. Each producer instance needs its own id, stable across restarts. ' +
      'Consumers only hide aborted data if they use `isolation.level=read_committed`.',
    values: 'Any non-empty string. An empty value is refused.',
  },
  // ---------------------------------------------------------------- network
  'bootstrap.servers': {
    summary: 'Brokers to contact first to discover the rest of the cluster.',
    body:
      'The producer connects to one of these `host:port` pairs, fetches metadata and from then on talks to the actual partition leaders. ' +
      'List two or three brokers so start-up works when one is down; you do not need all of them. ' +
      'Without any reachable server the producer cannot start.',
    values: 'Comma-separated `host:port` pairs: `broker1:9092,broker2:9092`. Spaces around commas are allowed.',
    history: 'Kafka 4.0 refuses malformed entries that earlier versions partly parsed; 4.2 makes the key required and refuses an empty list.',
  },
  // ---------------------------------------------------------------- serialization
  'key.serializer': {
    summary: 'Class that turns record keys into bytes.',
    body:
      'Required unless you pass a serializer object to the KafkaProducer constructor. It must implement `org.apache.kafka.common.serialization.Serializer`. ' +
      'The key bytes also decide the partition (murmur2 hash), so the same key must always serialize to the same bytes.',
    values: 'A fully qualified class name such as `org.apache.kafka.common.serialization.StringSerializer`.',
  },
  'value.serializer': {
    summary: 'Class that turns record values into bytes.',
    body: 'Required unless you pass a serializer object to the KafkaProducer constructor. It must implement `org.apache.kafka.common.serialization.Serializer`; the class has to be on the producer\'s classpath.',
    values: 'A fully qualified class name such as `org.apache.kafka.common.serialization.ByteArraySerializer`.',
  },
  // ---------------------------------------------------------------- partitioning
  'partitioner.class': {
    summary: 'Custom class that chooses a partition for each record.',
    body:
      'Leave it unset to use the built-in logic: records with a key go to murmur2(key) mod partitions; records without a key are spread with the uniform sticky partitioner (3.3+). ' +
      'Set it only for custom routing. `org.apache.kafka.clients.producer.RoundRobinPartitioner` is a built-in alternative. ' +
      'The old `DefaultPartitioner` and `UniformStickyPartitioner` were deprecated in 3.3 and removed in 4.0.',
    values: 'A fully qualified class name implementing `org.apache.kafka.clients.producer.Partitioner`.',
  },
  'partitioner.ignore.keys': {
    summary: 'When true, the built-in partitioner ignores keys and spreads all records.',
    body:
      'Normally a record with a key goes to the partition picked by hashing the key, which keeps per-key order. With `true` the key is ignored and every record is placed by the uniform sticky logic, like keyless records. ' +
      'Use it to even out load from skewed keys when you do not need per-key order. No effect with a custom `partitioner.class`.',
    values: '`true` or `false` (any case).',
  },
  'partitioner.adaptive.partitioning.enable': {
    summary: 'Let the built-in partitioner send more keyless records to faster brokers.',
    body:
      'With adaptive partitioning (KIP-794) the sticky partitioner favours partitions whose broker drains its queue quickly, so a slow broker receives less. Turned off, keyless records are spread evenly regardless of broker speed. ' +
      'Applies only to records without a key (or with `partitioner.ignore.keys=true`) and only without a custom partitioner.',
    values: '`true` or `false` (any case).',
  },
  'partitioner.availability.timeout.ms': {
    summary: 'Stop picking a partition whose leader has not taken data for this long.',
    body:
      'If a broker cannot accept produce requests for this long, the built-in partitioner avoids its partitions for keyless records until it recovers. `0` turns the check off. ' +
      'Only with adaptive partitioning enabled and no custom partitioner.',
    values: 'Milliseconds, ≥ 0. Default 0 (off).',
  },
  // ---------------------------------------------------------------- security
  'sasl.jaas.config': {
    summary: 'JAAS login settings for SASL, inline in the producer config.',
    body:
      'Names the login module and its options, for example the username and password for PLAIN or SCRAM, or OAuth settings. It replaces a separate JAAS file for this client. ' +
      'The value holds credentials: keep it out of version control and logs; this tool never shows it.',
    values: 'One line ending in `;`, e.g. `org.apache.kafka.common.security.scram.ScramLoginModule required username="..." password="...";`',
  },
  'ssl.truststore.password': {
    summary: 'Password of the trust store file.',
    body: 'Needed for a JKS or PKCS12 trust store that is password protected; without it the store is still read but its integrity is not checked. Not used for PEM trust stores. The value is secret and never shown by this tool.',
    values: 'A string.',
  },
};
