// Prefixes that frameworks, container images and applications put in front of a producer key. A key
// pasted with one of them (`spring.kafka.producer.batch-size`, `KAFKA_LINGER_MS`) is recognised as the
// key it carries; only these prefixes are stripped, so a plugin key that merely ends in a producer key
// (`schema.registry.ssl.truststore.location`, `confluent.monitoring.interceptor.security.protocol`) is left alone.

export interface NamePrefix {
  /** Lower case and dotted for keys (`*` matches one segment); upper case with `_` for environment variables. */
  prefix: string;
  /** Who adds it, as shown in a did-you-mean reason. */
  by: { en: string; ko: string };
  /** Where this was read. */
  source: string;
}

/** Prefixes of dotted keys, longest first. */
export const KEY_PREFIXES: readonly NamePrefix[] = [
  {
    prefix: 'spring.kafka.producer.properties.',
    by: { en: 'Spring Boot', ko: 'Spring Boot' },
    source: 'spring-boot KafkaProperties.Producer#properties: map keys are passed to the producer verbatim (2.7–4.x); confidence high',
  },
  { prefix: 'spring.kafka.properties.', by: { en: 'Spring Boot', ko: 'Spring Boot' }, source: 'spring-boot KafkaProperties#properties, shared by every client (2.7–4.x); confidence high' },
  {
    prefix: 'spring.kafka.producer.',
    by: { en: 'Spring Boot', ko: 'Spring Boot' },
    source: 'spring-boot KafkaProperties.Producer typed fields (batch-size, buffer-memory, bootstrap-servers, client-id, compression-type, key/value-serializer, acks, retries), relaxed binding; confidence high',
  },
  { prefix: 'spring.kafka.', by: { en: 'Spring Boot', ko: 'Spring Boot' }, source: 'spring-boot KafkaProperties common fields (bootstrap-servers, client-id, security.protocol, ssl.*); confidence high' },
  {
    prefix: 'mp.messaging.outgoing.*.',
    by: { en: 'MicroProfile Reactive Messaging', ko: 'MicroProfile Reactive Messaging' },
    source: 'MicroProfile Reactive Messaging: mp.messaging.outgoing.[channel].[attribute]; the Kafka connector (SmallRye, Quarkus) passes unknown attributes to the producer; confidence medium',
  },
  {
    prefix: 'producer.override.',
    by: { en: 'Kafka Connect', ko: 'Kafka Connect' },
    source: 'apache/kafka ConnectorConfig.CONNECTOR_CLIENT_PRODUCER_OVERRIDES_PREFIX = "producer.override." (KIP-458, 2.3); confidence high',
  },
  {
    prefix: 'kafka.producer.',
    by: { en: 'application', ko: '애플리케이션' },
    source: 'an application convention, no Kafka component reads it; listed because it is common in pasted configs',
  },
  {
    prefix: 'producer.',
    by: { en: 'Kafka Connect / Streams', ko: 'Kafka Connect·Streams' },
    source: 'apache/kafka Worker.producerConfigs (originalsWithPrefix("producer.")), StreamsConfig.PRODUCER_PREFIX, MirrorConnectorConfig PRODUCER_CLIENT_PREFIX; confidence high',
  },
  { prefix: 'kafka.', by: { en: 'application', ko: '애플리케이션' }, source: 'Quarkus/SmallRye read kafka.* as defaults for every channel (e.g. kafka.bootstrap.servers); also a common application convention; confidence medium' },
];

/**
 * Prefixes of environment variable names, longest first. After the prefix, `_` stands for `.` (Confluent and
 * Apache Kafka images also read `__` as `_` and `___` as `-`; Spring Boot drops `-` from its own property names).
 */
export const ENV_PREFIXES: readonly NamePrefix[] = [
  {
    prefix: 'SPRING_KAFKA_PRODUCER_PROPERTIES_',
    by: { en: 'Spring Boot', ko: 'Spring Boot' },
    source: 'spring-boot SystemEnvironmentPropertyMapper: lower case, `_` → `.` (so SPRING_KAFKA_PRODUCER_PROPERTIES_LINGER_MS is linger.ms); confidence high',
  },
  { prefix: 'SPRING_KAFKA_PROPERTIES_', by: { en: 'Spring Boot', ko: 'Spring Boot' }, source: 'spring-boot SystemEnvironmentPropertyMapper; confidence high' },
  { prefix: 'SPRING_KAFKA_PRODUCER_', by: { en: 'Spring Boot', ko: 'Spring Boot' }, source: 'spring-boot SystemEnvironmentPropertyMapper; typed fields bind without dashes (SPRING_KAFKA_PRODUCER_BATCHSIZE); confidence high' },
  { prefix: 'SPRING_KAFKA_', by: { en: 'Spring Boot', ko: 'Spring Boot' }, source: 'spring-boot SystemEnvironmentPropertyMapper; confidence high' },
  {
    prefix: 'CONNECT_PRODUCER_',
    by: { en: 'Confluent Kafka Connect image', ko: 'Confluent Kafka Connect 이미지' },
    source: 'confluentinc/kafka-images kafka-connect.properties.template (envToProps "CONNECT_") turns CONNECT_PRODUCER_X into producer.x of the worker, which passes producer.* to its producers; confidence high',
  },
  {
    prefix: 'KAFKA_CFG_',
    by: { en: 'Bitnami image', ko: 'Bitnami 이미지' },
    source: 'Bitnami kafka image, kafka_configure_from_environment_variables: KAFKA_CFG_X_Y → x.y (read in scripts that copy it); confidence medium',
  },
  { prefix: 'KAFKA_PRODUCER_', by: { en: 'application', ko: '애플리케이션' }, source: 'an application convention, no image reads it; listed because it is common in pasted configs' },
  {
    prefix: 'KAFKA_',
    by: { en: 'Apache Kafka / Confluent images', ko: 'Apache Kafka·Confluent 이미지' },
    source: 'apache/kafka docker/examples/README.md and confluentinc/kafka-images kafka.properties.template (envToProps "KAFKA_"); the conversion is ConvertKey in confluentinc/common-docker ub.go and env_to_props in confluent-docker-utils dub.py: `_` → `.`, `__` → `_`, `___` → `-` (Confluent\'s prose docs state the last two the other way round; the code wins); confidence high',
  },
];
