// Names from other clients and from older Kafka that people paste into a Java producer config, with the
// Java producer key that does the same job (or why there is none). The Java producer ignores all of them
// (they are unknown keys), so each one silently leaves the setting it meant at its default.
//
// Sources (each entry names its own):
// - LIBRDKAFKA: CONFIGURATION.md of confluentinc/librdkafka v2.15.0 (the C client behind confluent-kafka-python,
//   confluent-kafka-go, confluent-kafka-dotnet, node-rdkafka). "Alias for" lines there give the exact matches.
// - SCALA: the 0.8 Scala producer, kafka/producer/ProducerConfig.scala, SyncProducerConfig.scala and
//   async/AsyncProducerConfig.scala at apache/kafka 0.8.2.0; deprecated in 0.10.0.0, removed in 2.0.0 (upgrade notes).
// - JAVA_0_11: Java producer keys removed in 0.11.0.0 (upgrade notes: "Producer configs block.on.buffer.full,
//   metadata.fetch.timeout.ms and timeout.ms have been removed. They were initially deprecated in Kafka 0.9.0.0.");
//   what each did read in KafkaProducer.java at 0.10.2.0. No other producer key was removed between 0.11.0 and 2.8
//   (ProducerConfig compared at every minor tag); keys removed from 2.8 on are in facts.ts (`removed`).
// Java-side facts (PEM stores since 2.7, keep-alive and TCP_NODELAY always on) are from the Java client's source.

export type LegacyOrigin = 'librdkafka' | 'scala' | 'java';

export interface ValueMapping {
  /** value → the Java value; `null`: the line has no effect in Java (the Java default behaves so) */
  map?: Readonly<Record<string, string | null>>;
  /** numbers are multiplied by this (KiB → bytes) */
  scale?: number;
  /** values missing from `map` have no Java equivalent (otherwise they are kept as they are) */
  exhaustive?: boolean;
  /** `map` is looked up ignoring case */
  ignoreCase?: boolean;
  /** the value must name one file (not a directory, not `probe`) */
  file?: boolean;
}

export interface LegacyName {
  name: string;
  origins: readonly LegacyOrigin[];
  /** The Java producer key that does the same job; absent when there is none. */
  to?: string;
  /** 'same': the same setting under another name; 'close': the nearest Java setting, which works differently. */
  match?: 'same' | 'close';
  values?: ValueMapping;
  /** A line Java needs next to `to` (e.g. ssl.truststore.type=PEM for a PEM file). */
  companion?: { key: string; value: string };
  /** Java keys worth reading instead (shown when there is no `to`). */
  seeAlso?: readonly string[];
  /** For removed Java keys: deprecated / removed in these Kafka versions. */
  deprecatedIn?: string;
  removedIn?: string;
  /** What to do instead, or how the Java setting differs. */
  note?: { en: string; ko: string };
  source: string;
}

const LIBRDKAFKA = 'librdkafka CONFIGURATION.md (v2.15.0)';
const SCALA = 'Kafka 0.8.2.0 Scala producer (ProducerConfig.scala, SyncProducerConfig.scala, AsyncProducerConfig.scala)';
const JAVA_0_11 = 'Kafka 0.11.0.0 upgrade notes; KafkaProducer.java at 0.10.2.0';
const LONG_MAX = '9223372036854775807';

