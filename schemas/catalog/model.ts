// zod description of the catalog: what a key's facts and docs must look like.
// Only tests and the JSON Schema generator import this file at run time; the catalog itself
// imports the inferred types with `import type`, so zod never loads in the language server.
import { z } from 'zod';

import { KAFKA_VERSION_LIST } from './versions';
import { SOURCES, type SourceId } from './sources';
export { KAFKA_VERSION_LIST };

export const kafkaVersionSchema = z.enum(KAFKA_VERSION_LIST);
export const configTypeSchema = z.enum(['boolean', 'int', 'long', 'short', 'double', 'string', 'list', 'class', 'password']);
export const keyGroupSchema = z.enum(['batching', 'delivery', 'idempotence', 'transactions', 'partitioning', 'network', 'security', 'compression', 'metadata', 'serialization', 'other']);
export const importanceSchema = z.enum(['high', 'medium', 'low']);
export const unitSchema = z.enum(['ms', 'bytes', 'count']);

/** A value that changes across versions: each entry holds from that version until the next entry. */
const versioned = <T extends z.ZodType>(t: T) => z.partialRecord(kafkaVersionSchema, t).refine((r) => Object.keys(r).length > 0, 'at least one version');

export const ruleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('range'),
    min: z.number().optional(),
    max: z.number().optional(),
    /** values outside the range that are accepted too (compression.gzip.level: -1) */
    alsoAllowed: z.array(z.number()).optional(),
  }),
  z.object({
    kind: z.literal('enum'),
    values: z.array(z.string()).min(1),
    caseInsensitive: z.boolean().optional(),
    /** 'construct': no ConfigDef validator; the producer rejects the value while it is being built */
    stage: z.enum(['config', 'construct']).optional(),
  }),
  z.object({ kind: z.literal('nonEmpty') }),
  /**
   * A ConfigDef.ValidList (KIP-1161, 4.2+): duplicate items are dropped with a WARN before it runs;
   * `nonEmpty`: an empty list is refused; `noEmptyItems`: an empty item (`a,,b`, `a,`) is refused.
   */
  z.object({ kind: z.literal('list'), nonEmpty: z.boolean().optional(), noEmptyItems: z.boolean().optional() }),
]);

export const confidenceSchema = z.enum(['source', 'docs', 'third-party', 'inferred']);
export const factSourceSchema = z.object({
  refs: z.array(z.enum(Object.keys(SOURCES) as [SourceId, ...SourceId[]])).min(1),
  confidence: confidenceSchema,
  /** what is weaker than the confidence says, or what was not found */
  note: z.string().optional(),
});

export const keyFactsSchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(\.[a-z0-9]+)*$/),
  type: configTypeSchema,
  group: keyGroupSchema,
  importance: z.union([importanceSchema, versioned(importanceSchema)]),
  unit: unitSchema.optional(),
  /** a unit outside the contract's list, shown in docs only */
  unitHint: z.literal('seconds').optional(),
  since: kafkaVersionSchema,
  defaults: versioned(z.string().nullable()),
  /** why a default is not a fixed literal (it depends on the JVM running the producer) */
  defaultNote: versioned(z.enum(['jvm8', 'jvmKeyManager', 'jvmTrustManager']).nullable()).optional(),
  rules: versioned(ruleSchema.nullable()).optional(),
  deprecated: z.object({ since: kafkaVersionSchema, replacement: z.string().optional() }).optional(),
  removed: kafkaVersionSchema.optional(),
  internal: z.boolean().optional(),
  requiredFrom: kafkaVersionSchema.optional(),
  /** where this key's facts were read, from a version on (otherwise the version's own source, VERSION_SOURCES) */
  sources: versioned(factSourceSchema).optional(),
  /** class values that no longer load (or log a deprecation) from a version */
  deprecatedValues: z.array(z.object({ value: z.string(), deprecatedSince: kafkaVersionSchema, removedIn: kafkaVersionSchema.optional(), replacement: z.string() })).optional(),
});

export const keyDocSchema = z.object({
  summary: z.string().min(10).refine((s) => !s.includes('\n'), 'one line'),
  body: z.string().min(40),
  values: z.string().optional(),
  history: z.string().optional(),
});

export type KafkaVersion = z.infer<typeof kafkaVersionSchema>;
export type ConfigType = z.infer<typeof configTypeSchema>;
export type KeyGroup = z.infer<typeof keyGroupSchema>;
export type Importance = z.infer<typeof importanceSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type KeyFacts = z.infer<typeof keyFactsSchema>;
export type KeyDoc = z.infer<typeof keyDocSchema>;

// ---- Plugins: classes a producer config names (serializers, interceptors, metric reporters, config
// providers) that read keys of their own from the same file (Kafka hands them the whole config).

/** Where a fact was read: `github:owner/repo@commit path`, or a documentation URL. */
export const pluginSourceSchema = z.object({
  where: z.string().min(8),
  /** 'src': read in the plugin's (or Kafka's) source; 'docs': in its published documentation; 'log': in the plugin's own start-up log output quoted by users; 'inferred': concluded from those */
  read: z.enum(['src', 'docs', 'log', 'inferred']),
  note: z.string().optional(),
});

