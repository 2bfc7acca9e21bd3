// zod description of the Spring Boot Kafka facts (schemas/spring/*.ts). Only tests import this file at
// run time; the data modules import the inferred types with `import type`, so zod never loads in the
// language server or the CLI.
import { z } from 'zod';

import { BOOT_LINE_LIST } from './versions';
export { BOOT_LINE_LIST };

export const bootLineSchema = z.enum(BOOT_LINE_LIST);
/** A Boot release, `major.minor.patch` (GA) or `major.minor.patch-Mn` / `-RCn` (milestones). */
export const bootReleaseSchema = z.string().regex(/^\d+\.\d+\.\d+(-(M|RC)\d+)?$/);
/** A Kafka / spring-kafka release as written in Boot's BOM (`3.7.2`, `2.5.0.RELEASE`, `4.2.0-M1`). */
export const releaseSchema = z.string().regex(/^\d+\.\d+\.\d+([.-][A-Za-z0-9]+)?$/);

/**
 * How sure a fact is: `source` = read in the project's source at the tag/commit named; `docs` = the
 * project's reference documentation or a maintainer's statement in an issue; `inferred` = follows from
 * the source read but was not run (no Spring Boot application could be started here).
 */
export const confidenceSchema = z.enum(['source', 'docs', 'inferred']);

export const sourceRefSchema = z.object({
  repo: z.enum(['spring-projects/spring-boot', 'spring-projects/spring-kafka', 'spring-projects/spring-framework', 'snakeyaml/snakeyaml']),
  path: z.string().min(3),
  /** git tag (`v3.5.16`), `main`, or an issue/PR reference (`#35694`) */
  ref: z.string().min(2),
  commit: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
});

export const provenanceSchema = z.object({
  confidence: confidenceSchema,
  sources: z.array(sourceRefSchema).min(1),
  /** what was read, in a few words, when the source alone does not say it */
  note: z.string().optional(),
});

/**
 * Versions a behaviour holds for. Each `since` entry is a Boot release; the behaviour holds from that
 * release within its own line and in every later line (so `['3.3.10', '3.4.4']` = 3.3.10+, 3.4.4+, 3.5+).
 * `until`: the first release where it no longer holds (same reading).
 */
export const bootRangeSchema = z.object({
  since: z.array(bootReleaseSchema).min(1),
  until: z.array(bootReleaseSchema).optional(),
});

/** How Boot turns the bound value into what it puts in the Kafka config map. */
export const conversionSchema = z.discriminatedUnion('kind', [
  /** a String, put in the map as is */
  z.object({ kind: z.literal('string') }),
  /** `List<String>`: a comma-separated string (split, each element trimmed) or an indexed list (YAML sequence, `x[0]`); the List object reaches Kafka */
  z.object({ kind: z.literal('list') }),
  /** Spring's `DataSize`: `16384`, `16KB` (binary, suffix case-sensitive: B KB MB GB TB), no decimals; `result` = the Java type put in the map */
  z.object({ kind: z.literal('dataSize'), defaultUnit: z.enum(['B', 'KB', 'MB', 'GB', 'TB']), result: z.enum(['Integer', 'Long']) }),
  /** `java.time.Duration` via Boot's DurationStyle: `500` (default unit), `5s`, `PT5S`; suffixes ns us ms s m h d, any case */
  z.object({ kind: z.literal('duration'), defaultUnit: z.enum(['ns', 'us', 'ms', 's', 'm', 'h', 'd']) }),
  /** `Class<?>`: the name is loaded at start-up (ClassEditor trims it); the Class object reaches Kafka */
  z.object({ kind: z.literal('class') }),
  /** Spring `Resource`: Boot puts `resource.getFile().getAbsolutePath()`; not on a file system = IllegalStateException */
  z.object({ kind: z.literal('resource') }),
  z.object({ kind: z.literal('integer') }),
  z.object({ kind: z.literal('boolean') }),
  z.object({ kind: z.literal('enum'), values: z.array(z.string()).min(1) }),
  /** `Map<String, String>`: every entry's key verbatim (see the binding facts), values never converted */
  z.object({ kind: z.literal('map') }),
]);

/**
 * Where a property sits in `KafkaProperties` (the brief's "scope"): `level` is the prefix
 * (`spring.kafka.`, `spring.kafka.producer.`, ...), `section` the nested class it belongs to.
 */
export const levelSchema = z.enum(['common', 'producer', 'admin', 'template', 'jaas']);
export const sectionSchema = z.enum(['client', 'ssl', 'security', 'jaas', 'properties', 'template']);

export const typedPropertySchema = z.object({
  /** canonical (dashed) name, e.g. `spring.kafka.producer.batch-size`; a map's name ends in `.properties` / `.options` */
  name: z.string().regex(/^spring\.kafka\.[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/),
  level: levelSchema,
  section: sectionSchema,
  /** Java field type in KafkaProperties */
  javaType: z.string().min(3),
  conversion: conversionSchema,
  /** the Kafka config key Boot writes; null = none (Spring-only setting) */
  kafkaKey: z.string().regex(/^[a-z0-9]+(\.[a-z0-9]+)*$/).nullable(),
  /** the field's default, as Boot would print it; null = unset */
  default: z.string().nullable(),
  /** which Boot releases have the field */
  versions: bootRangeSchema,
  /** what goes into the config map, or what it does when there is no Kafka key (en, ko) */
  effect: z.object({ en: z.string().min(10), ko: z.string().min(5) }),
  provenance: provenanceSchema,
});

/** One step of building the producer's config map (KafkaProperties, then KafkaAutoConfiguration, then spring-kafka). */
export const mergeStepSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/),
  /** position in the order; later steps overwrite earlier ones (Map.put / putAll), unless `mode` says otherwise */
  order: z.number().int().positive(),
  mode: z.enum(['put', 'putIfAbsent', 'remove']),
  /** the Spring properties read (names or `prefix.*`) */
  reads: z.array(z.string()).min(1),
  /** Kafka keys written, or `*` for a whole map */
  writes: z.array(z.string()).min(1),
  versions: bootRangeSchema,
  label: z.object({ en: z.string().min(10), ko: z.string().min(5) }),
  provenance: provenanceSchema,
});

/** Boot release → the versions its dependency management pins. */
export const managedReleaseSchema = z.object({
  boot: bootReleaseSchema,
  /** `kafka.version` (org.apache.kafka:kafka-clients and the other Apache Kafka modules); null = not managed by that release */
  kafka: releaseSchema.nullable(),
  /** `spring-kafka.version` */
  springKafka: releaseSchema,
  /** the tag's commit in spring-projects/spring-boot */
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  /** file the versions were read from */
  path: z.enum(['spring-boot-project/spring-boot-dependencies/pom.xml', 'spring-boot-project/spring-boot-dependencies/build.gradle', 'platform/spring-boot-dependencies/build.gradle']),
  prerelease: z.boolean().optional(),
});

/** A behaviour of Boot, spring-kafka, Spring Framework or SnakeYAML the Spring model relies on. */
export const behaviourSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** what happens, in our words (en) */
  statement: z.string().min(20),
  versions: bootRangeSchema,
  provenance: provenanceSchema,
});

export type BootLine = z.infer<typeof bootLineSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type BootRange = z.infer<typeof bootRangeSchema>;
export type Conversion = z.infer<typeof conversionSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type TypedProperty = z.infer<typeof typedPropertySchema>;
export type MergeStep = z.infer<typeof mergeStepSchema>;
export type ManagedRelease = z.infer<typeof managedReleaseSchema>;
export type Behaviour = z.infer<typeof behaviourSchema>;
