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
      'Idempotence needs `acks=all`; an explicit `acks=0` or `acks=1` either fails the producer (idempotence explicitly on) or quietly turns idempotence off (idempotence left at its default, from 3.0.1 / 3.1.1 / 3.2).',
    values: '`all` and `-1` mean the same thing. Only `all`, `-1`, `0` and `1` are accepted, case-sensitive after trimming: `ALL` or `All` is refused.',
    history: 'Kafka 3.0 (KIP-679) changed the default from 1 to all.',
  },
  retries: {
    summary: 'How many times a failed send is retried before the record is reported as failed.',
    body:
      'Retries cover transient errors such as a leader change or a full broker queue. Since delivery.timeout.ms exists the usual way to bound retrying is time, not count: leave retries at its huge default and tune `delivery.timeout.ms` instead. ' +
      'Setting `retries=0` gives up on the first error; with idempotence explicitly enabled that is a configuration error, and with idempotence left at its default (from 3.0.1 / 3.1.1 / 3.2) it silently disables idempotence. ' +
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
    body: 'From 3.7 each consecutive failure doubles the wait, starting at `retry.backoff.ms`, until it reaches this maximum; a ±20% jitter keeps many clients from retrying in lockstep. If `retry.backoff.ms` is larger than this value, this value is used as a constant back-off with no growth.',
    values: 'Milliseconds, ≥ 0. Default 1000.',
  },
  // ---------------------------------------------------------------- idempotence
  'enable.idempotence': {
    summary: 'Lets the broker drop duplicate batches caused by retries, and keeps per-partition order.',
    body:
      'The producer gets a producer id and numbers every batch, so a retried batch that the broker already wrote is recognised and not written twice. ' +
      'It requires `acks=all`, `retries` > 0 and `max.in.flight.requests.per.connection` ≤ 5. ' +
      'If you set it to `true` explicitly, a conflicting value is a ConfigException. If you leave it at the default (3.0.1, 3.1.1, 3.2 and later), a conflicting `acks` or `retries` quietly turns it off instead, and from 4.0 a max.in.flight above 5 fails. ' +
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
  'buffer.memory.allocation.strategy': {
    summary: 'Kafka-internal (4.4): reserve a whole batch.size buffer per batch, or grow batches in 16 KiB chunks.',
    body:
      'Not in Kafka\'s configuration reference: it is defined as an internal key, so it may change or go away in any release. ' +
      'With `full` (the default) every new batch takes `batch.size` bytes of `buffer.memory` up front, as in every earlier version. ' +
      'With `incremental` (KIP-1332) a batch takes 16 KiB chunks as it fills, so many partitions with half-empty batches no longer exhaust `buffer.memory`. ' +
      'In 4.4 `incremental` does not work with compression: any `compression.type` other than `none` makes the producer fail to start. ' +
      'With `batch.size` below 16 KiB (one chunk) the producer quietly uses `full` instead.',
    values: '`full` or `incremental`.',
    history: 'Added in Kafka 4.4 (KAFKA-20578) as an internal key.',
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
  'bootstrap.resolve.timeout.ms': {
    summary: 'Resolve the bootstrap host names while constructing (0) or in the background for up to this long.',
    body:
      'With `0`, the default, the producer resolves every `bootstrap.servers` host name in its constructor, as before 4.4: a name that does not resolve stops the producer from being created (ConfigException). ' +
      'A positive value resolves in the background and keeps retrying for up to this many milliseconds; if it never succeeds, later calls fail with a BootstrapResolutionException and the producer has to be closed and created again. ' +
      'Kafka calls the positive mode an evolving feature whose behaviour may change in a minor release.',
    values: 'Milliseconds, ≥ 0. Default `0` (resolve at construction).',
    history: 'Added in Kafka 4.4 (KIP-909).',
  },
  'bootstrap.servers': {
    summary: 'Brokers to contact first to discover the rest of the cluster.',
    body:
      'The producer connects to one of these `host:port` pairs, fetches metadata and from then on talks to the actual partition leaders. ' +
      'List two or three brokers so start-up works when one is down; you do not need all of them. ' +
      'Without any reachable server the producer cannot start.',
    values: 'Comma-separated `host:port` pairs: `broker1:9092,broker2:9092`. Spaces around commas are allowed.',
    history: 'Kafka 4.0 refuses malformed entries that earlier versions partly parsed; 4.2 (KIP-1161) makes the key required, refuses an empty list and an empty item (`a:9092,,b:9092`), and drops repeated entries with a warning.',
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
      'The old `DefaultPartitioner` and `UniformStickyPartitioner` were deprecated in 3.3 and removed in 4.0. ' +
      'From 4.4 the built-in logic can also keep keyless records in the producer\'s rack (`partitioner.rack.aware` with `client.rack`); a custom class ignores that setting.',
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
  'partitioner.rack.aware': {
    summary: 'Keep keyless records in the producer\'s rack: pick the sticky partition among leaders in client.rack.',
    body:
      'With `true` the built-in partitioner chooses the sticky partition for records without a key (or with `partitioner.ignore.keys=true`) only among partitions whose leader is in the same rack (`broker.rack`) as this producer\'s `client.rack`, and falls back to all available partitions when none is. ' +
      'That keeps produce traffic inside one availability zone, which saves cross-zone transfer costs; the price is that only that rack\'s leaders take the load. Keyed records still go where their key hashes. ' +
      'It needs `client.rack`: with `true` and a blank `client.rack` the producer fails to start, even when a custom `partitioner.class` is set (which then ignores this setting).',
    values: '`true` or `false` (any case). Default `false`.',
    history: 'Added in Kafka 4.4 (KIP-1123).',
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
  // ---------------------------------------------------------------- compression levels
  'compression.gzip.level': {
    summary: 'Compression level used when compression.type=gzip.',
    body: 'Higher levels shrink batches more and cost more producer CPU. `-1` means the JDK Deflater default (level 6). The value is range-checked even when another codec is chosen, so a bad level fails start-up regardless.',
    values: 'A whole number from 1 to 9, or -1.',
  },
  'compression.lz4.level': {
    summary: 'Compression level used when compression.type=lz4.',
    body: 'lz4 levels above the default trade speed for a slightly better ratio; lower levels are faster. Checked even when another codec is active.',
    values: 'A whole number from 1 to 17.',
  },
  'compression.zstd.level': {
    summary: 'Compression level used when compression.type=zstd.',
    body: 'zstd covers a wide range: negative levels are very fast with a weak ratio, high levels (up to 22) compress hard and are slow. The default 3 is a good balance. Checked even when another codec is active.',
    values: 'A whole number from -131072 to 22.',
  },
  // ---------------------------------------------------------------- network
  'client.dns.lookup': {
    summary: 'How host names in bootstrap.servers and broker addresses are resolved.',
    body: 'With `use_all_dns_ips` the client tries every IP address a host name resolves to until one connects, which helps with load balancers and multi-homed brokers. `resolve_canonical_bootstrap_servers_only` expands each bootstrap host to its canonical names first, which Kerberos setups sometimes need.',
    values: 'Exact case: `use_all_dns_ips` or `resolve_canonical_bootstrap_servers_only`.',
    history: '2.8 also accepted the deprecated value `default`; 3.0 removed it.',
  },
  'client.rack': {
    summary: 'The rack (availability zone) this producer runs in, matching the brokers\' broker.rack.',
    body:
      'Any string naming where the client is, compared with each broker\'s `broker.rack`. A producer reads it from Kafka 4.4 on, for `partitioner.rack.aware=true`, which keeps keyless records on leaders in this rack; without that it does nothing in a producer. ' +
      'Consumers have had the key for longer (fetching from the closest replica); in a producer config before 4.4 it is ignored as a consumer setting.',
    values: 'A rack id such as `use1-az1`. Default empty. Required (non-blank) when `partitioner.rack.aware=true`.',
    history: 'A producer key from Kafka 4.4 (KIP-1123).',
  },
  'client.id': {
    summary: 'Name the producer sends with each request, for broker logs, metrics and quotas.',
    body: 'Brokers use it to attribute requests in logs and to apply client quotas; it also appears in the producer\'s own metric names. Left empty, Kafka generates `producer-N` (or one based on the transactional id).',
    values: 'Any string.',
  },
  'connections.max.idle.ms': {
    summary: 'Close a broker connection after it has been idle this long.',
    body: 'Idle connections are dropped to save resources on both sides. Keeping it a little below the broker\'s own idle limit avoids the broker closing a connection just as the producer reuses it.',
    values: 'Milliseconds. Default 540000 (9 minutes).',
  },
  'receive.buffer.bytes': {
    summary: 'TCP receive buffer (SO_RCVBUF) for broker connections.',
    body: 'Larger buffers help on high-latency links (for example across regions). `-1` leaves the size to the operating system.',
    values: 'Bytes, ≥ -1. `-1` = OS default.',
  },
  'send.buffer.bytes': {
    summary: 'TCP send buffer (SO_SNDBUF) for broker connections.',
    body: 'Larger buffers let more data be in flight on high-latency links. `-1` leaves the size to the operating system.',
    values: 'Bytes, ≥ -1. `-1` = OS default.',
  },
  'reconnect.backoff.ms': {
    summary: 'Initial wait before reconnecting to a broker that could not be reached.',
    body: 'Prevents reconnect storms. Each further failure to the same broker doubles the wait, with jitter, up to `reconnect.backoff.max.ms`.',
    values: 'Milliseconds, ≥ 0. Default 50.',
  },
  'reconnect.backoff.max.ms': {
    summary: 'Upper limit of the reconnect back-off.',
    body: 'The exponential reconnect back-off that starts at `reconnect.backoff.ms` stops growing here, so a recovered broker is retried at least this often.',
    values: 'Milliseconds, ≥ 0. Default 1000.',
  },
  'socket.connection.setup.timeout.ms': {
    summary: 'How long to wait for a new broker connection to be established.',
    body: 'If the TCP (and TLS) connection is not up in this time the attempt is abandoned and another broker may be tried. The timeout grows exponentially with consecutive failures up to `socket.connection.setup.timeout.max.ms`.',
    values: 'Milliseconds. Default 10000.',
  },
  'socket.connection.setup.timeout.max.ms': {
    summary: 'Upper limit of the growing connection-setup timeout.',
    body: 'Consecutive failed connection attempts double the setup timeout, with jitter, until it reaches this value.',
    values: 'Milliseconds. Default 30000.',
  },
  // ---------------------------------------------------------------- metadata
  'metadata.cluster.check.enable': {
    summary: 'Send the cluster and node id when connecting, so a 4.4+ broker can refuse a misrouted connection.',
    body:
      'With `true`, the default, the client tells each broker which cluster and node it expects (ApiVersions), so a broker of Kafka 4.4 or later can detect that a DNS name or load balancer now points at a different cluster or node, and the client re-bootstraps instead of talking to the wrong one. ' +
      'Older brokers do no check. It is ignored when re-bootstrapping is off (`metadata.recovery.strategy=none`).',
    values: '`true` or `false` (any case). Default `true`.',
    history: 'Added in Kafka 4.4 (KIP-1242).',
  },
  'metadata.max.age.ms': {
    summary: 'Refresh cluster metadata at least this often, even without errors.',
    body: 'Metadata (partitions, leaders, brokers) is refreshed on errors anyway; this periodic refresh also picks up new partitions and brokers proactively. Lower values notice new partitions sooner at the cost of more metadata requests.',
    values: 'Milliseconds, ≥ 0. Default 300000 (5 minutes).',
  },
  'metadata.max.idle.ms': {
    summary: 'Forget metadata of a topic that has not been written to for this long.',
    body: 'Keeps the metadata cache small when a producer writes to many short-lived topics. The next send to a forgotten topic waits for a metadata fetch (bounded by `max.block.ms`).',
    values: 'Milliseconds, ≥ 5000. Default 300000.',
  },
  'metadata.recovery.strategy': {
    summary: 'What to do when no known broker is reachable any more: nothing or re-bootstrap.',
    body: 'With `rebootstrap` the client resolves `bootstrap.servers` again and starts over when every broker it knows has become unavailable, for example after a cluster was replaced behind the same DNS name. With `none` it keeps trying the brokers it already knew.',
    values: '`none` or `rebootstrap`, any letter case.',
    history: 'Kafka 4.0 (KIP-1102) made rebootstrap the default.',
  },
  'metadata.recovery.rebootstrap.trigger.ms': {
    summary: 'Re-bootstrap when metadata could not be obtained for this long.',
    body: 'Used with `metadata.recovery.strategy=rebootstrap`: if the client has been unable to refresh metadata from any broker for this long, it re-resolves `bootstrap.servers`.',
    values: 'Milliseconds, ≥ 0. Default 300000.',
  },
  // ---------------------------------------------------------------- other
  'auto.include.jmx.reporter': {
    summary: 'Add the JMX metrics reporter even when metric.reporters does not list it.',
    body: 'Lets a producer expose JMX metrics without naming JmxReporter. Deprecated from its first release: list `org.apache.kafka.common.metrics.JmxReporter` in `metric.reporters` instead. Removed in 4.0, where it becomes an unknown (ignored) key.',
    values: '`true` or `false` (any case).',
  },
  'config.providers': {
    summary: 'Names of config providers that resolve ${provider:path:key} placeholders.',
    body: 'Each name is configured with `config.providers.<name>.class` (for example FileConfigProvider or EnvVarConfigProvider), so secrets can live outside the config file. The producer formally defines the key from 4.2; earlier versions still resolve placeholders but report the key as unused.',
    values: 'Comma-separated names: `file,env`.',
    history: 'From Kafka 4.2 (KIP-1161) an empty item (`a,,b` or a trailing comma) stops the producer, and repeated entries are dropped with a warning.',
  },
  'enable.metrics.push': {
    summary: 'Send client metrics to the cluster when the broker asks for them (KIP-714).',
    body: 'If the cluster has a client-metrics subscription, the producer pushes selected metrics to the broker so operators can see client health centrally. It has no effect when no subscription matches. Set `false` to opt out.',
    values: '`true` or `false` (any case).',
  },
  'interceptor.classes': {
    summary: 'Producer interceptors called on every send and acknowledgement.',
    body: 'Each class implements `org.apache.kafka.clients.producer.ProducerInterceptor` and can inspect or change records before serialization and observe acknowledgements. They run in the listed order on the application and I/O threads, so keep them cheap.',
    values: 'Comma-separated fully qualified class names; empty for none.',
    history: 'From Kafka 4.2 (KIP-1161) an empty item (`a,,b` or a trailing comma) stops the producer, and repeated entries are dropped with a warning.',
  },
  'metric.reporters': {
    summary: 'Classes that receive the producer\'s metrics.',
    body: 'Each class implements `org.apache.kafka.common.metrics.MetricsReporter` and is told about every metric. From 4.0 the default is the JMX reporter; setting your own list replaces it, so keep `org.apache.kafka.common.metrics.JmxReporter` in the list if you still want JMX.',
    values: 'Comma-separated fully qualified class names.',
    history: 'From Kafka 4.2 (KIP-1161) an empty item (`a,,b` or a trailing comma) stops the producer, and repeated entries are dropped with a warning.',
  },
  'metrics.num.samples': {
    summary: 'Number of samples kept to compute each metric.',
    body: 'Metrics such as rates are computed over this many rolling windows of `metrics.sample.window.ms`. More samples smooth the values at a little memory cost.',
    values: 'A whole number ≥ 1. Default 2.',
  },
  'metrics.recording.level': {
    summary: 'Which metrics are recorded: INFO, DEBUG or TRACE.',
    body: 'INFO records the standard metrics. DEBUG and TRACE add finer-grained sensors with some CPU cost; use them only while investigating.',
    values: 'Upper case exactly: `INFO`, `DEBUG`, `TRACE`.',
  },
  'metrics.sample.window.ms': {
    summary: 'Length of one metrics sample window.',
    body: 'Metric values are computed over `metrics.num.samples` windows of this length. Short windows react faster but are noisier.',
    values: 'Milliseconds, ≥ 0. Default 30000.',
  },
  // ---------------------------------------------------------------- transactions
  'transaction.timeout.ms': {
    summary: 'How long a transaction may stay open before the coordinator aborts it.',
    body: 'If the producer neither commits nor aborts within this time, the transaction coordinator aborts it, which keeps read_committed consumers from being blocked by a dead producer. It must not exceed the broker\'s `transaction.max.timeout.ms` (900000 by default), or initTransactions() fails.',
    values: 'Milliseconds. Default 60000.',
  },
  'transaction.two.phase.commit.enable': {
    summary: 'Allow an external coordinator to drive two-phase commit (KIP-939).',
    body: 'With this on, the producer\'s transactions are not aborted on timeout, so an external transaction manager (for example a database) can prepare and later commit or abort them. Needs broker support and a matching permission. Newer Kafka refuses it together with an explicit `transaction.timeout.ms`.',
    values: '`true` or `false` (any case).',
    history: 'The key exists from 4.1; the public producer API for two-phase commit (KIP-939) was pulled again before the 4.2, 4.3 and 4.4 releases while the key stayed, so check your exact version before relying on it.',
  },
  'internal.auto.downgrade.txn.commit': {
    summary: 'Internal 2.8 switch used by Kafka Streams for old brokers.',
    body: 'Lets a transactional producer downgrade its offset-commit request for brokers that do not support the newer format. It is internal (not documented by Kafka), exists only in 2.8 and should not be set by hand.',
    values: '`true` or `false`.',
  },
  // ---------------------------------------------------------------- security: protocol and TLS
  'security.protocol': {
    summary: 'Transport to the brokers: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.',
    body: '`SSL` encrypts (and can authenticate with certificates), `SASL_*` adds SASL authentication, `SASL_SSL` does both. It must match the broker listener behind `bootstrap.servers`; a mismatch usually shows up as timeouts or disconnects rather than a clear error.',
    values: '`PLAINTEXT`, `SSL`, `SASL_PLAINTEXT`, `SASL_SSL`.',
    history: 'Any letter case works in 2.8-3.2 (checked when the producer is built) and from 3.6; 3.3-3.5 require exact upper case.',
  },
  'security.providers': {
    summary: 'Creator classes that register extra Java security providers.',
    body: 'Each listed class implements `org.apache.kafka.common.security.auth.SecurityProviderCreator` and returns a provider (for example for special algorithms or hardware). Rarely needed.',
    values: 'Comma-separated fully qualified class names.',
  },
  'ssl.protocol': {
    summary: 'TLS protocol used to create the SSLContext.',
    body: 'The default TLSv1.3 lets the client negotiate TLSv1.3 or TLSv1.2 with the broker (as allowed by `ssl.enabled.protocols`). Older names such as SSL or TLSv1.1 are insecure and disabled in modern JVMs.',
    values: 'A protocol name: `TLSv1.3`, `TLSv1.2`.',
  },
  'ssl.enabled.protocols': {
    summary: 'TLS versions the client is willing to use.',
    body: 'Negotiation picks the highest version both sides allow. Remove TLSv1.2 only if every broker supports TLSv1.3.',
    values: 'Comma-separated protocol names: `TLSv1.2,TLSv1.3`.',
  },
  'ssl.cipher.suites': {
    summary: 'Cipher suites the client allows for TLS.',
    body: 'Restricts the algorithms used for encryption and authentication. Empty or unset means the JVM\'s enabled suites, which is usually what you want.',
    values: 'Comma-separated JSSE cipher suite names.',
  },
  'ssl.endpoint.identification.algorithm': {
    summary: 'Host name verification of the broker certificate (https) or none (empty).',
    body: 'With `https` the client checks that the broker\'s certificate matches the host it connected to, which stops man-in-the-middle attacks. An empty value disables the check; avoid that outside tests.',
    values: '`https` or empty.',
  },
  'ssl.engine.factory.class': {
    summary: 'Custom factory for SSLEngine objects.',
    body: 'Replaces Kafka\'s default SSL engine factory, for example to load keys from a vault. Must implement `org.apache.kafka.common.security.auth.SslEngineFactory`.',
    values: 'A fully qualified class name.',
  },
  'ssl.keystore.type': {
    summary: 'Format of the key store: JKS, PKCS12 or PEM.',
    body: 'The key store holds the client certificate and private key for mutual TLS. `PEM` also allows giving the key and chain inline with `ssl.keystore.key` and `ssl.keystore.certificate.chain`.',
    values: '`JKS`, `PKCS12` or `PEM`.',
  },
  'ssl.keystore.location': {
    summary: 'Path of the key store file (client certificate and key).',
    body: 'Needed only when brokers require client authentication (mutual TLS). The file must be readable by the producer process.',
    values: 'A file path.',
  },
  'ssl.keystore.password': {
    summary: 'Password of the key store file.',
    body: 'Needed when `ssl.keystore.location` is set (not for PEM given inline). The value is secret and never shown by this tool.',
    values: 'A string.',
  },
  'ssl.key.password': {
    summary: 'Password of the private key inside the key store or in ssl.keystore.key.',
    body: 'Needed when the private key is encrypted separately from the store (or for an encrypted inline PEM key). The value is secret and never shown by this tool.',
    values: 'A string.',
  },
  'ssl.keystore.key': {
    summary: 'Private key in PEM format, given inline.',
    body: 'Used with `ssl.keystore.type=PEM` instead of a key store file. If the key is encrypted, `ssl.key.password` decrypts it. The value is secret and never shown by this tool.',
    values: 'A PEM block (PKCS#8).',
  },
  'ssl.keystore.certificate.chain': {
    summary: 'Client certificate chain in PEM format, given inline.',
    body: 'Used with `ssl.keystore.type=PEM` and `ssl.keystore.key`. It is treated as a password-type value so it never appears in logs.',
    values: 'One or more PEM certificate blocks.',
  },
  'ssl.truststore.type': {
    summary: 'Format of the trust store: JKS, PKCS12 or PEM.',
    body: 'The trust store holds the CA certificates used to verify brokers. With `PEM` the certificates may be given inline through `ssl.truststore.certificates`.',
    values: '`JKS`, `PKCS12` or `PEM`.',
  },
  'ssl.truststore.location': {
    summary: 'Path of the trust store file (CA certificates).',
    body: 'Needed when the brokers\' certificates are not signed by a CA the JVM already trusts. The file must be readable by the producer process.',
    values: 'A file path.',
  },
  'ssl.truststore.certificates': {
    summary: 'Trusted CA certificates in PEM format, given inline.',
    body: 'Used with `ssl.truststore.type=PEM` instead of a trust store file. Treated as a password-type value so it never appears in logs.',
    values: 'One or more PEM certificate blocks.',
  },
  'ssl.keymanager.algorithm': {
    summary: 'Algorithm of the KeyManagerFactory for the client certificate.',
    body: 'The default comes from the running JVM (SunX509 on OpenJDK). Change it only for special security providers.',
    values: 'An algorithm name.',
  },
  'ssl.trustmanager.algorithm': {
    summary: 'Algorithm of the TrustManagerFactory that verifies brokers.',
    body: 'The default comes from the running JVM (PKIX on OpenJDK). Change it only for special security providers.',
    values: 'An algorithm name.',
  },
  'ssl.provider': {
    summary: 'Name of the security provider for TLS.',
    body: 'Unset means the JVM default provider. Set it to use a specific JSSE provider, for example a FIPS one.',
    values: 'A provider name.',
  },
  'ssl.secure.random.implementation': {
    summary: 'SecureRandom algorithm used by TLS.',
    body: 'Unset means the JVM default. Only set it when a specific PRNG is required, for example by a compliance rule.',
    values: 'An algorithm name such as `SHA1PRNG`.',
  },
  // ---------------------------------------------------------------- security: SASL
  'sasl.mechanism': {
    summary: 'SASL mechanism used to authenticate: GSSAPI, PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER.',
    body: 'Applies when `security.protocol` is `SASL_PLAINTEXT` or `SASL_SSL`. The default GSSAPI is Kerberos; most clusters outside Kerberos use SCRAM or OAUTHBEARER. PLAIN sends the password in clear inside the SASL exchange, so pair it with SASL_SSL.',
    values: 'A mechanism name, e.g. `SCRAM-SHA-512`.',
  },
  'sasl.client.callback.handler.class': {
    summary: 'Callback handler class for the SASL client.',
    body: 'Supplies credentials or other input to the SASL client mechanism. Must implement `org.apache.kafka.common.security.auth.AuthenticateCallbackHandler`.',
    values: 'A fully qualified class name.',
  },
  'sasl.login.callback.handler.class': {
    summary: 'Callback handler class used during SASL login.',
    body: 'For OAuth with an identity provider this is typically Kafka\'s OAuthBearerLoginCallbackHandler, which fetches tokens from `sasl.oauthbearer.token.endpoint.url`.',
    values: 'A fully qualified class name.',
  },
  'sasl.login.class': {
    summary: 'Custom Login implementation for SASL.',
    body: 'Replaces the login logic (for example Kerberos ticket handling). Rarely needed; must implement `org.apache.kafka.common.security.auth.Login`.',
    values: 'A fully qualified class name.',
  },
  'sasl.login.connect.timeout.ms': {
    summary: 'Connect timeout for the OAuth token endpoint.',
    body: 'Used by the OAuth login callback handler when it contacts the identity provider over HTTP. Unset means the HTTP client default.',
    values: 'Milliseconds.',
  },
  'sasl.login.read.timeout.ms': {
    summary: 'Read timeout for the OAuth token endpoint.',
    body: 'Used by the OAuth login callback handler when it reads the identity provider\'s response. Unset means the HTTP client default.',
    values: 'Milliseconds.',
  },
  'sasl.login.retry.backoff.ms': {
    summary: 'Initial wait between retries to the OAuth token endpoint.',
    body: 'Failed token requests are retried with an exponential back-off that starts here and stops at `sasl.login.retry.backoff.max.ms`.',
    values: 'Milliseconds. Default 100.',
  },
  'sasl.login.retry.backoff.max.ms': {
    summary: 'Maximum wait between retries to the OAuth token endpoint.',
    body: 'Upper bound of the exponential back-off for token requests that starts at `sasl.login.retry.backoff.ms`.',
    values: 'Milliseconds. Default 10000.',
  },
  'sasl.login.refresh.window.factor': {
    summary: 'Refresh the login token once this fraction of its lifetime has passed.',
    body: 'The background refresh thread renews the credential at about this point of its lifetime (OAUTHBEARER). Lower values refresh earlier.',
    values: 'A decimal from 0.5 to 1.0. Default 0.8.',
  },
  'sasl.login.refresh.window.jitter': {
    summary: 'Random extra fraction added to the token refresh time.',
    body: 'Spreads refreshes of many clients so they do not all hit the identity provider at once (OAUTHBEARER).',
    values: 'A decimal from 0 to 0.25. Default 0.05.',
  },
  'sasl.login.refresh.min.period.seconds': {
    summary: 'Minimum time between two token refreshes, in seconds.',
    body: 'Prevents refreshing in a tight loop when tokens are short-lived (OAUTHBEARER).',
    values: 'Seconds, 0 to 900. Default 60.',
  },
  'sasl.login.refresh.buffer.seconds': {
    summary: 'Time to keep before token expiry when refreshing, in seconds.',
    body: 'The refresh is scheduled at least this long before the credential expires, so a slow identity provider does not leave the client without a valid token (OAUTHBEARER).',
    values: 'Seconds, 0 to 3600. Default 300.',
  },
  'sasl.kerberos.service.name': {
    summary: 'Kerberos principal name the brokers run as.',
    body: 'Needed for GSSAPI: usually `kafka`, matching the service part of the broker principal (kafka/host@REALM). Can also be given in the JAAS config.',
    values: 'A name, e.g. `kafka`.',
  },
  'sasl.kerberos.kinit.cmd': {
    summary: 'Path of the kinit command used for Kerberos.',
    body: 'Used to renew Kerberos tickets from the ticket cache. Change it only if kinit lives elsewhere.',
    values: 'A file path. Default `/usr/bin/kinit`.',
  },
  'sasl.kerberos.min.time.before.relogin': {
    summary: 'Minimum time between Kerberos relogin attempts.',
    body: 'The login thread sleeps at least this long between refresh attempts of the Kerberos ticket.',
    values: 'Milliseconds. Default 60000.',
  },
  'sasl.kerberos.ticket.renew.window.factor': {
    summary: 'Renew the Kerberos ticket after this fraction of its lifetime.',
    body: 'The login thread renews the ticket once this share of the time from last refresh to expiry has passed.',
    values: 'A decimal. Default 0.8.',
  },
  'sasl.kerberos.ticket.renew.jitter': {
    summary: 'Random jitter added to the Kerberos renewal time.',
    body: 'A random fraction of the lifetime added to the renewal time so many clients do not renew at the same moment.',
    values: 'A decimal. Default 0.05.',
  },
  // ---------------------------------------------------------------- security: OAuth
  'sasl.oauthbearer.token.endpoint.url': {
    summary: 'URL of the identity provider\'s token endpoint (OAuth).',
    body: 'The login callback handler requests access tokens here (client credentials or, from 4.1, JWT bearer grant). A `file:` URL reads a token from a file instead.',
    values: 'An https URL or a file URL.',
  },
  'sasl.oauthbearer.jwks.endpoint.url': {
    summary: 'URL of the JSON Web Key Set used to verify tokens.',
    body: 'Used where tokens are validated (brokers; clients only with a validating callback handler). The key set is cached and refreshed periodically.',
    values: 'An https URL or a file URL.',
  },
  'sasl.oauthbearer.jwks.endpoint.refresh.ms': {
    summary: 'How often the cached JSON Web Key Set is refreshed.',
    body: 'Keeps verification keys current when the identity provider rotates them.',
    values: 'Milliseconds. Default 3600000 (1 hour).',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms': {
    summary: 'Initial wait between retries to the JWKS endpoint.',
    body: 'Failed key set downloads are retried with exponential back-off starting here, up to `sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms`.',
    values: 'Milliseconds. Default 100.',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms': {
    summary: 'Maximum wait between retries to the JWKS endpoint.',
    body: 'Upper bound of the exponential back-off for key set downloads.',
    values: 'Milliseconds. Default 10000.',
  },
  'sasl.oauthbearer.clock.skew.seconds': {
    summary: 'Allowed clock difference when checking token times, in seconds.',
    body: 'Tolerates small clock differences between the identity provider and this machine when checking the issued-at and expiry times of a token.',
    values: 'Seconds. Default 30.',
  },
  'sasl.oauthbearer.expected.audience': {
    summary: 'Audiences a validated token must name (aud claim).',
    body:
      'Used where tokens are validated, normally on brokers. A producer that only obtains tokens does not need it. ' +
      'From 4.4 a broker that validates against `sasl.oauthbearer.jwks.endpoint.url` requires it (or `sasl.oauthbearer.allow.unverified.audience=true`), which is why Kafka now lists it as high importance; nothing changes for a producer.',
    values: 'Comma-separated audience names.',
  },
  'sasl.oauthbearer.expected.issuer': {
    summary: 'Issuer a validated token must name (iss claim).',
    body:
      'Used where tokens are validated, normally on brokers. A producer that only obtains tokens does not need it. ' +
      'From 4.4 a broker that validates against `sasl.oauthbearer.jwks.endpoint.url` requires it (or `sasl.oauthbearer.allow.unverified.issuer=true`), which is why Kafka now lists it as high importance; nothing changes for a producer.',
    values: 'An issuer string.',
  },
  'sasl.oauthbearer.scope.claim.name': {
    summary: 'Name of the claim that holds the token\'s scope.',
    body: 'Change it if the identity provider puts scopes in a claim other than `scope`.',
    values: 'A claim name. Default `scope`.',
  },
  'sasl.oauthbearer.sub.claim.name': {
    summary: 'Name of the claim that holds the token\'s subject (principal).',
    body: 'Change it if the identity provider puts the principal in a claim other than `sub`.',
    values: 'A claim name. Default `sub`.',
  },
  'sasl.oauthbearer.header.urlencode': {
    summary: 'URL-encode the client id and secret in the token request\'s Authorization header.',
    body: 'Some identity providers require the client credentials to be URL-encoded before Base64 (RFC 6749). Turn it on if credentials with special characters are rejected.',
    values: '`true` or `false` (any case).',
  },
  'sasl.oauthbearer.scope': {
    summary: 'Scope requested from the identity provider.',
    body: 'Replaces the `scope` option inside `sasl.jaas.config`; if both are given this key wins.',
    values: 'A scope string.',
  },
  'sasl.oauthbearer.client.credentials.client.id': {
    summary: 'OAuth client id for the client-credentials grant.',
    body: 'Replaces the `clientId` option inside `sasl.jaas.config` (still accepted but deprecated); if both are given this key wins.',
    values: 'A client id.',
  },
  'sasl.oauthbearer.client.credentials.client.secret': {
    summary: 'OAuth client secret for the client-credentials grant.',
    body: 'Replaces the `clientSecret` option inside `sasl.jaas.config`; if both are given this key wins. The value is secret and never shown by this tool.',
    values: 'A string.',
  },
  'sasl.oauthbearer.jwt.retriever.class': {
    summary: 'Class that obtains the access token (OAuth).',
    body: 'The default picks a retriever from the other settings. Built-ins include ClientCredentialsJwtRetriever, JwtBearerJwtRetriever and FileJwtRetriever in `org.apache.kafka.common.security.oauthbearer`.',
    values: 'A fully qualified class name.',
  },
  'sasl.oauthbearer.jwt.validator.class': {
    summary: 'Class that validates access tokens (OAuth).',
    body: 'The default picks a validator for the role: clients do light checks, brokers verify signatures. Built-ins: ClientJwtValidator, BrokerJwtValidator.',
    values: 'A fully qualified class name.',
  },
  'sasl.oauthbearer.assertion.file': {
    summary: 'File with a ready-made JWT assertion for the jwt-bearer grant.',
    body: 'When set, the file\'s assertion is sent to the token endpoint (re-read when it changes) and the other `sasl.oauthbearer.assertion.*` keys are ignored.',
    values: 'A file path.',
  },
  'sasl.oauthbearer.assertion.private.key.file': {
    summary: 'PEM private key used to sign a locally built JWT assertion.',
    body: 'Used when the producer builds its own assertion for the jwt-bearer grant; the file is re-read when it changes.',
    values: 'A file path.',
  },
  'sasl.oauthbearer.assertion.private.key.passphrase': {
    summary: 'Passphrase of the assertion private key file.',
    body: 'Needed only if the private key file is encrypted. The value is secret and never shown by this tool.',
    values: 'A string.',
  },
  'sasl.oauthbearer.allow.unverified.audience': {
    summary: 'Broker-side: accept JWTs without checking their audience. Does nothing in a producer.',
    body:
      'A setting for brokers that validate OAuth tokens: from 4.4 a broker with `sasl.oauthbearer.jwks.endpoint.url` requires `sasl.oauthbearer.expected.audience` unless this is `true`. ' +
      'The producer accepts the key because it shares the SASL settings, but never validates a token, so setting it here has no effect. Leaving the audience unchecked is insecure on a broker.',
    values: '`true` or `false` (any case). Default `false`.',
    history: 'Added in Kafka 4.4.',
  },
  'sasl.oauthbearer.allow.unverified.issuer': {
    summary: 'Broker-side: accept JWTs without checking their issuer. Does nothing in a producer.',
    body:
      'A setting for brokers that validate OAuth tokens: from 4.4 a broker with `sasl.oauthbearer.jwks.endpoint.url` requires `sasl.oauthbearer.expected.issuer` unless this is `true`. ' +
      'The producer accepts the key because it shares the SASL settings, but never validates a token, so setting it here has no effect. Leaving the issuer unchecked is insecure on a broker.',
    values: '`true` or `false` (any case). Default `false`.',
    history: 'Added in Kafka 4.4.',
  },
  'sasl.oauthbearer.assertion.algorithm': {
    summary: 'Signing algorithm of a locally built JWT assertion: RS256 or ES256.',
    body: 'Must match the type of the private key (RSA for RS256, EC for ES256). Ignored when `sasl.oauthbearer.assertion.file` is set.',
    values: '`RS256` or `ES256`, any letter case.',
  },
  'sasl.oauthbearer.assertion.template.file': {
    summary: 'Optional file with fixed header values and claims for the assertion.',
    body: 'Lets you add static JWT header fields and claims to a locally built assertion.',
    values: 'A file path.',
  },
  'sasl.oauthbearer.assertion.claim.aud': {
    summary: 'aud (audience) claim of a locally built assertion.',
    body: 'Usually the token endpoint or identifier the identity provider expects. Ignored when an assertion file is used.',
    values: 'A string.',
  },
  'sasl.oauthbearer.assertion.claim.iss': {
    summary: 'iss (issuer) claim of a locally built assertion.',
    body: 'Identifies who created the assertion, usually the client id. Ignored when an assertion file is used.',
    values: 'A string.',
  },
  'sasl.oauthbearer.assertion.claim.sub': {
    summary: 'sub (subject) claim of a locally built assertion.',
    body: 'The principal the token is requested for. Ignored when an assertion file is used.',
    values: 'A string.',
  },
  'sasl.oauthbearer.assertion.claim.exp.seconds': {
    summary: 'Lifetime of a locally built assertion, in seconds.',
    body: 'Added to the current time to set the exp claim. Short lifetimes limit damage if an assertion leaks.',
    values: 'Seconds, 0 to 86400. Default 300.',
  },
  'sasl.oauthbearer.assertion.claim.nbf.seconds': {
    summary: 'How far back the assertion\'s not-before time is set, in seconds.',
    body: 'Subtracted from the current time for the nbf claim, to tolerate clock differences with the identity provider.',
    values: 'Seconds, 0 to 3600. Default 60.',
  },
  'sasl.oauthbearer.assertion.claim.jti.include': {
    summary: 'Add a random jti (token id) claim to each assertion.',
    body: 'Some identity providers require a unique jti to prevent replay of assertions.',
    values: '`true` or `false` (any case).',
  },
};
