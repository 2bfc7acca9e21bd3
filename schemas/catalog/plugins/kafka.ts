// Keys Kafka itself reads outside ProducerConfig's ConfigDef: config providers (AbstractConfig, KIP-297),
// the metrics context (KIP-606), JmxReporter's filters (KIP-629) and ListSerializer's inner serde.
// Read in apache/kafka at the release tags 2.8.0 … 3.9.0-rc3 and trunk 1eb7644349cb (2024-10, 4.0 line).
import type { PluginSource, PluginFacts } from '../model';

const AK = (ref: string, path: string, note?: string): PluginSource => ({ where: `github:apache/kafka@${ref} ${path}`, read: 'src', ...(note ? { note } : {}) });
const ABSTRACT_CONFIG = 'clients/src/main/java/org/apache/kafka/common/config/AbstractConfig.java';

export const KAFKA_PLUGINS: PluginFacts[] = [
  {
    id: 'kafka-config-providers',
    name: 'Kafka config providers',
    vendor: 'Apache Kafka',
    builtIn: true,
    classes: [],
    keys: [
      // Defined in ProducerConfig from 4.2 (the Kafka catalog has it there); read by AbstractConfig in every version.
      { key: 'config.providers', type: 'list', default: '', importance: 'low', group: 'other', distinctive: true },
    ],
    families: [
      { prefix: 'config.providers.', pattern: '^config\\.providers\\.[^.]+\\.class$', kind: 'any', type: 'class', distinctive: true, doc: 'config.providers.*.class' },
      { prefix: 'config.providers.', pattern: '^config\\.providers\\.[^.]+\\.param\\..+$', kind: 'any', type: 'string', distinctive: true, doc: 'config.providers.*.param.*' },
    ],
    source: AK('2.8.0', ABSTRACT_CONFIG, 'instantiateConfigProviders: config.providers split on "," (not trimmed), config.providers.<name>.class, config.providers.<name>.param.<p>; the same in 3.9.0-rc3 and trunk'),
  },
  {
    id: 'kafka-metrics-context',
    name: 'Kafka metrics context (KIP-606)',
    vendor: 'Apache Kafka',
    builtIn: true,
    classes: [],
    keys: [],
    families: [{ prefix: 'metrics.context.', kind: 'any', type: 'string', distinctive: true, doc: 'metrics.context.*' }],
    source: AK('2.8.0', 'clients/src/main/java/org/apache/kafka/clients/producer/KafkaProducer.java', 'config.originalsWithPrefix(CommonClientConfigs.METRICS_CONTEXT_PREFIX = "metrics.context.") is handed to the metric reporters; unchanged on trunk'),
  },
  {
    id: 'kafka-jmx-reporter',
    name: 'Kafka JmxReporter',
    vendor: 'Apache Kafka',
    builtIn: true,
    classes: [{ name: 'org.apache.kafka.common.metrics.JmxReporter', slots: ['metric.reporters'], role: 'reporter' }],
    keys: [
      { key: 'metrics.jmx.include', type: 'string', default: '.*', importance: 'low', group: 'other', distinctive: true },
      { key: 'metrics.jmx.exclude', type: 'string', default: '', importance: 'low', group: 'other', distinctive: true },
    ],
    source: AK('2.8.0', 'clients/src/main/java/org/apache/kafka/common/metrics/JmxReporter.java', 'METRICS_CONFIG_PREFIX "metrics.jmx." + include/exclude (KIP-629): Java regular expressions, default ".*" and ""; JmxReporter runs by default'),
  },
  {
    id: 'kafka-list-serializer',
    name: 'Kafka ListSerializer',
    vendor: 'Apache Kafka',
    builtIn: true,
    classes: [
      { name: 'org.apache.kafka.common.serialization.ListSerializer', slots: ['key.serializer', 'value.serializer'], role: 'serializer', counterpart: 'org.apache.kafka.common.serialization.ListDeserializer' },
    ],
    keys: [
      { key: 'default.list.key.serde.inner', type: 'class', default: null, importance: 'medium', group: 'serialization', distinctive: true, since: '3.0' },
      { key: 'default.list.value.serde.inner', type: 'class', default: null, importance: 'medium', group: 'serialization', distinctive: true, since: '3.0' },
    ],
    requires: (['key', 'value'] as const).map((kv) => ({
      key: `default.list.${kv}.serde.inner`,
      slot: `${kv}.serializer` as const,
      exception: 'ConfigException: Not able to determine the serializer class because it was neither passed via the constructor nor set in the config.',
      source: AK('3.0.0', 'clients/src/main/java/org/apache/kafka/common/serialization/ListSerializer.java', 'configure(): the inner serde class comes from default.list.key.serde.inner / default.list.value.serde.inner (KIP-466); the same on trunk'),
    })),
    source: AK('3.0.0', 'clients/src/main/java/org/apache/kafka/clients/CommonClientConfigs.java'),
  },
];
