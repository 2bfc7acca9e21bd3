// List values as Kafka reads them, item by item, and what each version does with an empty item
// (`a,,b`, a trailing `a,`) in the list keys that name hosts or classes.
// ConfigDef.parseType LIST (2.8.0 … trunk): trim, then split on `\s*,\s*` with limit -1, so empty items
// are kept, a trailing comma included. What happens to them:
// - 2.8–4.1: bootstrap.servers skips empty entries (ClientUtils.parseAndValidateAddresses: `!url.isEmpty()`);
//   interceptor.classes / metric.reporters hand "" to AbstractConfig.getConfiguredInstances, which fails
//   with KafkaException "Class  cannot be found"; config.providers is split again by AbstractConfig with
//   String.split(",") (no trim; trailing empties dropped) and an unnamed provider is skipped.
// - 4.2+ (KIP-1161): these four keys use ConfigDef.ValidList, which refuses an empty item with
//   ConfigException "Configuration '<key>' values must not be empty." (read in a post-KIP-1161 trunk copy of
//   ConfigDef/ProducerConfig by the 4.x research pass; not read at a 4.2 tag: inferred for 4.2.0).
import type { FactSource, KafkaVersion } from './model';

export interface ListItem {
  /** the item as Kafka sees it (no surrounding whitespace) */
  text: string;
  /** offsets of the item in the raw value (an empty item: where it would be) */
  start: number;
  end: number;
}

const WS = /[ \t\n\x0B\f\r]/;
/** The items of a LIST value with their offsets in `raw`, split exactly as ConfigDef does (see parseJavaList). */
export function listItems(raw: string): ListItem[] {
  let a = 0;
  let b = raw.length;
  while (a < b && raw.charCodeAt(a) <= 0x20) a++;
  while (b > a && raw.charCodeAt(b - 1) <= 0x20) b--;
  if (a === b) return [];
  const out: ListItem[] = [];
  let start = a;
  for (let i = a; i <= b; i++) {
    if (i === b || raw[i] === ',') {
      let s = start;
      let e = i;
      while (s < e && WS.test(raw[s]!)) s++;
      while (e > s && WS.test(raw[e - 1]!)) e--;
      out.push({ text: raw.slice(s, e), start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

export type EmptyItemOutcome =
  /** dropped without a word */
  | 'skipped'
  /** AbstractConfig tries to load a class named "" */
  | 'class-not-found'
  /** ConfigDef.ValidList refuses it */
  | 'rejected';

export interface EmptyItemFact {
  from: KafkaVersion;
  outcome: EmptyItemOutcome;
  /** the exception, as Kafka words it (with <key> for the key) */
  exception?: string;
  source: FactSource;
}

const SKIPPED_HOSTS: EmptyItemFact = { from: '2.8', outcome: 'skipped', source: { where: 'github:apache/kafka@2.8.0 clients/src/main/java/org/apache/kafka/clients/ClientUtils.java', read: 'src', note: 'parseAndValidateAddresses skips empty urls; the same at 3.9.0-rc3 and trunk 1eb7644349cb' } };
const NO_CLASS: EmptyItemFact = { from: '2.8', outcome: 'class-not-found', exception: 'KafkaException: Class  cannot be found', source: { where: 'github:apache/kafka@2.8.0 clients/src/main/java/org/apache/kafka/common/config/AbstractConfig.java', read: 'src', note: 'getConfiguredInstance(String) wraps the ClassNotFoundException of Class.forName(""); the same at 3.9.0-rc3 and trunk' } };
const SPLIT_AGAIN: EmptyItemFact = { from: '2.8', outcome: 'skipped', source: { where: 'github:apache/kafka@2.8.0 clients/src/main/java/org/apache/kafka/common/config/AbstractConfig.java', read: 'src', note: 'instantiateConfigProviders: configProviders.split(",") and a provider without config.providers.<name>.class is skipped' } };
const VALID_LIST: EmptyItemFact = { from: '4.2', outcome: 'rejected', exception: "ConfigException: Configuration '<key>' values must not be empty.", source: { where: 'KIP-1161; ConfigDef.ValidList.anyNonDuplicateValues in ProducerConfig (post-KIP-1161 trunk copy; 4.2.0 upgrade notes: "stricter validation" of LIST configs)', read: 'inferred' } };

/** Per list key: what an empty item does, from each version on. */
export const EMPTY_LIST_ITEMS: Readonly<Record<string, readonly EmptyItemFact[]>> = {
  'bootstrap.servers': [SKIPPED_HOSTS, VALID_LIST],
  'interceptor.classes': [NO_CLASS, VALID_LIST],
  'metric.reporters': [NO_CLASS, VALID_LIST],
  'config.providers': [SPLIT_AGAIN, VALID_LIST],
};
