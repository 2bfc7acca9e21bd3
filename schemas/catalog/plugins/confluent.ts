// Confluent Schema Registry serializers (Avro, JSON Schema, Protobuf, plain JSON) and the Confluent
// monitoring interceptor: the keys they read from the producer's config.
// Read in confluentinc/schema-registry at 794611bd86d1 (master, 2026-08-22; 8.4/8.5 line):
//   schema-serializer/.../AbstractKafkaSchemaSerDeConfig.java (baseConfigDef: names, types, defaults),
//   client/.../SchemaRegistryClientConfig.java (names, withClientSslSupport), avro-serializer/.../
//   KafkaAvroSerializerConfig.java, json-schema-serializer/.../KafkaJsonSchemaSerializerConfig.java,
//   protobuf-serializer/.../KafkaProtobufSerializerConfig.java, json-serializer/.../KafkaJsonSerializerConfig.java,
//   client/.../rest/RestService.java (configure: credential sources), client/.../security/** (providers).
// These are Kafka ConfigDefs, so values are parsed as Kafka parses them (types, Range, EnumRecommender).
import type { PluginSource, PluginFacts, PluginKeyFacts } from '../model';

const SR = 'github:confluentinc/schema-registry@794611bd86d1';
const at = (path: string, note?: string): PluginSource => ({ where: `${SR} ${path}`, read: 'src', ...(note ? { note } : {}) });
const SERDE_CONFIG = at('schema-serializer/src/main/java/io/confluent/kafka/serializers/AbstractKafkaSchemaSerDeConfig.java', 'baseConfigDef()');

const bool = (key: string, dflt: boolean, importance: PluginKeyFacts['importance'], extra: Partial<PluginKeyFacts> = {}): PluginKeyFacts =>
  ({ key, type: 'boolean', default: String(dflt), importance, group: 'serialization', distinctive: true, ...extra });
const int = (key: string, dflt: number, extra: Partial<PluginKeyFacts> = {}): PluginKeyFacts =>
  ({ key, type: 'int', default: String(dflt), importance: 'low', group: 'serialization', distinctive: true, ...extra });
const str = (key: string, dflt: string | null, importance: PluginKeyFacts['importance'], extra: Partial<PluginKeyFacts> = {}): PluginKeyFacts =>
  ({ key, type: 'string', default: dflt, importance, group: 'serialization', distinctive: true, ...extra });
const cls = (key: string, dflt: string): PluginKeyFacts => ({ key, type: 'class', default: dflt, importance: 'medium', group: 'serialization', distinctive: true });

