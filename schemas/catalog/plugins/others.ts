// Apicurio Registry serdes and the AWS Glue Schema Registry serializers: the keys they read from the
// producer's config. Neither uses Kafka's ConfigDef: each reads the originals with its own helpers,
// so a bad value fails (or is ignored) the way the source below says, not the way Kafka would.
import type { PluginSource, PluginFacts, PluginKeyFacts } from '../model';

// ---- Apicurio Registry 3.x (3.3.1, 2026-08) and 2.6 (2.6.9.Final): the common keys have the same names.
const AP = 'github:Apicurio/apicurio-registry@b40e01738287';
const ap = (path: string, note?: string): PluginSource => ({ where: `${AP} ${path}`, read: 'src', ...(note ? { note } : {}) });
const RESOLVER = 'schema-resolver/src/main/java/io/apicurio/registry/resolver/config/SchemaResolverConfig.java';

const apKey = (key: string, type: PluginKeyFacts['type'], dflt: string | null, importance: PluginKeyFacts['importance'], extra: Partial<PluginKeyFacts> = {}): PluginKeyFacts =>
  ({ key: `apicurio.registry.${key}`, type, default: dflt, importance, group: 'serialization', distinctive: true, ...extra });

// getBoolean(): "true"/"false" in any case after trim, else IllegalArgumentException
// ("Invalid configuration property value for '<key>'. Expected a boolean-like value, but got a '<value>'.").
const APICURIO_KEYS: PluginKeyFacts[] = [
  apKey('url', 'string', null, 'high'),
  apKey('auto-register', 'boolean', 'false', 'medium'),
  apKey('auto-register.if-exists', 'string', 'FIND_OR_CREATE_VERSION', 'low', { source: ap(RESOLVER, '3.x: FAIL, CREATE_VERSION, FIND_OR_CREATE_VERSION (getStringOneOf); 2.x used other values (RETURN_OR_UPDATE …), so no value list is checked') }),
  apKey('find-latest', 'boolean', 'false', 'medium'),
  apKey('artifact-resolver-strategy', 'class', 'io.apicurio.registry.serde.strategy.TopicIdStrategy', 'medium', { source: ap('serdes/generic/serde-common/src/main/java/io/apicurio/registry/serde/config/SerdeConfig.java', 'ARTIFACT_RESOLVER_STRATEGY_DEFAULT for the serdes (the bare resolver defaults to DynamicArtifactReferenceResolverStrategy)') }),
  apKey('artifact.group-id', 'string', null, 'low'),
  apKey('artifact.artifact-id', 'string', null, 'low'),
  apKey('artifact.version', 'string', null, 'low'),
  apKey('use-id', 'string', 'contentId', 'medium', { rule: { kind: 'enum', values: ['globalId', 'contentId'] },
    source: ap('serdes/generic/serde-common/src/main/java/io/apicurio/registry/serde/config/SerdeConfig.java', 'IdOption.valueOf(): exact case; the default was globalId in 2.x') }),
  apKey('headers.enabled', 'boolean', 'false', 'medium', { source: ap('serdes/kafka/serde-kafka-common/src/main/java/io/apicurio/registry/serde/kafka/config/KafkaSerdeConfig.java', 'default false in 3.x, true in 2.x') }),
  apKey('avro-datum-provider', 'class', null, 'low'),
  apKey('avro.encoding', 'string', 'BINARY', 'low', { rule: { kind: 'enum', values: ['BINARY', 'JSON'] } }),
  apKey('use-specific-avro-reader', 'boolean', 'false', 'low'),
  apKey('check-period-ms', 'long', '30000', 'low', { unit: 'ms' }),
  apKey('retry-count', 'long', '3', 'low', { unit: 'count' }),
  apKey('retry-backoff-ms', 'long', '300', 'low', { unit: 'ms' }),
  apKey('dereference-schema', 'boolean', 'false', 'low'),
  apKey('serde.validation-enabled', 'boolean', 'true', 'low'),
  apKey('auth.service.token.endpoint', 'string', null, 'medium', { group: 'security' }),
  apKey('auth.client.id', 'string', null, 'medium', { group: 'security' }),
  apKey('auth.client.secret', 'password', null, 'medium', { group: 'security' }),
  apKey('auth.client.scope', 'string', null, 'low', { group: 'security' }),
  apKey('auth.username', 'string', null, 'medium', { group: 'security' }),
  apKey('auth.password', 'password', null, 'medium', { group: 'security' }),
  apKey('tls.truststore.location', 'string', null, 'medium', { group: 'security' }),
  apKey('tls.truststore.password', 'password', null, 'medium', { group: 'security' }),
  apKey('tls.truststore.type', 'string', 'JKS', 'low', { group: 'security' }),
  apKey('tls.keystore.location', 'string', null, 'medium', { group: 'security' }),
  apKey('tls.keystore.password', 'password', null, 'medium', { group: 'security' }),
  apKey('tls.keystore.type', 'string', 'JKS', 'low', { group: 'security' }),
  apKey('tls.trust-all', 'boolean', 'false', 'low', { group: 'security' }),
  apKey('tls.verify-host', 'boolean', 'true', 'low', { group: 'security' }),
  apKey('proxy.password', 'password', null, 'low', { group: 'network' }),
];