/** The keys whose value names a class: where a plugin has to be named for Kafka to load it. */
export const pluginSlotSchema = z.enum(['key.serializer', 'value.serializer', 'interceptor.classes', 'metric.reporters', 'config.providers', 'partitioner.class']);

export const pluginKeyFactsSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  type: configTypeSchema,
  /** the plugin's default as it would print it; null = none */
  default: z.string().nullable(),
  importance: importanceSchema,
  group: keyGroupSchema,
  unit: unitSchema.optional(),
  rule: ruleSchema.nullable().optional(),
  /** Confluent's EnumRecommender: each value is accepted all lower case or all upper case, nothing else */
  enumCase: z.literal('lowerOrUpper').optional(),
  /** what a value the plugin cannot use does: 'throws' at start-up (default) or 'ignored' (the plugin silently falls back) */
  invalid: z.enum(['throws', 'ignored']).optional(),
  /** the plugin compares the value as written, spaces included (RestService reads the originals map) */
  untrimmed: z.boolean().optional(),
  /** never shown (credentials); password-typed keys are secret anyway */
  secret: z.boolean().optional(),
  /** No other component uses this name: known even when the file names none of the plugin's classes. */
  distinctive: z.boolean().optional(),
  deprecated: z.object({ replacement: z.string().optional() }).optional(),
  /** Kafka version the key appears in, for Kafka's own plugins (config providers) */
  since: kafkaVersionSchema.optional(),
  /** when the key's facts were read somewhere else than the plugin's main source */
  source: pluginSourceSchema.optional(),
});

/** Keys named by pattern: `prefix` + anything (`metrics.context.team`), or + a Kafka key of a kind. */
export const pluginFamilySchema = z.object({
  prefix: z.string().min(2),
  /** 'any': any name; 'kafka-ssl': prefix + one of Kafka's client SSL keys (same types); 'kafka-client': prefix + any producer key (same types) */
  kind: z.enum(['any', 'kafka-ssl', 'kafka-client']),
  /** only names matching this regular expression (source text) belong to the family */
  pattern: z.string().optional(),
  /** the value's type for kind 'any' */
  type: configTypeSchema.optional(),
  distinctive: z.boolean().optional(),
  /** Kafka version the family appears in (Kafka's own) */
  since: kafkaVersionSchema.optional(),
  /** doc id in the plugin docs */
  doc: z.string(),
});

export const pluginRequirementSchema = z.object({
  key: z.string(),
  /** another key that satisfies the requirement as well (a deprecated name) */
  orKey: z.string().optional(),
  /** only when another key has one of these values (compared as the plugin does: exactly) */
  when: z.object({ key: z.string(), equals: z.array(z.string()).min(1) }).optional(),
  /** only for the class in this slot (ListSerializer as key.serializer needs the key variant) */
  slot: pluginSlotSchema.optional(),
  /** the exception the plugin throws while the producer is built, as its source writes it */
  exception: z.string().min(10),
  source: pluginSourceSchema,
});

export const pluginConflictSchema = z.object({
  keys: z.tuple([z.string(), z.string()]),
  exception: z.string().min(10),
  source: pluginSourceSchema,
});

export const pluginClassSchema = z.object({
  name: z.string().regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/),
  slots: z.array(pluginSlotSchema).min(1),
  /** 'deserializer' classes are listed only to tell them apart (a consumer class in a producer slot) */
  role: z.enum(['serializer', 'deserializer', 'interceptor', 'reporter', 'provider']),
  /** for a deserializer: the serializer that pairs with it (and back) */
  counterpart: z.string().optional(),
});

export const pluginFactsSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** short display name, e.g. "Confluent Avro serializer" */
  name: z.string().min(3),
  /** plugins that share keys and a name for the group, e.g. "the Confluent Schema Registry serializers" */
  suite: z.string().optional(),
  vendor: z.string(),
  /** Kafka's own (config providers, metrics context): always in effect, no class to name */
  builtIn: z.boolean().optional(),
  /** how values are read: with Kafka's ConfigDef (errors are ConfigExceptions) or with the plugin's own code */
  parser: z.enum(['configdef', 'own']).optional(),
  classes: z.array(pluginClassSchema),
  keys: z.array(pluginKeyFactsSchema),
  families: z.array(pluginFamilySchema).optional(),
  requires: z.array(pluginRequirementSchema).optional(),
  conflicts: z.array(pluginConflictSchema).optional(),
  source: pluginSourceSchema,
});

export const pluginDocSchema = z.object({
  summary: z.string().min(10).refine((s) => !s.includes('\n'), 'one line'),
  body: z.string().min(20).optional(),
});

export type PluginSource = z.infer<typeof pluginSourceSchema>;
export type PluginSlot = z.infer<typeof pluginSlotSchema>;
export type PluginKeyFacts = z.infer<typeof pluginKeyFactsSchema>;
export type PluginFamily = z.infer<typeof pluginFamilySchema>;
export type PluginRequirement = z.infer<typeof pluginRequirementSchema>;
export type PluginConflict = z.infer<typeof pluginConflictSchema>;
export type PluginClass = z.infer<typeof pluginClassSchema>;
export type PluginFacts = z.infer<typeof pluginFactsSchema>;
export type PluginDoc = z.infer<typeof pluginDocSchema>;