/** AbstractKafkaSchemaSerDeConfig.baseConfigDef(): every Schema Registry serializer reads these. */
const SERDE_BASE: PluginKeyFacts[] = ([
  { key: 'schema.registry.url', type: 'list', default: null, importance: 'high', group: 'serialization', distinctive: true },
  bool('schema.registry.url.randomize', false, 'low'),
  int('max.schemas.per.subject', 1000),
  bool('normalize.schemas', false, 'medium'),
  bool('auto.register.schemas', true, 'medium'),
  bool('propagate.schema.tags', false, 'low'),
  int('use.schema.id', -1),
  str('use.schema.guid', null, 'low'),
  bool('id.compatibility.strict', true, 'low'),
  bool('use.latest.version', false, 'low'),
  bool('latest.compatibility.strict', true, 'low'),
  int('latest.cache.size', 1000),
  int('latest.cache.ttl.sec', -1),
  str('use.latest.with.metadata', null, 'low'),
  str('schema.format', null, 'low'),
  str('execution.environment', null, 'medium', { rule: { kind: 'enum', values: ['all', 'client', 'gateway', 'server', 'none'] }, enumCase: 'lowerOrUpper', distinctive: false,
    source: at('client/src/main/java/io/confluent/kafka/schemaregistry/client/rest/entities/ExecutionEnvironment.java', 'EnumRecommender.in(ExecutionEnvironment.values()); the doc lists ALL, CLIENT, GATEWAY, SERVER, NONE') }),
  { key: 'rule.executors', type: 'list', default: '', importance: 'low', group: 'serialization', distinctive: false },
  { key: 'rule.actions', type: 'list', default: '', importance: 'low', group: 'serialization', distinctive: false },
  bool('rule.service.loader.enable', true, 'low', { distinctive: false }),
  bool('rule.metrics.enable', true, 'low', { distinctive: false }),
  str('validation.rules.executor.class', 'io.confluent.kafka.schemaregistry.rules.cel.CelValidator', 'low', { distinctive: false }),
  bool('validation.rules.fail.fast', false, 'low', { distinctive: false }),
  { key: 'basic.auth.credentials.source', type: 'string', default: 'URL', importance: 'medium', group: 'security', distinctive: true,
    rule: { kind: 'enum', values: ['URL', 'USER_INFO', 'SASL_INHERIT'] }, invalid: 'ignored', untrimmed: true,
    source: at('client/src/main/java/io/confluent/kafka/schemaregistry/client/security/basicauth/BasicAuthCredentialProviderFactory.java', 'a value no provider alias equals (exact case) returns no provider: requests carry no credentials') },
  { key: 'bearer.auth.credentials.source', type: 'string', default: 'STATIC_TOKEN', importance: 'medium', group: 'security', distinctive: true,
    rule: { kind: 'enum', values: ['STATIC_TOKEN', 'OAUTHBEARER', 'SASL_OAUTHBEARER_INHERIT', 'CUSTOM', 'UAMI'] }, invalid: 'ignored', untrimmed: true,
    source: at('client/src/main/java/io/confluent/kafka/schemaregistry/client/security/bearerauth/BearerAuthCredentialProviderFactory.java', 'aliases of the providers in client/.../bearerauth/**; an unmatched value returns no provider') },
  { key: 'schema.registry.basic.auth.user.info', type: 'password', default: '', importance: 'medium', group: 'security', distinctive: true, deprecated: { replacement: 'basic.auth.user.info' } },
  { key: 'basic.auth.user.info', type: 'password', default: '', importance: 'medium', group: 'security', distinctive: true },
  { key: 'bearer.auth.token', type: 'password', default: '', importance: 'medium', group: 'security', distinctive: true },
  str('bearer.auth.issuer.endpoint.url', null, 'medium', { group: 'security' }),
  str('bearer.auth.client.id', null, 'medium', { group: 'security' }),
  { key: 'bearer.auth.client.secret', type: 'password', default: null, importance: 'medium', group: 'security', distinctive: true },
  str('bearer.auth.scope', null, 'medium', { group: 'security' }),
  str('bearer.auth.scope.claim.name', 'scope', 'low', { group: 'security' }),
  str('bearer.auth.sub.claim.name', 'sub', 'low', { group: 'security' }),
  str('bearer.auth.identity.pool.id', null, 'medium', { group: 'security' }),
  str('bearer.auth.logical.cluster', null, 'medium', { group: 'security' }),
  { key: 'bearer.auth.cache.expiry.buffer.seconds', type: 'short', default: '300', importance: 'low', group: 'security', distinctive: true, rule: { kind: 'range', min: 0, max: 3600 } },
  str('bearer.auth.custom.provider.class', null, 'medium', { group: 'security' }),
  cls('context.name.strategy', 'io.confluent.kafka.serializers.context.NullContextNameStrategy'),
  cls('key.subject.name.strategy', 'io.confluent.kafka.serializers.subject.AssociatedNameStrategy'),
  cls('key.schema.id.serializer', 'io.confluent.kafka.serializers.schema.id.PrefixSchemaIdSerializer'),
  cls('key.schema.id.deserializer', 'io.confluent.kafka.serializers.schema.id.DualSchemaIdDeserializer'),
  cls('value.subject.name.strategy', 'io.confluent.kafka.serializers.subject.AssociatedNameStrategy'),
  cls('value.schema.id.serializer', 'io.confluent.kafka.serializers.schema.id.PrefixSchemaIdSerializer'),
  cls('value.schema.id.deserializer', 'io.confluent.kafka.serializers.schema.id.DualSchemaIdDeserializer'),
  bool('schema.reflection', false, 'low'),
  str('proxy.host', '', 'low', { group: 'network', distinctive: false }),
  int('proxy.port', -1, { group: 'network', distinctive: false }),
  int('http.connect.timeout.ms', 60000, { group: 'network', unit: 'ms', distinctive: false }),
  int('http.read.timeout.ms', 60000, { group: 'network', unit: 'ms', distinctive: false }),
  int('max.retries', 3, { group: 'network', unit: 'count', distinctive: false }),
  int('retries.wait.ms', 1000, { group: 'network', unit: 'ms', distinctive: false }),
  int('retries.max.wait.ms', 20000, { group: 'network', unit: 'ms', distinctive: false }),
] as PluginKeyFacts[]).map((k) => (k.source ? k : { ...k, source: SERDE_CONFIG }));

const SERDE_FAMILIES: PluginFacts['families'] = [
  // withClientSslSupport(configDef, "schema.registry."): each of Kafka's client SSL keys, prefixed
  { prefix: 'schema.registry.', kind: 'kafka-ssl', distinctive: true, doc: 'schema.registry.ssl.*' },
  // requestHeaders(): originalsWithPrefix("request.header.")
  { prefix: 'request.header.', kind: 'any', type: 'string', distinctive: true, doc: 'request.header.*' },
  // rule executors and actions are configured as rule.executors.<name>.class / .param.<p>
  { prefix: 'rule.executors.', kind: 'any', type: 'string', distinctive: true, doc: 'rule.executors.*' },
  { prefix: 'rule.actions.', kind: 'any', type: 'string', distinctive: true, doc: 'rule.actions.*' },
];

