// Kafka's own classes that producer configs name, per version: every class of the package
// org.apache.kafka.common.serialization (so a name in that package that is not here cannot load),
// Kafka's config providers and its metric reporter.
// Read with `git ls-tree` of clients/src/main/java/org/apache/kafka/common/serialization/ (and
// .../common/config/provider/) at the tags 2.8.0, 3.0.0 … 3.8.0, 3.9.0-rc3 and trunk 1eb7644349cb
// (2024-10, the 4.0 line). 4.1+ have no tag here: the package is assumed unchanged (no 4.x release
// note mentions a new serializer) [inferred].
import type { KafkaVersion } from './model';

export type KafkaClassRole = 'serializer' | 'deserializer' | 'interface' | 'serde' | 'provider' | 'reporter';

export interface KafkaClass {
  name: string;
  role: KafkaClassRole;
  since: KafkaVersion;
  /** first version without the class */
  removed?: KafkaVersion;
  /** Serializer ↔ Deserializer of the same type */
  counterpart?: string;
}

export const SERIALIZATION_PACKAGE = 'org.apache.kafka.common.serialization.';

const TYPES: [name: string, since: KafkaVersion][] = [
  ['ByteArray', '2.8'], ['ByteBuffer', '2.8'], ['Bytes', '2.8'], ['Double', '2.8'], ['Float', '2.8'], ['Integer', '2.8'],
  ['Long', '2.8'], ['Short', '2.8'], ['String', '2.8'], ['UUID', '2.8'], ['Void', '2.8'],
  ['List', '3.0'], // KIP-466
  ['Boolean', '3.5'], // KIP-907
];

export const KAFKA_CLASSES: readonly KafkaClass[] = [
  ...TYPES.flatMap(([t, since]): KafkaClass[] => [
    { name: `${SERIALIZATION_PACKAGE}${t}Serializer`, role: 'serializer', since, counterpart: `${SERIALIZATION_PACKAGE}${t}Deserializer` },
    { name: `${SERIALIZATION_PACKAGE}${t}Deserializer`, role: 'deserializer', since, counterpart: `${SERIALIZATION_PACKAGE}${t}Serializer` },
  ]),
  { name: `${SERIALIZATION_PACKAGE}Serializer`, role: 'interface', since: '2.8' },
  { name: `${SERIALIZATION_PACKAGE}Deserializer`, role: 'interface', since: '2.8' },
  { name: `${SERIALIZATION_PACKAGE}ExtendedSerializer`, role: 'interface', since: '2.8', removed: '3.0' },
  { name: `${SERIALIZATION_PACKAGE}ExtendedDeserializer`, role: 'interface', since: '2.8', removed: '3.0' },
  { name: `${SERIALIZATION_PACKAGE}Serde`, role: 'interface', since: '2.8' },
  { name: `${SERIALIZATION_PACKAGE}Serdes`, role: 'serde', since: '2.8' },
  { name: 'org.apache.kafka.common.config.provider.FileConfigProvider', role: 'provider', since: '2.8' },
  { name: 'org.apache.kafka.common.config.provider.DirectoryConfigProvider', role: 'provider', since: '2.8' },
  { name: 'org.apache.kafka.common.config.provider.EnvVarConfigProvider', role: 'provider', since: '3.5' }, // KIP-887
  { name: 'org.apache.kafka.common.metrics.JmxReporter', role: 'reporter', since: '2.8' },
];