const apicurio = (id: string, name: string, pkg: string, ser: string, de: string): PluginFacts => ({
  id,
  name,
  suite: 'the Apicurio Registry serdes',
  vendor: 'Apicurio',
  parser: 'own',
  classes: [
    { name: `${pkg}.${ser}`, slots: ['key.serializer', 'value.serializer'], role: 'serializer', counterpart: `${pkg}.${de}` },
    { name: `${pkg}.${de}`, slots: ['key.serializer', 'value.serializer'], role: 'deserializer', counterpart: `${pkg}.${ser}` },
  ],
  keys: APICURIO_KEYS,
  // Every other apicurio.registry.* key (headers.*, fallback.*, otel.*, …) is Apicurio's too.
  families: [{ prefix: 'apicurio.registry.', kind: 'any', type: 'string', distinctive: true, doc: 'apicurio.registry.*' }],
  requires: [{
    key: 'apicurio.registry.url',
    exception: 'IllegalArgumentException: Missing registry base url, set apicurio.registry.url',
    source: ap('schema-resolver/src/main/java/io/apicurio/registry/resolver/client/RegistryClientFacadeFactory.java', 'AbstractSchemaResolver.configure() creates the client while the serializer is configured (2.6.9.Final: the same message in AbstractSchemaResolver)'),
  }],
  source: ap(RESOLVER),
});

// ---- AWS Glue Schema Registry (awslabs/aws-glue-schema-registry, master 2026-08).
const GL = 'github:awslabs/aws-glue-schema-registry@eed1506be00e';
const gl = (path: string, note?: string): PluginSource => ({ where: `${GL} ${path}`, read: 'src', ...(note ? { note } : {}) });
const GLUE_CONF = 'common/src/main/java/com/amazonaws/services/schemaregistry/common/configs/GlueSchemaRegistryConfiguration.java';
const glKey = (key: string, type: PluginKeyFacts['type'], dflt: string | null, importance: PluginKeyFacts['importance'], extra: Partial<PluginKeyFacts> = {}): PluginKeyFacts =>
  ({ key, type, default: dflt, importance, group: 'serialization', ...extra });

