// Boot's typed `spring.kafka.*` properties that matter to a producer, per Boot release: the Java field,
// how Boot converts the bound value, and the Kafka key it writes (or what it does instead).
// Read in KafkaProperties.java / KafkaAutoConfiguration.java; the field lists of Producer, Admin,
// Template, Ssl, Security and Jaas were compared at every GA tag 2.7.0 → 4.1.1 (and 4.2.0-M1): the
// Producer fields never change; Ssl.bundle arrives in 3.2.0; Admin gains modify-topic-configs (3.0.0),
// close-timeout / operation-timeout / auto-create (3.1.0); Template gains observation-enabled (3.2.0),
// close-timeout / allow-non-transactional (4.1.0).
import type { Conversion, Level, Provenance, TypedProperty } from './model';
import { KAFKA_AUTOCONF_AT, KAFKA_PROPERTIES, KAFKA_PROPERTIES_AT, PRODUCER_FACTORY } from './sources';

const ALL = { since: ['2.7.0'] };
const SOURCE: Provenance = { confidence: 'source', sources: [...KAFKA_PROPERTIES] };

const STRING: Conversion = { kind: 'string' };
const RESOURCE: Conversion = { kind: 'resource' };
const MAP: Conversion = { kind: 'map' };

interface Spec {
  rel: string;
  section: TypedProperty['section'];
  javaType: string;
  conversion: Conversion;
  kafkaKey: string | null;
  default?: string | null;
  versions?: TypedProperty['versions'];
  effect?: TypedProperty['effect'];
  provenance?: Provenance;
}

const AS_IS = { en: 'Put in the config map as is.', ko: '설정 맵에 그대로 들어갑니다.' };
const AS_PATH = {
  en: 'Put in the config map as the absolute file path (resource.getFile()); a resource not on the file system (inside a jar) fails start-up with IllegalStateException.',
  ko: '절대 파일 경로(resource.getFile())로 설정 맵에 들어갑니다. 파일 시스템에 없는 리소스(jar 안)는 시작 시 IllegalStateException으로 실패합니다.',
};

