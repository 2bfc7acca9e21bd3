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