const jaas = {
  en: 'The Java producer takes credentials in sasl.jaas.config (PlainLoginModule or ScramLoginModule with username="…" password="…";).',
  ko: 'Java 프로듀서는 인증 정보를 sasl.jaas.config에 적습니다(PlainLoginModule 또는 ScramLoginModule에 username="…" password="…";).',
};
const kerberos = {
  en: 'The Java producer reads the principal and keytab from sasl.jaas.config (Krb5LoginModule with principal="…" keyTab="…").',
  ko: 'Java 프로듀서는 principal과 keytab을 sasl.jaas.config에서 읽습니다(Krb5LoginModule에 principal="…" keyTab="…").',
};
const pemKeystore = {
  en: 'The Java producer reads the private key and its certificate together: one PEM file with both (ssl.keystore.type=PEM, ssl.keystore.location), or the PEM text in ssl.keystore.key and ssl.keystore.certificate.chain.',
  ko: 'Java 프로듀서는 개인 키와 인증서를 함께 읽습니다: 둘 다 담은 PEM 파일 하나(ssl.keystore.type=PEM, ssl.keystore.location) 또는 ssl.keystore.key와 ssl.keystore.certificate.chain의 PEM 텍스트.',
};
const librdkafkaOnly = (name: string, en: string, ko: string): LegacyName => ({ name, origins: ['librdkafka'], note: { en, ko }, source: LIBRDKAFKA });

