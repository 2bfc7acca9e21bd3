// How the auto-configured producer factory's config map is built, step by step, per Boot release.
// Later steps overwrite earlier ones (`put` / `putAll`) unless `mode` says otherwise.
//
// Steps 1-9: KafkaProperties.buildProducerProperties() = buildCommonProperties() then
// Producer.buildProperties(); both end with `putAll(ssl)`, `putAll(security)`, `putAll(properties)`.
// Same order at every GA tag 2.7.0 → 4.1.1 (3.2-3.5 pass SslBundles along; 4.x uses PropertyMapper.get(),
// which skips nulls like alwaysApplyingWhenNonNull() did).
// Steps 10-12: KafkaAutoConfiguration.kafkaProducerFactory after buildProducerProperties().
// Steps 13-14: spring-kafka's DefaultKafkaProducerFactory (constructor, then setTransactionIdPrefix).
import type { MergeStep, Provenance } from './model';
import { CONNECTION_DETAILS_AT, ISSUE_35694, KAFKA_AUTOCONF_AT, KAFKA_PROPERTIES, PRODUCER_FACTORY } from './sources';

const ALL = { since: ['2.7.0'] };
const PROPS: Provenance = { confidence: 'source', sources: [...KAFKA_PROPERTIES] };

export const PRODUCER_MERGE_STEPS: readonly MergeStep[] = [
  {
    id: 'common.bootstrap-servers', order: 1, mode: 'put', reads: ['spring.kafka.bootstrap-servers'], writes: ['bootstrap.servers'], versions: ALL,
    label: { en: 'spring.kafka.bootstrap-servers (default localhost:9092)', ko: 'spring.kafka.bootstrap-servers (기본값 localhost:9092)' }, provenance: PROPS,
  },
  { id: 'common.client-id', order: 2, mode: 'put', reads: ['spring.kafka.client-id'], writes: ['client.id'], versions: ALL, label: { en: 'spring.kafka.client-id', ko: 'spring.kafka.client-id' }, provenance: PROPS },
  { id: 'common.ssl', order: 3, mode: 'put', reads: ['spring.kafka.ssl.*'], writes: ['ssl.*'], versions: ALL, label: { en: 'spring.kafka.ssl.*', ko: 'spring.kafka.ssl.*' }, provenance: PROPS },
  { id: 'common.security', order: 4, mode: 'put', reads: ['spring.kafka.security.protocol'], writes: ['security.protocol'], versions: ALL, label: { en: 'spring.kafka.security.protocol', ko: 'spring.kafka.security.protocol' }, provenance: PROPS },
  { id: 'common.properties', order: 5, mode: 'put', reads: ['spring.kafka.properties.*'], writes: ['*'], versions: ALL, label: { en: 'spring.kafka.properties.* (common map)', ko: 'spring.kafka.properties.* (공통 맵)' }, provenance: PROPS },
  {
    id: 'producer.typed', order: 6, mode: 'put',
    reads: ['spring.kafka.producer.acks', 'spring.kafka.producer.batch-size', 'spring.kafka.producer.bootstrap-servers', 'spring.kafka.producer.buffer-memory', 'spring.kafka.producer.client-id', 'spring.kafka.producer.compression-type', 'spring.kafka.producer.key-serializer', 'spring.kafka.producer.retries', 'spring.kafka.producer.value-serializer'],
    writes: ['acks', 'batch.size', 'bootstrap.servers', 'buffer.memory', 'client.id', 'compression.type', 'key.serializer', 'retries', 'value.serializer'],
    versions: ALL,
    label: { en: 'typed spring.kafka.producer.* properties (the two serializers are always written: StringSerializer by default)', ko: '타입이 있는 spring.kafka.producer.* 속성 (두 직렬화기는 항상 쓰임: 기본값 StringSerializer)' },
    provenance: PROPS,
  },
  { id: 'producer.ssl', order: 7, mode: 'put', reads: ['spring.kafka.producer.ssl.*'], writes: ['ssl.*'], versions: ALL, label: { en: 'spring.kafka.producer.ssl.*', ko: 'spring.kafka.producer.ssl.*' }, provenance: PROPS },
  { id: 'producer.security', order: 8, mode: 'put', reads: ['spring.kafka.producer.security.protocol'], writes: ['security.protocol'], versions: ALL, label: { en: 'spring.kafka.producer.security.protocol', ko: 'spring.kafka.producer.security.protocol' }, provenance: PROPS },
  { id: 'producer.properties', order: 9, mode: 'put', reads: ['spring.kafka.producer.properties.*'], writes: ['*'], versions: ALL, label: { en: 'spring.kafka.producer.properties.* (producer map, highest inside KafkaProperties)', ko: 'spring.kafka.producer.properties.* (프로듀서 맵, KafkaProperties 안에서 가장 높음)' }, provenance: PROPS },
  {
    id: 'connection-details.bootstrap-servers', order: 10, mode: 'put', reads: ['spring.kafka.producer.bootstrap-servers', 'spring.kafka.bootstrap-servers'], writes: ['bootstrap.servers'], versions: { since: ['3.1.0'] },
    label: {
      en: 'KafkaConnectionDetails overwrites bootstrap.servers with spring.kafka.producer.bootstrap-servers, else spring.kafka.bootstrap-servers (spring-boot#35694: map entries for bootstrap.servers are ignored)',
      ko: 'KafkaConnectionDetails가 bootstrap.servers를 spring.kafka.producer.bootstrap-servers(없으면 spring.kafka.bootstrap-servers)로 덮어씀 (spring-boot#35694: 맵의 bootstrap.servers는 무시됨)',
    },
    provenance: { confidence: 'source', sources: [KAFKA_AUTOCONF_AT('v3.1.0'), CONNECTION_DETAILS_AT('v3.1.0'), KAFKA_AUTOCONF_AT('v3.5.0'), CONNECTION_DETAILS_AT('v3.5.0'), KAFKA_AUTOCONF_AT('v4.1.1'), ISSUE_35694] },
  },
  {
    id: 'connection-details.security-protocol', order: 11, mode: 'put', reads: ['spring.kafka.producer.security.protocol', 'spring.kafka.security.protocol'], writes: ['security.protocol'], versions: { since: ['3.5.0'] },
    label: {
      en: 'security.protocol re-applied from spring.kafka.producer.security.protocol, else spring.kafka.security.protocol, when that is not empty',
      ko: 'security.protocol을 spring.kafka.producer.security.protocol(비었으면 spring.kafka.security.protocol) 값으로 다시 적용 (값이 있을 때)',
    },
    provenance: { confidence: 'source', sources: [KAFKA_AUTOCONF_AT('v3.5.0'), CONNECTION_DETAILS_AT('v3.5.0'), KAFKA_AUTOCONF_AT('v4.1.1')] },
  },
  {
    id: 'connection-details.ssl-bundle', order: 12, mode: 'put', reads: ['spring.kafka.producer.ssl.bundle', 'spring.kafka.ssl.bundle'], writes: ['ssl.engine.factory.class'], versions: { since: ['3.5.0'] },
    label: { en: 'SSL bundle re-applied (spring.kafka.producer.ssl.bundle, else spring.kafka.ssl.bundle): ssl.engine.factory.class = SslBundleSslEngineFactory', ko: 'SSL 번들 다시 적용 (spring.kafka.producer.ssl.bundle, 없으면 spring.kafka.ssl.bundle): ssl.engine.factory.class = SslBundleSslEngineFactory' },
    provenance: { confidence: 'source', sources: [KAFKA_AUTOCONF_AT('v3.5.0'), CONNECTION_DETAILS_AT('v3.5.0'), KAFKA_AUTOCONF_AT('v4.1.1')] },
  },
  {
    id: 'factory.transactional-id', order: 13, mode: 'remove', reads: ['transactional.id'], writes: ['transactional.id'], versions: ALL,
    label: { en: "spring-kafka's factory takes a transactional.id from the map as its transaction id prefix and removes the key", ko: 'spring-kafka 팩토리가 맵의 transactional.id를 트랜잭션 ID 접두사로 가져가고 키를 지움' },
    provenance: { confidence: 'source', sources: [...PRODUCER_FACTORY] },
  },
  {
    id: 'factory.transaction-id-prefix', order: 14, mode: 'putIfAbsent', reads: ['spring.kafka.producer.transaction-id-prefix'], writes: ['enable.idempotence'], versions: ALL,
    label: { en: 'transaction-id-prefix makes the factory transactional: enable.idempotence=true unless the key is already set', ko: 'transaction-id-prefix가 있으면 팩토리가 트랜잭션용이 되고, 키가 없을 때 enable.idempotence=true' },
    provenance: { confidence: 'source', sources: [KAFKA_AUTOCONF_AT('v3.5.16'), ...PRODUCER_FACTORY] },
  },
  {
    id: 'factory.client-id', order: 15, mode: 'put', reads: ['client.id', 'spring.application.name'], writes: ['client.id'], versions: ALL,
    label: {
      en: 'per producer: a String client.id becomes a prefix (<id>-1, <id>-2, ...); from Boot 3.3 (spring-kafka 3.2), with no client.id, <spring.application.name>-producer-1, ...',
      ko: '프로듀서마다: 문자열 client.id는 접두사가 됨(<id>-1, <id>-2, ...). Boot 3.3(spring-kafka 3.2)부터 client.id가 없으면 <spring.application.name>-producer-1, ...',
    },
    provenance: { confidence: 'source', sources: [...PRODUCER_FACTORY] },
  },
];
