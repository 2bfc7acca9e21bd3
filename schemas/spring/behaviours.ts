// Behaviours of Spring Boot, spring-kafka, Spring Framework and SnakeYAML that the Spring model in
// server/src/service/spring relies on. Each code path that depends on one names its id.
import type { Behaviour } from './model';
import {
  CLASS_EDITOR, CONFIG_DATA_PROPERTIES, DATA_SIZE, DATA_SIZE_CONVERTERS, DEFAULT_PROPERTY_MAPPER, DURATION_STYLE, EXTERNAL_CONFIG_DOCS, INDEXED_BINDER,
  INVALID_CONFIG_DATA_PROPERTY, ITERABLE_SOURCE, JAVA_BEAN_BINDER, KAFKA_AUTOCONF_AT, KAFKA_PROPERTIES_AT, MAP_BINDER, PRODUCER_FACTORY, PRODUCER_FACTORY_320,
  PROFILES_PARSER, PROPERTIES_LOADER, PROPERTIES_LOADER_270, PROPERTY_NAME, SNAKEYAML_CONSTRUCTOR, SNAKEYAML_RESOLVER, STRING_TO_COLLECTION, YAML_LOADER,
  YAML_PROCESSOR, METADATA_AT,
} from './sources';

const ALL = { since: ['2.7.0'] };