/** The 11 fields of KafkaProperties.Ssl (plus `bundle` from 3.2.0), the same at every level. */
const SSL: readonly Spec[] = [
  { rel: 'ssl.key-password', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.key.password' },
  { rel: 'ssl.key-store-certificate-chain', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.keystore.certificate.chain' },
  { rel: 'ssl.key-store-key', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.keystore.key' },
  { rel: 'ssl.key-store-location', section: 'ssl', javaType: 'Resource', conversion: RESOURCE, kafkaKey: 'ssl.keystore.location', effect: AS_PATH },
  { rel: 'ssl.key-store-password', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.keystore.password' },
  { rel: 'ssl.key-store-type', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.keystore.type' },
  { rel: 'ssl.trust-store-certificates', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.truststore.certificates' },
  { rel: 'ssl.trust-store-location', section: 'ssl', javaType: 'Resource', conversion: RESOURCE, kafkaKey: 'ssl.truststore.location', effect: AS_PATH },
  { rel: 'ssl.trust-store-password', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.truststore.password' },
  { rel: 'ssl.trust-store-type', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.truststore.type' },
  { rel: 'ssl.protocol', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.protocol' },
  {
    rel: 'ssl.bundle', section: 'ssl', javaType: 'String', conversion: STRING, kafkaKey: 'ssl.engine.factory.class',
    versions: { since: ['3.2.0'] },
    effect: {
      en: 'Names an SSL bundle: Boot writes ssl.engine.factory.class = SslBundleSslEngineFactory (the class name up to 3.3.9 / 3.4.3, the Class from 3.3.10 / 3.4.4) plus the bundle object, and drops the other ssl.* fields of the same level; from 3.5 the bundle is applied after every map is merged.',
      ko: 'SSL 번들 이름: Boot가 ssl.engine.factory.class = SslBundleSslEngineFactory(3.3.9 / 3.4.3까지는 클래스 이름, 3.3.10 / 3.4.4부터는 Class)와 번들 객체를 넣고, 같은 수준의 다른 ssl.* 필드는 버립니다. 3.5부터는 모든 맵을 합친 뒤 번들을 적용합니다.',
    },
    provenance: { confidence: 'source', sources: [KAFKA_PROPERTIES_AT('v3.2.0'), KAFKA_PROPERTIES_AT('v3.3.10'), KAFKA_PROPERTIES_AT('v3.4.4'), KAFKA_PROPERTIES_AT('v3.5.0'), KAFKA_AUTOCONF_AT('v3.5.0')] },
  },
];

const SECURITY: Spec = { rel: 'security.protocol', section: 'security', javaType: 'String', conversion: STRING, kafkaKey: 'security.protocol' };
const PROPERTIES: Spec = {
  rel: 'properties', section: 'properties', javaType: 'Map<String, String>', conversion: MAP, kafkaKey: null,
  effect: {
    en: 'Every entry goes into the config map under its key, verbatim, as a String (never converted).',
    ko: '모든 항목이 키 그대로, 문자열로(변환 없이) 설정 맵에 들어갑니다.',
  },
};

const PRODUCER: readonly Spec[] = [
  { rel: 'acks', section: 'client', javaType: 'String', conversion: STRING, kafkaKey: 'acks' },
  {
    rel: 'batch-size', section: 'client', javaType: 'DataSize', conversion: { kind: 'dataSize', defaultUnit: 'B', result: 'Integer' }, kafkaKey: 'batch.size',
    effect: { en: 'Bytes as an Integer (DataSize.toBytes, then Number.intValue: 2 GiB and more wrap around).', ko: '바이트 수를 Integer로(DataSize.toBytes 후 Number.intValue: 2 GiB 이상은 값이 넘칩니다).' },
  },
  { rel: 'bootstrap-servers', section: 'client', javaType: 'List<String>', conversion: { kind: 'list' }, kafkaKey: 'bootstrap.servers', effect: { en: 'The List object (Kafka parses host:port).', ko: 'List 객체 그대로(host:port 해석은 Kafka가 합니다).' } },
  { rel: 'buffer-memory', section: 'client', javaType: 'DataSize', conversion: { kind: 'dataSize', defaultUnit: 'B', result: 'Long' }, kafkaKey: 'buffer.memory', effect: { en: 'Bytes as a Long (DataSize.toBytes).', ko: '바이트 수를 Long으로(DataSize.toBytes).' } },
  { rel: 'client-id', section: 'client', javaType: 'String', conversion: STRING, kafkaKey: 'client.id', effect: { en: 'Put in the config map; spring-kafka then uses it as a prefix: each producer gets <id>-1, <id>-2, ...', ko: '설정 맵에 들어간 뒤 spring-kafka가 접두사로 씁니다: 프로듀서마다 <id>-1, <id>-2, ...' } },
  { rel: 'compression-type', section: 'client', javaType: 'String', conversion: STRING, kafkaKey: 'compression.type' },
  {
    rel: 'key-serializer', section: 'client', javaType: 'Class<?>', conversion: { kind: 'class' }, kafkaKey: 'key.serializer', default: 'org.apache.kafka.common.serialization.StringSerializer',
    effect: { en: 'The Class object; never null (the default is StringSerializer), so Boot always writes this key.', ko: 'Class 객체. 기본값 StringSerializer 때문에 null이 아니므로 Boot는 이 키를 항상 씁니다.' },
  },
  {
    rel: 'value-serializer', section: 'client', javaType: 'Class<?>', conversion: { kind: 'class' }, kafkaKey: 'value.serializer', default: 'org.apache.kafka.common.serialization.StringSerializer',
    effect: { en: 'The Class object; never null (the default is StringSerializer), so Boot always writes this key.', ko: 'Class 객체. 기본값 StringSerializer 때문에 null이 아니므로 Boot는 이 키를 항상 씁니다.' },
  },
  { rel: 'retries', section: 'client', javaType: 'Integer', conversion: { kind: 'integer' }, kafkaKey: 'retries' },
  {
    rel: 'transaction-id-prefix', section: 'client', javaType: 'String', conversion: STRING, kafkaKey: null,
    effect: {
      en: 'Not a Kafka key: KafkaAutoConfiguration calls factory.setTransactionIdPrefix(prefix) when it is not null, which makes the factory transactional and puts enable.idempotence=true unless the key is already set; its mere presence also creates a KafkaTransactionManager bean.',
      ko: 'Kafka 키가 아닙니다: 값이 null이 아니면 KafkaAutoConfiguration이 factory.setTransactionIdPrefix(prefix)를 호출해 팩토리를 트랜잭션용으로 만들고, 키가 없으면 enable.idempotence=true를 넣습니다. 속성이 있기만 해도 KafkaTransactionManager 빈이 생깁니다.',
    },
    provenance: { confidence: 'source', sources: [...KAFKA_PROPERTIES, KAFKA_AUTOCONF_AT('v3.5.16'), ...PRODUCER_FACTORY] },
  },
];

const ADMIN: readonly Spec[] = [
  { rel: 'client-id', section: 'client', javaType: 'String', conversion: STRING, kafkaKey: 'client.id' },
  { rel: 'close-timeout', section: 'client', javaType: 'Duration', conversion: { kind: 'duration', defaultUnit: 'ms' }, kafkaKey: null, versions: { since: ['3.1.0'] }, effect: { en: 'KafkaAdmin close timeout (whole seconds), not a Kafka key.', ko: 'KafkaAdmin 닫기 제한 시간(초 단위), Kafka 키가 아닙니다.' } },
  { rel: 'operation-timeout', section: 'client', javaType: 'Duration', conversion: { kind: 'duration', defaultUnit: 'ms' }, kafkaKey: null, versions: { since: ['3.1.0'] }, effect: { en: 'KafkaAdmin operation timeout (whole seconds), not a Kafka key.', ko: 'KafkaAdmin 작업 제한 시간(초 단위), Kafka 키가 아닙니다.' } },
  { rel: 'fail-fast', section: 'client', javaType: 'boolean', conversion: { kind: 'boolean' }, kafkaKey: null, default: 'false', effect: { en: 'KafkaAdmin setting, not a Kafka key.', ko: 'KafkaAdmin 설정이며 Kafka 키가 아닙니다.' } },
  { rel: 'modify-topic-configs', section: 'client', javaType: 'boolean', conversion: { kind: 'boolean' }, kafkaKey: null, default: 'false', versions: { since: ['3.0.0'] }, effect: { en: 'KafkaAdmin setting, not a Kafka key.', ko: 'KafkaAdmin 설정이며 Kafka 키가 아닙니다.' } },
  { rel: 'auto-create', section: 'client', javaType: 'boolean', conversion: { kind: 'boolean' }, kafkaKey: null, default: 'true', versions: { since: ['3.1.0'] }, effect: { en: 'KafkaAdmin setting, not a Kafka key.', ko: 'KafkaAdmin 설정이며 Kafka 키가 아닙니다.' } },
];

const NOT_KAFKA = { en: 'A KafkaTemplate setting, not a Kafka key.', ko: 'KafkaTemplate 설정이며 Kafka 키가 아닙니다.' };
const TEMPLATE: readonly Spec[] = [
  { rel: 'default-topic', section: 'template', javaType: 'String', conversion: STRING, kafkaKey: null, effect: NOT_KAFKA },
  {
    rel: 'transaction-id-prefix', section: 'template', javaType: 'String', conversion: STRING, kafkaKey: null,
    effect: { en: "KafkaTemplate.setTransactionIdPrefix: replaces the factory's prefix for this template's transactional producers; it matters only when the producer factory is transactional.", ko: 'KafkaTemplate.setTransactionIdPrefix: 이 템플릿의 트랜잭션 프로듀서에 팩토리 접두사 대신 쓰입니다. 프로듀서 팩토리가 트랜잭션용일 때만 의미가 있습니다.' },
  },
  { rel: 'observation-enabled', section: 'template', javaType: 'boolean', conversion: { kind: 'boolean' }, kafkaKey: null, default: 'false', versions: { since: ['3.2.0'] }, effect: NOT_KAFKA },
  { rel: 'close-timeout', section: 'template', javaType: 'Duration', conversion: { kind: 'duration', defaultUnit: 'ms' }, kafkaKey: null, default: '5s', versions: { since: ['4.1.0'] }, effect: NOT_KAFKA },
  { rel: 'allow-non-transactional', section: 'template', javaType: 'boolean', conversion: { kind: 'boolean' }, kafkaKey: null, default: 'false', versions: { since: ['4.1.0'] }, effect: NOT_KAFKA },
];

const NO_KEY_JAAS = {
  en: 'Not a Kafka key: with spring.kafka.jaas.enabled=true Boot creates a KafkaJaasLoginModuleInitializer that installs a JVM-wide JAAS configuration (KafkaClient login context); sasl.jaas.config is not set.',
  ko: 'Kafka 키가 아닙니다: spring.kafka.jaas.enabled=true이면 Boot가 JVM 전체 JAAS 설정(KafkaClient 로그인 컨텍스트)을 설치하는 KafkaJaasLoginModuleInitializer를 만듭니다. sasl.jaas.config는 설정되지 않습니다.',
};
const JAAS: readonly Spec[] = [
  { rel: 'enabled', section: 'jaas', javaType: 'boolean', conversion: { kind: 'boolean' }, kafkaKey: null, default: 'false', effect: NO_KEY_JAAS },
  { rel: 'login-module', section: 'jaas', javaType: 'String', conversion: STRING, kafkaKey: null, default: 'com.sun.security.auth.module.Krb5LoginModule', effect: NO_KEY_JAAS },
  { rel: 'control-flag', section: 'jaas', javaType: 'KafkaJaasLoginModuleInitializer.ControlFlag', conversion: { kind: 'enum', values: ['REQUIRED', 'REQUISITE', 'SUFFICIENT', 'OPTIONAL'] }, kafkaKey: null, default: 'required', effect: NO_KEY_JAAS },
  { rel: 'options', section: 'jaas', javaType: 'Map<String, String>', conversion: MAP, kafkaKey: null, effect: NO_KEY_JAAS },
];

function build(level: Level, prefix: string, specs: readonly Spec[]): TypedProperty[] {
  return specs.map((s) => ({
    name: prefix + s.rel,
    level,
    section: s.section,
    javaType: s.javaType,
    conversion: s.conversion,
    kafkaKey: s.kafkaKey,
    default: s.default ?? null,
    versions: s.versions ?? ALL,
    effect: s.effect ?? AS_IS,
    provenance: s.provenance ?? SOURCE,
  }));
}

/** Every typed property, by canonical name. Commons first, then producer, admin, template, jaas. */
export const TYPED_PROPERTIES: readonly TypedProperty[] = [
  ...build('common', 'spring.kafka.', [
    { rel: 'bootstrap-servers', section: 'client', javaType: 'List<String>', conversion: { kind: 'list' }, kafkaKey: 'bootstrap.servers', default: 'localhost:9092', effect: { en: 'The List object; the default localhost:9092 is always there, so this key is always written.', ko: 'List 객체. 기본값 localhost:9092가 늘 있으므로 이 키는 항상 쓰입니다.' } },
    { rel: 'client-id', section: 'client', javaType: 'String', conversion: STRING, kafkaKey: 'client.id' },
    ...SSL,
    SECURITY,
    PROPERTIES,
  ]),
  ...build('producer', 'spring.kafka.producer.', [...PRODUCER, ...SSL, SECURITY, PROPERTIES]),
  ...build('admin', 'spring.kafka.admin.', [...ADMIN, ...SSL, SECURITY, PROPERTIES]),
  ...build('template', 'spring.kafka.template.', TEMPLATE),
  ...build('jaas', 'spring.kafka.jaas.', JAAS),
];

/**
 * Old spellings Boot's configuration metadata marks deprecated with level `error` since 2.1.0
 * (META-INF/additional-spring-configuration-metadata.json, read at v2.7.0, v3.5.16, v4.1.1), under
 * spring.kafka.ssl, .producer.ssl, .consumer.ssl and .admin.ssl. The metadata only steers IDEs: by the
 * relaxed binding rules `keystore-location` and `key-store-location` have the same uniform form
 * (`keystorelocation`), so the old spelling still binds to the new field (inferred from
 * ConfigurationPropertyName's equality; not run).
 */
export const ERROR_DEPRECATED_SSL_NAMES: readonly { old: string; replacement: string }[] = [
  ['keystore-location', 'key-store-location'],
  ['keystore-password', 'key-store-password'],
  ['truststore-location', 'trust-store-location'],
  ['truststore-password', 'trust-store-password'],
].map(([o, r]) => ({ old: o!, replacement: r! }));