const GLUE_KEYS: PluginKeyFacts[] = [
  // names other components use too: known only when a Glue serializer is named
  glKey('region', 'string', null, 'high', { source: gl(GLUE_CONF, 'without it the AWS default region chain is asked; if that finds none: AWSSchemaRegistryException "Region is not defined in the properties"') }),
  glKey('endpoint', 'string', null, 'low', { group: 'network' }),
  glKey('registry.name', 'string', 'default-registry', 'medium'),
  glKey('compression', 'string', 'NONE', 'low', { rule: { kind: 'enum', values: ['NONE', 'ZLIB'], caseInsensitive: true } }),
  glKey('compatibility', 'string', 'BACKWARD', 'low', { rule: { kind: 'enum', values: ['NONE', 'DISABLED', 'BACKWARD', 'BACKWARD_ALL', 'FORWARD', 'FORWARD_ALL', 'FULL', 'FULL_ALL'], caseInsensitive: true },
    source: gl(GLUE_CONF, 'Compatibility.fromValue(value.toUpperCase()); values of the AWS SDK Glue Compatibility enum') }),
  glKey('description', 'string', null, 'low'),
  glKey('cacheSize', 'int', '200', 'low', { unit: 'count', distinctive: true }),
  glKey('timeToLiveMillis', 'long', '86400000', 'low', { unit: 'ms', distinctive: true }),
  // camelCase names nobody else uses
  glKey('dataFormat', 'string', 'AVRO', 'medium', { rule: { kind: 'enum', values: ['AVRO', 'JSON', 'PROTOBUF'], caseInsensitive: true }, distinctive: true }),
  glKey('schemaName', 'string', null, 'medium', { distinctive: true }),
  glKey('schemaAutoRegistrationEnabled', 'boolean', 'false', 'medium', { distinctive: true, invalid: 'ignored',
    source: gl(GLUE_CONF, 'Boolean.parseBoolean: anything but "true" (any case) is false, without an error') }),
  glKey('avroRecordType', 'string', null, 'medium', { rule: { kind: 'enum', values: ['GENERIC_RECORD', 'SPECIFIC_RECORD', 'UNKNOWN'] }, distinctive: true,
    source: gl('common/src/main/java/com/amazonaws/services/schemaregistry/utils/AvroRecordType.java', 'AvroRecordType.valueOf(): exact case') }),
  glKey('protobufMessageType', 'string', null, 'low', { rule: { kind: 'enum', values: ['POJO', 'DYNAMIC_MESSAGE', 'UNKNOWN'] }, distinctive: true }),
  glKey('schemaNameGenerationClass', 'class', null, 'low', { distinctive: true }),
  glKey('secondaryDeserializer', 'class', null, 'low', { distinctive: true }),
  glKey('userAgentApp', 'string', null, 'low', { distinctive: true }),
  glKey('proxyUrl', 'string', null, 'low', { group: 'network', distinctive: true }),
  glKey('assumeRoleArn', 'string', null, 'low', { group: 'security', distinctive: true }),
  glKey('assumeRoleSessionName', 'string', null, 'low', { group: 'security', distinctive: true }),
];

const GLUE_SER = 'com.amazonaws.services.schemaregistry.serializers';
const GLUE_DE = 'com.amazonaws.services.schemaregistry.deserializers';

export const OTHER_PLUGINS: PluginFacts[] = [
  apicurio('apicurio-avro', 'Apicurio Registry Avro serde', 'io.apicurio.registry.serde.avro', 'AvroKafkaSerializer', 'AvroKafkaDeserializer'),
  apicurio('apicurio-json-schema', 'Apicurio Registry JSON Schema serde', 'io.apicurio.registry.serde.jsonschema', 'JsonSchemaKafkaSerializer', 'JsonSchemaKafkaDeserializer'),
  apicurio('apicurio-protobuf', 'Apicurio Registry Protobuf serde', 'io.apicurio.registry.serde.protobuf', 'ProtobufKafkaSerializer', 'ProtobufKafkaDeserializer'),
  {
    id: 'aws-glue',
    name: 'AWS Glue Schema Registry serializer',
    vendor: 'AWS',
    parser: 'own',
    classes: [
      { name: `${GLUE_SER}.GlueSchemaRegistryKafkaSerializer`, slots: ['key.serializer', 'value.serializer'], role: 'serializer', counterpart: `${GLUE_DE}.GlueSchemaRegistryKafkaDeserializer` },
      { name: `${GLUE_SER}.avro.AWSKafkaAvroSerializer`, slots: ['key.serializer', 'value.serializer'], role: 'serializer', counterpart: `${GLUE_DE}.avro.AWSKafkaAvroDeserializer` },
      { name: `${GLUE_DE}.GlueSchemaRegistryKafkaDeserializer`, slots: ['key.serializer', 'value.serializer'], role: 'deserializer', counterpart: `${GLUE_SER}.GlueSchemaRegistryKafkaSerializer` },
      { name: `${GLUE_DE}.avro.AWSKafkaAvroDeserializer`, slots: ['key.serializer', 'value.serializer'], role: 'deserializer', counterpart: `${GLUE_SER}.avro.AWSKafkaAvroSerializer` },
    ],
    keys: GLUE_KEYS,
    source: gl('common/src/main/java/com/amazonaws/services/schemaregistry/utils/AWSSchemaRegistryConstants.java', `names; types, defaults and checks from ${GLUE_CONF}`),
  },
];