const VALIDATION_RULES_EXECUTION: PluginKeyFacts = str('validation.rules.execution', 'DISABLED', 'medium', {
  rule: { kind: 'enum', values: ['disabled', 'before_domain_rules', 'after_domain_rules'] }, enumCase: 'lowerOrUpper', distinctive: false,
});

const REQUIRES_REGISTRY: PluginFacts['requires'] = [
  {
    key: 'schema.registry.url',
    exception: 'ConfigException: Missing required configuration "schema.registry.url" which has no default value.',
    source: at('schema-serializer/src/main/java/io/confluent/kafka/serializers/AbstractKafkaSchemaSerDeConfig.java', 'define(SCHEMA_REGISTRY_URL_CONFIG, Type.LIST, Importance.HIGH, doc) has no default; Kafka ConfigDef.parseValue throws while the serializer is configured inside the KafkaProducer constructor'),
  },
  {
    key: 'basic.auth.user.info',
    orKey: 'schema.registry.basic.auth.user.info',
    when: { key: 'basic.auth.credentials.source', equals: ['USER_INFO'] },
    exception: 'ConfigException: UserInfo must be provided when basic.auth.credentials.source is set to USER_INFO',
    source: at('client/src/main/java/io/confluent/kafka/schemaregistry/client/security/basicauth/UserInfoCredentialProvider.java', 'schema.registry.basic.auth.user.info (deprecated) satisfies it too; an empty value does not'),
  },
  {
    key: 'bearer.auth.token',
    when: { key: 'bearer.auth.credentials.source', equals: ['STATIC_TOKEN'] },
    exception: 'ConfigException: Token must be provided via bearer.auth.token config when bearer.auth.credentials.source is set to STATIC_TOKEN',
    source: at('client/src/main/java/io/confluent/kafka/schemaregistry/client/security/bearerauth/StaticTokenCredentialProvider.java'),
  },
  ...['bearer.auth.client.id', 'bearer.auth.client.secret', 'bearer.auth.issuer.endpoint.url'].map((key) => ({
    key,
    when: { key: 'bearer.auth.credentials.source', equals: ['OAUTHBEARER'] },
    exception: `ConfigException: The OAuth configuration option ${key} value must be non-null`,
    source: at('client/src/main/java/io/confluent/kafka/schemaregistry/client/security/bearerauth/oauth/OauthCredentialProvider.java', 'validated with Kafka\'s oauthbearer ConfigurationUtils.validateString / validateUrl'),
  })),
];

const CONFLICTS: PluginFacts['conflicts'] = [
  {
    keys: ['basic.auth.credentials.source', 'bearer.auth.credentials.source'],
    exception: "ConfigException: Only one of 'basic.auth.credentials.source' and 'bearer.auth.credentials.source' may be specified",
    source: at('client/src/main/java/io/confluent/kafka/schemaregistry/client/rest/RestService.java', 'configure(): both read from the originals, so only keys written in the file count'),
  },
];

const serde = (id: string, name: string, ser: string, de: string, configFile: string, own: PluginKeyFacts[]): PluginFacts => ({
  id,
  name,
  suite: 'the Confluent Schema Registry serializers',
  vendor: 'Confluent',
  classes: [
    { name: ser, slots: ['key.serializer', 'value.serializer'], role: 'serializer', counterpart: de },
    { name: de, slots: ['key.serializer', 'value.serializer'], role: 'deserializer', counterpart: ser },
  ],
  keys: [...SERDE_BASE, ...own],
  families: SERDE_FAMILIES,
  requires: REQUIRES_REGISTRY,
  conflicts: CONFLICTS,
  source: at(configFile),
});

