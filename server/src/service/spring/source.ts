// The Spring property source model: what one `application*.properties` / `application*.yml` file holds
// once Boot has read it, with exact source spans for every entry. Both readers (yaml.ts,
// propertiesFile.ts) produce it; bind.ts and effective.ts consume it.
import type { PropertyComment } from '#core';
import type { Span } from '../types';

export type SpringFormat = 'properties' | 'yaml';

/** The Java type SnakeYAML gives a YAML value before Boot binds it (`string` for every .properties value). */
export type SpringValueType = 'string' | 'boolean' | 'integer' | 'float' | 'null' | 'empty-sequence' | 'empty-map';

export interface SpringEntry {
  /** the property name as Boot's property source holds it (flattened for YAML, e.g. `spring.kafka.producer.properties[a.b]`) */
  name: string;
  /** what a String property bound from this entry receives (the Java toString of the YAML value; the decoded .properties value) */
  value: string;
  valueType: SpringValueType;
  /** the last key's source (YAML: the key scalar, quotes included; .properties: the key as written) */
  keySpan: Span;
  /** the value's source (empty at the end of the key when there is no value) */
  valueSpan: Span;
  /** from the key to the end of the value */
  span: Span;
  /** YAML: the spans of the keys above this one, outermost first (empty for .properties) */
  path: Span[];
  /** YAML: the value came through an alias (`*name`); where the anchored node is */
  aliasOf?: Span;
  /** YAML: merged in through `<<`; the `<<` key's span */
  mergedBy?: Span;
  /** `.properties` `x[]=a,b` expansion: the element's index (its value span covers the element only) */
  listIndex?: number;
  /** YAML: the scalar was quoted or a block scalar (never resolved to a number/boolean) */
  quoted?: boolean;
}

/** A document's activation conditions (spring.config.activate.*, legacy spring.profiles). */
export interface Activation {
  /** spring.config.activate.on-profile: profile expressions, any of which must match */
  onProfile?: { expressions: string[]; entries: SpringEntry[] };
  /** spring.config.activate.on-cloud-platform */
  onCloudPlatform?: { value: string; entry: SpringEntry };
  /** spring.profiles (Boot 2.7: used like on-profile with a warning; 3.0+: start-up fails) */
  legacyProfiles?: { expressions: string[]; entries: SpringEntry[] };
}

/** A property source: one YAML document or one `#---`-separated part of a .properties file. */
export interface SpringDocument {
  /** 0-based among the file's non-empty documents (Boot's "(document #N)") */
  index: number;
  /** from the first to the last character that belongs to the document */
  span: Span;
  /** every entry in file order, repeated names included */
  entries: SpringEntry[];
  activation: Activation;
}

export type SpringProblemCode =
  /** YAML Boot cannot load (SnakeYAML fails: the application does not start) */
  | 'yaml-syntax'
  /** a key twice in one YAML mapping (DuplicateKeyException: the application does not start); data.first = the first key's span */
  | 'yaml-duplicate-key'
  /** an explicit YAML tag SnakeYAML's SafeConstructor cannot construct (the application does not start) */
  | 'yaml-unknown-tag'
  /** a YAML key that is a mapping or a sequence (Boot binds it as `[...]`, nothing Kafka-related can match) */
  | 'yaml-complex-key'
  /** an alias inside the node it refers to: Boot's flattening recurses for ever (StackOverflowError); not followed here */
  | 'yaml-recursive-alias'
  /** aliases expand to more entries than this reader follows (a "billion laughs" document); the rest is not read */
  | 'yaml-expansion-limit'
  /** `\uXXXX` that is not four hex digits: Boot's loader throws, the application does not start */
  | 'properties-malformed-escape'
  /** a line Boot reads differently from java.util.Properties (an escaped # or ! opening a line is a comment for Boot) */
  | 'properties-escaped-comment'
  /** spring.profiles in a document (2.7: deprecated; 3.0+: start-up fails) */
  | 'legacy-profiles'
  /** on-profile and spring.profiles in one document (start-up fails on 2.7) */
  | 'legacy-profiles-conflict'
  /** a profile expression Spring cannot parse (start-up fails) */
  | 'profile-expression';

export interface SpringProblem {
  code: SpringProblemCode;
  span: Span;
  /** structured details for the message the rule layer writes (en/ko); never a secret value */
  data?: Record<string, unknown>;
}

export interface SpringSource {
  format: SpringFormat;
  text: string;
  documents: SpringDocument[];
  /** every comment (`#` / `!` for .properties, `#` for YAML), for `# kpc:` directives */
  comments: PropertyComment[];
  problems: SpringProblem[];
  /** offsets at which each physical line starts */
  lineStarts: number[];
}