/** The one table of foreign and old producer names. */
export const LEGACY_NAMES: readonly LegacyName[] = [
  // ---- librdkafka and the 0.8 Scala producer share these names
  { name: 'metadata.broker.list', origins: ['librdkafka', 'scala'], to: 'bootstrap.servers', match: 'same', source: `${LIBRDKAFKA} (bootstrap.servers is its alias); ${SCALA}` },
  {
    name: 'request.required.acks', origins: ['librdkafka', 'scala'], to: 'acks', match: 'same',
    values: { map: { all: 'all', '-1': '-1', '0': '0', '1': '1' }, exhaustive: true, ignoreCase: true },
    note: { en: 'Java takes only all, -1, 0 or 1.', ko: 'Java는 all, -1, 0, 1만 받습니다.' },
    source: `${LIBRDKAFKA} (acks is its alias; -1..1000); ${SCALA} (-1..1)`,
  },
  { name: 'message.send.max.retries', origins: ['librdkafka', 'scala'], to: 'retries', match: 'same', source: `${LIBRDKAFKA} (retries is its alias); ${SCALA}` },
  { name: 'queue.buffering.max.ms', origins: ['librdkafka', 'scala'], to: 'linger.ms', match: 'same', source: `${LIBRDKAFKA} (linger.ms is its alias); ${SCALA} (async mode)` },
  {
    name: 'compression.codec', origins: ['librdkafka', 'scala'], to: 'compression.type', match: 'same',
    values: { map: { none: 'none', gzip: 'gzip', snappy: 'snappy', lz4: 'lz4', zstd: 'zstd', '0': 'none', '1': 'gzip', '2': 'snappy', '3': 'lz4' }, exhaustive: true, ignoreCase: true },
    source: `${LIBRDKAFKA} (compression.type is its alias); ${SCALA} (also codec numbers 0-3, CompressionCodec.scala)`,
  },
  {
    name: 'queue.buffering.max.messages', origins: ['librdkafka', 'scala'], seeAlso: ['buffer.memory'],
    note: { en: 'The Java producer bounds its buffer in bytes (buffer.memory), not in records.', ko: 'Java 프로듀서는 버퍼를 레코드 수가 아니라 바이트(buffer.memory)로 제한합니다.' },
    source: `${LIBRDKAFKA}; ${SCALA}`,
  },
  {
    name: 'batch.num.messages', origins: ['librdkafka', 'scala'], seeAlso: ['batch.size'],
    note: { en: 'The Java producer sizes batches in bytes (batch.size), not in records.', ko: 'Java 프로듀서는 배치를 레코드 수가 아니라 바이트(batch.size)로 정합니다.' },
    source: `${LIBRDKAFKA}; ${SCALA}`,
  },
  {
    name: 'topic.metadata.refresh.interval.ms', origins: ['librdkafka', 'scala'], to: 'metadata.max.age.ms', match: 'close',
    note: {
      en: 'There it is a refresh period (negative: only on errors); metadata.max.age.ms is the age after which Java refreshes metadata, and cannot be negative.',
      ko: '원래는 갱신 주기(음수면 오류 때만)이고, metadata.max.age.ms는 Java가 메타데이터를 갱신하는 나이이며 음수가 될 수 없습니다.',
    },
    source: `${LIBRDKAFKA}; ${SCALA}`,
  },

  // ---- librdkafka
  {
    name: 'message.timeout.ms', origins: ['librdkafka'], to: 'delivery.timeout.ms', match: 'same', values: { map: { '0': '2147483647' } },
    note: { en: 'In librdkafka 0 means no limit; Java\'s largest value is 2147483647.', ko: 'librdkafka는 0을 무제한으로 읽고, Java의 최댓값은 2147483647입니다.' },
    source: `${LIBRDKAFKA} (delivery.timeout.ms is its alias; 0 = infinite)`,
  },
  {
    name: 'queue.buffering.max.kbytes', origins: ['librdkafka'], to: 'buffer.memory', match: 'same', values: { scale: 1024 },
    note: { en: 'The librdkafka value is in KiB, buffer.memory is in bytes.', ko: 'librdkafka는 KiB, buffer.memory는 바이트 단위입니다.' },
    source: `${LIBRDKAFKA} ("Maximum total message size sum allowed on the producer queue", in KiB)`,
  },
  { name: 'max.in.flight', origins: ['librdkafka'], to: 'max.in.flight.requests.per.connection', match: 'same', source: `${LIBRDKAFKA} (alias of max.in.flight.requests.per.connection)` },
  { name: 'sasl.mechanisms', origins: ['librdkafka'], to: 'sasl.mechanism', match: 'same', source: `${LIBRDKAFKA} (sasl.mechanism is its alias)` },
  {
    name: 'socket.send.buffer.bytes', origins: ['librdkafka'], to: 'send.buffer.bytes', match: 'same', values: { map: { '0': '-1' } },
    note: { en: 'The OS default is 0 in librdkafka and -1 in Java.', ko: 'OS 기본값은 librdkafka에서 0, Java에서 -1입니다.' },
    source: `${LIBRDKAFKA} (0 = system default); ProducerConfig send.buffer.bytes (-1 = OS default)`,
  },
  {
    name: 'socket.receive.buffer.bytes', origins: ['librdkafka'], to: 'receive.buffer.bytes', match: 'same', values: { map: { '0': '-1' } },
    note: { en: 'The OS default is 0 in librdkafka and -1 in Java.', ko: 'OS 기본값은 librdkafka에서 0, Java에서 -1입니다.' },
    source: `${LIBRDKAFKA} (0 = system default); ProducerConfig receive.buffer.bytes (-1 = OS default)`,
  },
  {
    name: 'ssl.ca.location', origins: ['librdkafka'], to: 'ssl.truststore.location', match: 'same', values: { file: true },
    companion: { key: 'ssl.truststore.type', value: 'PEM' },
    note: {
      en: 'Java reads a PEM file of CA certificates with ssl.truststore.type=PEM; a directory or "probe" has no equivalent.',
      ko: 'Java는 ssl.truststore.type=PEM으로 CA 인증서 PEM 파일을 읽습니다. 디렉터리나 "probe"는 대응하는 설정이 없습니다.',
    },
    source: `${LIBRDKAFKA}; Java PEM trust stores (DefaultSslEngineFactory, 2.7+)`,
  },
  {
    name: 'ssl.ca.pem', origins: ['librdkafka'], to: 'ssl.truststore.certificates', match: 'same', companion: { key: 'ssl.truststore.type', value: 'PEM' },
    source: `${LIBRDKAFKA}; Java PEM trust stores (DefaultSslEngineFactory, 2.7+)`,
  },
  {
    name: 'ssl.key.pem', origins: ['librdkafka'], to: 'ssl.keystore.key', match: 'same', companion: { key: 'ssl.keystore.type', value: 'PEM' },
    note: { en: 'Java needs ssl.keystore.certificate.chain with it.', ko: 'Java는 ssl.keystore.certificate.chain도 함께 필요합니다.' },
    source: `${LIBRDKAFKA}; Java PEM key stores (DefaultSslEngineFactory, 2.7+)`,
  },
  {
    name: 'ssl.certificate.pem', origins: ['librdkafka'], to: 'ssl.keystore.certificate.chain', match: 'same', companion: { key: 'ssl.keystore.type', value: 'PEM' },
    note: { en: 'Java needs ssl.keystore.key with it.', ko: 'Java는 ssl.keystore.key도 함께 필요합니다.' },
    source: `${LIBRDKAFKA}; Java PEM key stores (DefaultSslEngineFactory, 2.7+)`,
  },
  { name: 'ssl.certificate.location', origins: ['librdkafka'], seeAlso: ['ssl.keystore.location', 'ssl.keystore.certificate.chain'], note: pemKeystore, source: LIBRDKAFKA },
  { name: 'ssl.key.location', origins: ['librdkafka'], seeAlso: ['ssl.keystore.location', 'ssl.keystore.key'], note: pemKeystore, source: LIBRDKAFKA },
  {
    name: 'enable.ssl.certificate.verification', origins: ['librdkafka'], seeAlso: ['ssl.endpoint.identification.algorithm'],
    note: {
      en: 'The Java producer always verifies the broker\'s certificate chain; only host name checking can be switched off (ssl.endpoint.identification.algorithm empty).',
      ko: 'Java 프로듀서는 브로커 인증서 체인을 항상 검증합니다. 끌 수 있는 것은 호스트 이름 확인뿐입니다(ssl.endpoint.identification.algorithm을 빈 값으로).',
    },
    source: LIBRDKAFKA,
  },
  { name: 'sasl.username', origins: ['librdkafka'], seeAlso: ['sasl.jaas.config'], note: jaas, source: LIBRDKAFKA },
  { name: 'sasl.password', origins: ['librdkafka'], seeAlso: ['sasl.jaas.config'], note: jaas, source: LIBRDKAFKA },
  { name: 'sasl.kerberos.principal', origins: ['librdkafka'], seeAlso: ['sasl.jaas.config'], note: kerberos, source: LIBRDKAFKA },
  { name: 'sasl.kerberos.keytab', origins: ['librdkafka'], seeAlso: ['sasl.jaas.config'], note: kerberos, source: LIBRDKAFKA },
  {
    name: 'sasl.oauthbearer.client.id', origins: ['librdkafka'], to: 'sasl.oauthbearer.client.credentials.client.id', match: 'same',
    note: { en: 'Before Kafka 4.1 the client id goes in sasl.jaas.config (clientId="…").', ko: 'Kafka 4.1 이전에는 client id를 sasl.jaas.config(clientId="…")에 적습니다.' },
    source: `${LIBRDKAFKA} (sasl.oauthbearer.client.credentials.client.id is its alias)`,
  },
  {
    name: 'sasl.oauthbearer.client.secret', origins: ['librdkafka'], to: 'sasl.oauthbearer.client.credentials.client.secret', match: 'same',
    note: { en: 'Before Kafka 4.1 the secret goes in sasl.jaas.config (clientSecret="…").', ko: 'Kafka 4.1 이전에는 secret을 sasl.jaas.config(clientSecret="…")에 적습니다.' },
    source: `${LIBRDKAFKA} (sasl.oauthbearer.client.credentials.client.secret is its alias)`,
  },
  { name: 'sasl.oauthbearer.assertion.jwt.template.file', origins: ['librdkafka'], to: 'sasl.oauthbearer.assertion.template.file', match: 'same', source: LIBRDKAFKA },
  {
    name: 'sasl.oauthbearer.method', origins: ['librdkafka'], seeAlso: ['sasl.login.callback.handler.class', 'sasl.oauthbearer.token.endpoint.url'],
    note: {
      en: 'The Java producer uses OIDC when sasl.login.callback.handler.class is the OAuthBearerLoginCallbackHandler and sasl.oauthbearer.token.endpoint.url is set.',
      ko: 'Java 프로듀서는 sasl.login.callback.handler.class가 OAuthBearerLoginCallbackHandler이고 sasl.oauthbearer.token.endpoint.url이 있을 때 OIDC를 씁니다.',
    },
    source: LIBRDKAFKA,
  },
  {
    name: 'socket.timeout.ms', origins: ['librdkafka'], to: 'request.timeout.ms', match: 'close',
    note: {
      en: 'There it is the default timeout of every network request; request.timeout.ms is how long the Java producer waits for each response.',
      ko: 'librdkafka의 네트워크 요청 기본 타임아웃이고, request.timeout.ms는 Java 프로듀서가 응답마다 기다리는 시간입니다.',
    },
    source: LIBRDKAFKA,
  },
  {
    name: 'partitioner', origins: ['librdkafka'], seeAlso: ['partitioner.class', 'partitioner.ignore.keys'],
    note: {
      en: 'The value murmur2_random is how the Java producer spreads keyed records by default; the CRC32 partitioners (consistent, consistent_random: the librdkafka default), fnv1a and random have no Java equivalent, so the same key lands on another partition.',
      ko: 'murmur2_random이 Java 프로듀서의 기본 키 분배 방식입니다. CRC32 계열(consistent, consistent_random: librdkafka 기본값), fnv1a, random은 Java에 대응하는 것이 없어 같은 키가 다른 파티션으로 갑니다.',
    },
    source: LIBRDKAFKA,
  },
  {
    name: 'compression.level', origins: ['librdkafka'], seeAlso: ['compression.gzip.level', 'compression.lz4.level', 'compression.zstd.level'],
    note: { en: 'Java has one level key per codec since Kafka 3.8 (none before).', ko: 'Java는 Kafka 3.8부터 코덱마다 레벨 키가 따로 있습니다(그 전에는 없음).' },
    source: `${LIBRDKAFKA}; facts.ts compression.*.level (3.8)`,
  },
  librdkafkaOnly('socket.keepalive.enable', 'The Java client always turns TCP keep-alive on.', 'Java 클라이언트는 TCP keep-alive를 항상 켭니다.'),
  librdkafkaOnly('socket.nagle.disable', 'The Java client always disables Nagle (TCP_NODELAY).', 'Java 클라이언트는 Nagle을 항상 끕니다(TCP_NODELAY).'),
  librdkafkaOnly('statistics.interval.ms', 'Java clients report metrics through JMX and metric.reporters.', 'Java 클라이언트는 JMX와 metric.reporters로 메트릭을 냅니다.'),
  librdkafkaOnly('debug', 'Java clients log through SLF4J: raise the log level of org.apache.kafka.clients instead.', 'Java 클라이언트는 SLF4J로 로그를 남깁니다. org.apache.kafka.clients 로거 레벨을 올리세요.'),
  librdkafkaOnly('api.version.request', 'The Java client always negotiates API versions with the broker.', 'Java 클라이언트는 브로커와 API 버전을 항상 협상합니다.'),
  librdkafkaOnly('broker.version.fallback', 'The Java client always negotiates API versions with the broker.', 'Java 클라이언트는 브로커와 API 버전을 항상 협상합니다.'),
  librdkafkaOnly('enable.gapless.guarantee', 'The closest Java behaviour is enable.idempotence.', '가장 가까운 Java 동작은 enable.idempotence입니다.'),
  librdkafkaOnly('delivery.report.only.error', 'Java reports each send() to its own callback or Future.', 'Java는 send()마다 자기 콜백이나 Future로 결과를 알립니다.'),
  librdkafkaOnly('sticky.partitioning.linger.ms', 'The Java producer moves to a new partition when a batch is done (see partitioner.adaptive.partitioning.enable, 3.3+).', 'Java 프로듀서는 배치가 끝나면 다음 파티션으로 넘어갑니다(partitioner.adaptive.partitioning.enable, 3.3+ 참고).'),
  librdkafkaOnly('queue.buffering.backpressure.threshold', 'The Java producer has no such setting.', 'Java 프로듀서에는 이런 설정이 없습니다.'),

  // ---- the 0.8 Scala producer
  {
    name: 'producer.type', origins: ['scala'],
    note: { en: 'The Java producer always sends asynchronously; wait on the Future that send() returns for a synchronous send.', ko: 'Java 프로듀서는 항상 비동기로 보냅니다. 동기로 보내려면 send()가 돌려준 Future를 기다리세요.' },
    source: SCALA,
  },
  {
    name: 'compressed.topics', origins: ['scala'], seeAlso: ['compression.type'],
    note: { en: 'The Java producer compresses every topic with compression.type.', ko: 'Java 프로듀서는 모든 토픽을 compression.type으로 압축합니다.' },
    source: SCALA,
  },
  {
    name: 'serializer.class', origins: ['scala'], to: 'value.serializer', match: 'same',
    values: { map: { 'kafka.serializer.StringEncoder': 'org.apache.kafka.common.serialization.StringSerializer', 'kafka.serializer.DefaultEncoder': 'org.apache.kafka.common.serialization.ByteArraySerializer' }, exhaustive: true },
    note: { en: 'A Scala Encoder class does not load as a Java Serializer.', ko: 'Scala Encoder 클래스는 Java Serializer로 쓸 수 없습니다.' },
    source: `${SCALA}; kafka/serializer/Encoder.scala (StringEncoder, DefaultEncoder)`,
  },
  {
    name: 'key.serializer.class', origins: ['scala'], to: 'key.serializer', match: 'same',
    values: { map: { 'kafka.serializer.StringEncoder': 'org.apache.kafka.common.serialization.StringSerializer', 'kafka.serializer.DefaultEncoder': 'org.apache.kafka.common.serialization.ByteArraySerializer' }, exhaustive: true },
    note: { en: 'A Scala Encoder class does not load as a Java Serializer.', ko: 'Scala Encoder 클래스는 Java Serializer로 쓸 수 없습니다.' },
    source: `${SCALA}; kafka/serializer/Encoder.scala (StringEncoder, DefaultEncoder)`,
  },
  {
    name: 'queue.enqueue.timeout.ms', origins: ['scala'], to: 'max.block.ms', match: 'close', values: { map: { '-1': LONG_MAX } },
    note: { en: 'In Java, max.block.ms also bounds the wait for metadata, not only for buffer space.', ko: 'max.block.ms는 버퍼 공간뿐 아니라 메타데이터 대기 시간도 제한합니다.' },
    source: `${SCALA} (-1 = block without limit)`,
  },

  // ---- Java producer keys removed before 2.8
  {
    name: 'block.on.buffer.full', origins: ['java'], to: 'max.block.ms', match: 'same', deprecatedIn: '0.9.0', removedIn: '0.11.0',
    values: { map: { true: LONG_MAX, false: null }, exhaustive: true, ignoreCase: true },
    note: { en: 'The value true meant max.block.ms=Long.MAX_VALUE; false meant max.block.ms applies, which is what Java does now.', ko: 'true는 max.block.ms=Long.MAX_VALUE였고, false는 max.block.ms를 따른다는 뜻으로 지금의 동작과 같습니다.' },
    source: JAVA_0_11,
  },
  { name: 'metadata.fetch.timeout.ms', origins: ['java'], to: 'max.block.ms', match: 'same', deprecatedIn: '0.9.0', removedIn: '0.11.0', source: `${JAVA_0_11} (used as max.block.ms when set)` },
  { name: 'timeout.ms', origins: ['java'], to: 'request.timeout.ms', match: 'same', deprecatedIn: '0.9.0', removedIn: '0.11.0', source: `${JAVA_0_11} (used as request.timeout.ms when set)` },
];