export const BEHAVIOURS: readonly Behaviour[] = [
  // ---- property names and map keys ------------------------------------------------------------
  {
    id: 'name-elements',
    statement: "A property name from a file is split into elements at '.' outside brackets; `[...]` makes one indexed element kept verbatim (nested brackets included). An element with no letter or digit is dropped; a leading '.' or empty element adds nothing. Typed names match element by element ignoring case and every character other than a-z and 0-9 (the 'uniform' form), so batch-size, batchSize, batch_size and BATCH-SIZE are one property.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...PROPERTY_NAME, DEFAULT_PROPERTY_MAPPER], note: 'ConfigurationPropertyName.adapt / ElementsParser / elementEquals; identical logic at every GA tag 2.7.0 → 4.1.1 (3.5 only changed an internal constructor call)' },
  },
  {
    id: 'map-key-dots-kept',
    statement: 'Binding to Map<String, String>, the key is every element after the map root joined with \'.\', each in its original form, so spring.kafka.producer.properties.max.in.flight.requests.per.connection gives the key max.in.flight.requests.per.connection. An indexed element adds its content verbatim ([security.protocol] gives security.protocol; a YAML sequence index gives 0, 1, ...).',
    versions: ALL,
    provenance: { confidence: 'source', sources: [...MAP_BINDER, EXTERNAL_CONFIG_DOCS], note: 'MapBinder.EntryBinder.getEntryName / getKeyName; the docs: "Binding a.b=c to Map<String, String> will preserve the ."' },
  },
  {
    id: 'map-key-stripped',
    statement: "An unbracketed key element keeps only a-z, A-Z (case kept), 0-9, '_' and '-' when not first; every other character (':', '/', '*', '@', space, non-ASCII letters, a leading '-') is removed without a warning. Brackets keep the key exactly.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...PROPERTY_NAME, EXTERNAL_CONFIG_DOCS], note: "convertToOriginalForm keeps '_' and a non-leading '-' too, which the docs' sentence ('not alpha-numeric, - or .') leaves out" },
  },
  {
    id: 'map-first-wins',
    statement: 'Map entries are bound source by source in precedence order with computeIfAbsent, so each key comes from the highest-precedence property source (document) that has it, and inside one source from the first name (in file order) that produces the key. Keys from different sources are merged.',
    versions: ALL,
    provenance: { confidence: 'source', sources: [...MAP_BINDER, ITERABLE_SOURCE], note: 'names iterate in the property source order (LinkedHashMap of the loaded document)' },
  },
  {
    id: 'typed-name-lookup',
    statement: "A typed property is read from the first property source (in precedence order) that has it. Inside one source the exact canonical (dashed) spelling is looked up first; other spellings that differ only in case or separators are found through a HashSet, so when two of them are set in the same document which one wins is not defined.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [ITERABLE_SOURCE, JAVA_BEAN_BINDER] },
  },
  {
    id: 'list-binding',
    statement: 'List<String> properties (bootstrap-servers) take the list from the first property source that has it, whole (never merged). A plain value is split at commas and each element trimmed; an empty value gives an empty list; an indexed form (YAML sequence, x[0]=...) must start at 0 without gaps.',
    versions: ALL,
    provenance: { confidence: 'inferred', sources: [INDEXED_BINDER, STRING_TO_COLLECTION], note: 'IndexedElementsBinder.bindIndexed/bindValue and Spring StringToCollectionConverter read; not run' },
  },
  {
    id: 'empty-typed-value',
    statement: 'An empty value leaves DataSize, Duration, Integer and Class properties at their default (the converters return null and JavaBeanBinder then keeps the field), but binds "" to a String property: an empty transaction-id-prefix still makes the producer factory transactional.',
    versions: ALL,
    provenance: { confidence: 'inferred', sources: [JAVA_BEAN_BINDER, ...DATA_SIZE_CONVERTERS, CLASS_EDITOR, KAFKA_AUTOCONF_AT('v3.5.16')], note: 'read, not run' },
  },
  // ---- YAML ---------------------------------------------------------------------------------
  {
    id: 'yaml-flatten',
    statement: "YAML documents are flattened by Spring's YamlProcessor: nested keys join with '.', a key starting with '[' joins without a dot, sequence items become [0], [1], ...; an empty sequence becomes \"\"; a non-string key becomes \"[\" + key + \"]\". The flattened map is a LinkedHashMap: a name seen twice keeps its first position and its last value.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...YAML_PROCESSOR, ...YAML_LOADER] },
  },
  {
    id: 'yaml-scalars',
    statement: "Boot reads YAML with SnakeYAML (YAML 1.1 implicit types, timestamps disabled): plain true/false/yes/no/on/off in any of three casings are Booleans, 0x/0b/0-prefixed and '_' separated and base-60 (1:30) integers are numbers, ~ / null / empty are null (Boot then stores \"\"). A property bound to String gets the Java toString of that value: on becomes \"true\", 0x10 becomes \"16\", 010 becomes \"8\", 1.50 becomes \"1.5\". Quoted scalars stay as written.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...SNAKEYAML_RESOLVER, SNAKEYAML_CONSTRUCTOR, ...YAML_LOADER], note: 'SnakeYAML 1.30 (Boot 2.7), 1.33 (3.0-3.1), 2.2-2.6 (3.2-4.1): the resolver patterns are equivalent in all of them; from 1.31 a plain scalar over 1024 characters is never a number' },
  },
  {
    id: 'yaml-duplicate-keys',
    statement: 'A YAML mapping with the same key twice fails to load (SnakeYAML DuplicateKeyException, LoaderOptions.setAllowDuplicateKeys(false)): the application does not start.',
    versions: ALL,
    provenance: { confidence: 'source', sources: [...YAML_LOADER] },
  },
  {
    id: 'yaml-documents',
    statement: "Each non-empty YAML document ('---') is its own property source; later documents override earlier ones. Empty documents are skipped.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...YAML_PROCESSOR, EXTERNAL_CONFIG_DOCS] },
  },
  // ---- .properties -----------------------------------------------------------------------------
  {
    id: 'properties-loader',
    statement: "Boot reads application.properties with its own OriginTrackedPropertiesLoader (ISO-8859-1), not java.util.Properties. It agrees with Properties.load on keys, values, escapes, comments and continuations, except that keys are trimmed, a key ending in [] expands a comma list (x[]=a,b gives x[0], x[1]), and an escaped '#' or '!' opening a line still starts a comment.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...PROPERTIES_LOADER], note: 'compared against the project parser (Properties.load semantics); the listed differences are the ones found by reading' },
  },
  {
    id: 'properties-documents',
    statement: "A line '#---' (from 2.7.5 also '!---') starting in column 0, nothing but whitespace after it, splits a .properties file into documents, unless the line before it is a comment with the same marker. A comment right after a separator (before any property) joins the new document back to the previous one.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...PROPERTIES_LOADER, PROPERTIES_LOADER_270], note: '!--- arrived with gh-32521 (v2.6.13, v2.7.5)' },
  },
  {
    id: 'properties-bang-separator',
    statement: "'!---' separates documents in .properties files.",
    versions: { since: ['2.7.5'] },
    provenance: { confidence: 'source', sources: [...PROPERTIES_LOADER, PROPERTIES_LOADER_270] },
  },
  // ---- documents and profiles ----------------------------------------------------------------
  {
    id: 'activation',
    statement: 'spring.config.activate.on-profile (a list of profile expressions with !, &, | and parentheses; & and | need parentheses to mix) and spring.config.activate.on-cloud-platform gate a document. With no active profile the default profile "default" is the active one. application-{profile} files override application files; with several active profiles the last one wins; .properties overrides .yml in the same location.',
    versions: ALL,
    provenance: { confidence: 'source', sources: [...CONFIG_DATA_PROPERTIES, PROFILES_PARSER, EXTERNAL_CONFIG_DOCS] },
  },
  {
    id: 'legacy-spring-profiles',
    statement: 'spring.profiles in a config file: Boot 2.7 still uses it to gate the document (a deprecation warning; both it and on-profile in one document is an error). From 3.0 it fails start-up with InvalidConfigDataPropertyException.',
    versions: ALL,
    provenance: { confidence: 'source', sources: [...CONFIG_DATA_PROPERTIES, ...INVALID_CONFIG_DATA_PROPERTY] },
  },
  // ---- conversions -----------------------------------------------------------------------------
  {
    id: 'data-size',
    statement: "DataSize: ^([+-]?\\d+)([a-zA-Z]{0,2})$ with suffix B, KB, MB, GB, TB (case-sensitive, binary: 16KB = 16384); no decimals; a bare number is bytes (YAML numbers go through toString first). Anything else fails binding at start-up.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...DATA_SIZE, ...DATA_SIZE_CONVERTERS] },
  },
  {
    id: 'data-size-whitespace',
    statement: "DataSize ignores whitespace anywhere ('16 KB') from Spring Framework 5.3.22 (Boot 2.7.2); before, it fails.",
    versions: { since: ['2.7.2'] },
    provenance: { confidence: 'source', sources: [...DATA_SIZE], note: 'commit 2bf5f7a6b32 (spring-framework#28643), first in v5.3.22; Boot 2.7.0 ships 5.3.20, 2.7.1 5.3.21, 2.7.2 5.3.22' },
  },
  {
    id: 'duration',
    statement: 'Duration: a simple form ^([+-]?\\d+)([a-zA-Z]{0,2})$ with suffix ns, us, ms, s, m, h, d (any case; none = the field\'s unit, ms by default) or ISO-8601 (P..., any case).',
    versions: ALL,
    provenance: { confidence: 'source', sources: [...DURATION_STYLE] },
  },
  {
    id: 'class-conversion',
    statement: 'Class<?> properties (key-serializer, value-serializer) are converted by ClassEditor: the trimmed name must load at start-up or binding fails; the Class object goes into the config map.',
    versions: ALL,
    provenance: { confidence: 'source', sources: [CLASS_EDITOR, KAFKA_PROPERTIES_AT('v3.5.16')] },
  },
  // ---- SSL bundles -----------------------------------------------------------------------------
  {
    id: 'ssl-bundle-empty-is-unset',
    statement: 'An empty (or blank) ssl.bundle counts as unset (hasText), and empty strings do not count in the SSL mutual-exclusion checks; before, an empty bundle name was looked up and failed.',
    versions: { since: ['3.3.7', '3.4.1'] },
    provenance: { confidence: 'source', sources: [KAFKA_PROPERTIES_AT('v3.3.7'), KAFKA_PROPERTIES_AT('v3.2.0')], note: 'gh-43561' },
  },
  {
    id: 'ssl-engine-factory-class-object',
    statement: 'With an SSL bundle Boot writes the SslBundleSslEngineFactory Class object to ssl.engine.factory.class (before: the class name).',
    versions: { since: ['3.3.10', '3.4.4'] },
    provenance: { confidence: 'source', sources: [KAFKA_PROPERTIES_AT('v3.3.10'), KAFKA_PROPERTIES_AT('v3.4.4'), KAFKA_PROPERTIES_AT('v3.4.0')], note: 'gh-44414' },
  },
  {
    id: 'ssl-mutually-exclusive',
    statement: 'key-store-key with key-store-location, trust-store-certificates with trust-store-location (and from 3.2 bundle with any of those four) at one level fail start-up with MutuallyExclusiveConfigurationPropertiesException; the message always says spring.kafka.ssl.*.',
    versions: ALL,
    provenance: { confidence: 'source', sources: [KAFKA_PROPERTIES_AT('v2.7.0'), KAFKA_PROPERTIES_AT('v3.2.0'), KAFKA_PROPERTIES_AT('v3.5.16')] },
  },
  {
    id: 'deprecated-ssl-names',
    statement: 'The metadata marks spring.kafka.[producer.|consumer.|admin.]ssl.keystore-location, keystore-password, truststore-location and truststore-password deprecated with level error (replacement key-store-…, trust-store-…); relaxed binding still maps them to the same fields.',
    versions: ALL,
    provenance: { confidence: 'inferred', sources: [METADATA_AT('v2.7.0'), METADATA_AT('v3.5.16'), METADATA_AT('v4.1.1'), ...PROPERTY_NAME], note: 'metadata read; that the old names still bind follows from the uniform-form equality, not run' },
  },
  // ---- spring-kafka ----------------------------------------------------------------------------
  {
    id: 'factory-client-id-prefix',
    statement: "spring-kafka's producer factory uses a String client.id as a prefix: every producer it creates gets client.id = <prefix>-<n> (n = 1, 2, ...).",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...PRODUCER_FACTORY] },
  },
  {
    id: 'factory-application-name-client-id',
    statement: "spring-kafka 3.2+ (managed from Boot 3.3): with no client.id, the prefix is '<spring.application.name>-producer', so producers get <name>-producer-1, ...; before, Kafka's own producer-N applies.",
    versions: { since: ['3.3.0'] },
    provenance: { confidence: 'source', sources: [PRODUCER_FACTORY_320] },
  },
  {
    id: 'factory-transactional-id',
    statement: "A non-blank transactional.id in the config map becomes the factory's transaction id prefix and is removed from the map; producers get transactional.id = prefix + n. A typed transaction-id-prefix, set afterwards, replaces it.",
    versions: ALL,
    provenance: { confidence: 'source', sources: [...PRODUCER_FACTORY, KAFKA_AUTOCONF_AT('v3.5.16')] },
  },
  {
    id: 'factory-idempotence',
    statement: 'A transaction id prefix makes the factory transactional and puts enable.idempotence=true (a Boolean) only when the key is absent; an explicit false (Boolean or the String "false") is kept, and Kafka then refuses the transactional producer.',
    versions: ALL,
    provenance: { confidence: 'source', sources: [...PRODUCER_FACTORY] },
  },
  {
    id: 'transaction-manager',
    statement: '@ConditionalOnProperty(name = "spring.kafka.producer.transaction-id-prefix") creates a KafkaTransactionManager whenever the property is present and not "false".',
    versions: ALL,
    provenance: { confidence: 'source', sources: [KAFKA_AUTOCONF_AT('v2.7.0'), KAFKA_AUTOCONF_AT('v3.5.16'), KAFKA_AUTOCONF_AT('v4.1.1')] },
  },
  {
    id: 'yaml-empty-map-kept',
    statement: 'From 4.1, an empty YAML mapping (properties: {}) is kept as the name with value "" (YamlProcessor.getFlattenedMap(map, true, "")); before, it disappears.',
    versions: { since: ['4.1.0'] },
    provenance: { confidence: 'source', sources: [...YAML_LOADER, ...YAML_PROCESSOR] },
  },
];