export const CONFLUENT_PLUGINS: PluginFacts[] = [
  serde('confluent-avro', 'Confluent Avro serializer (Schema Registry)', 'io.confluent.kafka.serializers.KafkaAvroSerializer', 'io.confluent.kafka.serializers.KafkaAvroDeserializer',
    'avro-serializer/src/main/java/io/confluent/kafka/serializers/KafkaAvroSerializerConfig.java', [
      bool('avro.reflection.allow.null', false, 'medium'),
      bool('avro.use.logical.type.converters', false, 'medium'),
      bool('avro.remove.java.properties', false, 'medium'),
      VALIDATION_RULES_EXECUTION,
    ]),
  serde('confluent-json-schema', 'Confluent JSON Schema serializer (Schema Registry)', 'io.confluent.kafka.serializers.json.KafkaJsonSchemaSerializer', 'io.confluent.kafka.serializers.json.KafkaJsonSchemaDeserializer',
    'json-schema-serializer/src/main/java/io/confluent/kafka/serializers/json/KafkaJsonSchemaSerializerConfig.java', [
      bool('json.fail.unknown.properties', true, 'low'),
      bool('json.fail.invalid.schema', false, 'medium'),
      bool('json.validate.before.domain.rules', false, 'low'),
      bool('json.write.dates.iso8601', false, 'medium'),
      str('json.schema.spec.version', 'draft_7', 'medium', { rule: { kind: 'enum', values: ['draft_4', 'draft_6', 'draft_7', 'draft_2019_09', 'draft_2020_12'] }, enumCase: 'lowerOrUpper',
        source: at('json-schema-provider/src/main/java/io/confluent/kafka/schemaregistry/json/SpecificationVersion.java', 'EnumRecommender.in(SpecificationVersion.values())') }),
      { key: 'json.schema.scan.packages', type: 'list', default: '', importance: 'low', group: 'serialization', distinctive: true },
      bool('json.envelope.detection', true, 'low'),
      bool('json.oneof.for.nullables', true, 'medium'),
      str('json.default.property.inclusion', null, 'medium', { rule: { kind: 'enum', values: ['always', 'non_null', 'non_absent', 'non_default', 'non_empty', 'custom', 'use_defaults'] }, enumCase: 'lowerOrUpper',
        source: { where: 'Jackson com.fasterxml.jackson.annotation.JsonInclude.Include (enum constants), as used by KafkaJsonSchemaSerializerConfig', read: 'inferred', note: 'constants of Jackson 2.x JsonInclude.Include; not read at a tag' } }),
      bool('json.indent.output', false, 'low'),
      VALIDATION_RULES_EXECUTION,
    ]),
  serde('confluent-protobuf', 'Confluent Protobuf serializer (Schema Registry)', 'io.confluent.kafka.serializers.protobuf.KafkaProtobufSerializer', 'io.confluent.kafka.serializers.protobuf.KafkaProtobufDeserializer',
    'protobuf-serializer/src/main/java/io/confluent/kafka/serializers/protobuf/KafkaProtobufSerializerConfig.java', [
      bool('reference.lookup.only', false, 'medium'),
      bool('skip.known.types', true, 'low'),
      cls('reference.subject.name.strategy', 'io.confluent.kafka.serializers.protobuf.DefaultReferenceSubjectNameStrategy'),
      VALIDATION_RULES_EXECUTION,
    ]),
  {
    id: 'confluent-json',
    name: 'Confluent JSON serializer (no Schema Registry)',
    vendor: 'Confluent',
    classes: [
      { name: 'io.confluent.kafka.serializers.KafkaJsonSerializer', slots: ['key.serializer', 'value.serializer'], role: 'serializer', counterpart: 'io.confluent.kafka.serializers.KafkaJsonDeserializer' },
      { name: 'io.confluent.kafka.serializers.KafkaJsonDeserializer', slots: ['key.serializer', 'value.serializer'], role: 'deserializer', counterpart: 'io.confluent.kafka.serializers.KafkaJsonSerializer' },
    ],
    keys: [bool('json.indent.output', false, 'low'), bool('json.write.dates.iso8601', false, 'medium')],
    source: at('json-serializer/src/main/java/io/confluent/kafka/serializers/KafkaJsonSerializerConfig.java'),
  },
  {
    id: 'confluent-monitoring',
    name: 'Confluent monitoring interceptor (Control Center)',
    vendor: 'Confluent',
    classes: [{ name: 'io.confluent.monitoring.clients.interceptor.MonitoringProducerInterceptor', slots: ['interceptor.classes'], role: 'interceptor' }],
    keys: [
      { key: 'confluent.monitoring.interceptor.topic', type: 'string', default: '_confluent-monitoring', importance: 'low', group: 'other', distinctive: true },
      { key: 'confluent.monitoring.interceptor.publishMs', type: 'long', default: '15000', unit: 'ms', importance: 'low', group: 'other', distinctive: true },
    ],
    // The interceptor sends its metrics with a producer of its own, configured from these keys with the prefix removed.
    families: [{ prefix: 'confluent.monitoring.interceptor.', kind: 'kafka-client', distinctive: true, doc: 'confluent.monitoring.interceptor.*' }],
    source: {
      where: 'https://docs.confluent.io/platform/current/control-center/installation/clients.html',
      read: 'docs',
      note: 'closed source; the two keys and defaults also as printed by MonitoringInterceptorConfig at start-up (publishMs = 15000, topic = _confluent-monitoring) in user logs',
    },
  },
];
