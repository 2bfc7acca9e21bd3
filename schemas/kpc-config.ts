// The project configuration file `.kpc.json`: what kpc and the editor read for every producer config
// below the folder it sits in. zod/mini at run time (kpc validates the file with it), and the same
// schema becomes schemas/generated/kpc-config.schema.json (schemas/generate.ts), which the extension
// contributes for `.kpc.json` so the editor completes and checks the file itself.
import * as z from 'zod/mini';

export const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export const FINDING_SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A number in the key's own unit, or a string with a unit kpc knows for it: `100 ms`, `5s`, `2 min`, `16 KiB`, `1MB`. */
const quantity = z.union([z.number(), z.string().check(z.minLength(1))]);

export const policyRuleSchema = z.strictObject({
  value: z.optional(scalar.check(z.describe('The value the key must have (its default counts when the file does not set it). A quick fix sets it.'))),
  oneOf: z.optional(z.array(scalar).check(z.minLength(1), z.describe('The values the key may have, e.g. ["lz4", "zstd"].'))),
  min: z.optional(quantity.check(z.describe("Smallest allowed value: a number in the key's unit (ms for linger.ms, bytes for batch.size), or a string with a unit (\"5 ms\", \"16 KiB\")."))),
  max: z.optional(quantity.check(z.describe("Largest allowed value: a number in the key's unit, or a string with a unit (\"2 min\", \"1 MiB\")."))),
  forbidden: z.optional(z.boolean().check(z.describe('true: the key must not be set in the file (e.g. a plain-text sasl.jaas.config).'))),
  required: z.optional(z.boolean().check(z.describe('true: the key must be set in the file itself, not left to its default.'))),
  severity: z.optional(z.enum(FINDING_SEVERITIES).check(z.describe('How a violation is reported (default error).'))),
  message: z.optional(z.string().check(z.maxLength(500), z.describe("The team's reason, shown with every violation."))),
}).check(z.describe('Team policy for one producer key.'));

export const kpcConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  kafkaVersion: z.optional(z.string().check(z.regex(/^\s*(latest|v?\d{1,3}\.\d{1,3}(\.\d{1,4})?)\s*$/i), z.describe('Kafka client version the producer configs below this folder are checked for, e.g. "3.6" or "3.6.1" (wins over the build file; a "# kpc: kafka-version=" comment in a file and the --kafka-version option / the editor setting win over it).'))),
  springBootVersion: z.optional(z.string().check(z.regex(/^\s*v?\d+\.\d+(\.(\d+|x))?([.-][\w.-]+)?\s*$/i), z.describe('Spring Boot version for Spring files (application.yml / .properties), e.g. "3.3" or "3.3.7".'))),
  client: z.optional(z.enum(['java', 'console-producer']).check(z.describe('Who reads the files: java (KafkaProducer) or console-producer (kafka-console-producer.sh).'))),
  severity: z.optional(z.record(z.string(), z.enum(SEVERITY_LEVELS)).check(z.describe('Per-rule severity overrides, e.g. {"plaintext-secret": "error"}.'))),
  allowedKeys: z.optional(z.array(z.string()).check(z.describe('Custom keys not reported as unknown; "prefix.*" allows a whole prefix.'))),
  files: z.optional(z.array(z.string().check(z.minLength(1))).check(z.describe('More glob patterns of producer configs under this folder, e.g. "config/*-kafka.properties" (kpc check DIR and the editor add them to the built-in names).'))),
  policy: z.optional(z.record(z.string(), policyRuleSchema).check(z.describe('Team policy: per producer key a required value, allowed values, a range, or "must not be set". Violations are reported under the rule code policy.'))),
}).check(z.describe('Kafka Producer Config project settings (.kpc.json), for kpc and the editor.'));

export type KpcConfig = z.infer<typeof kpcConfigSchema>;
export type PolicyRuleConfig = z.infer<typeof policyRuleSchema>;
