// What an empty item (`a,,b`, a trailing `a,`) does in the list keys that name hosts or classes, in the
// versions where no validator refuses it. Items are split by listItems (parseValue.ts), exactly as
// ConfigDef.parseType does. From 4.2 these keys carry ConfigDef.ValidList (KIP-1161), which refuses an
// empty item: that is the key's rule in facts.ts (`noEmptyItems`), checked by invalid-value, not here.
// Before that:
// - bootstrap.servers skips empty entries (ClientUtils.parseAndValidateAddresses: `!url.isEmpty()`);
// - interceptor.classes / metric.reporters hand "" to AbstractConfig.getConfiguredInstances, which fails
//   with KafkaException "Class  cannot be found";
// - config.providers is split again by AbstractConfig with String.split(",") (no trim; trailing empties
//   dropped) and an unnamed provider is skipped.
import type { FactSource } from './sources';

export type EmptyItemOutcome =
  /** dropped without a word */
  | 'skipped'
  /** AbstractConfig tries to load a class named "" */
  | 'class-not-found';

export interface EmptyItemFact {
  outcome: EmptyItemOutcome;
  /** the exception, as Kafka words it */
  exception?: string;
  source: FactSource;
}

const READ_AT_TAGS = ['tag-2.8', 'tag-3.9', 'trunk-2024-10'] as const;
const SKIPPED_HOSTS: EmptyItemFact = { outcome: 'skipped', source: { refs: [...READ_AT_TAGS], confidence: 'source', note: 'clients/ClientUtils.java: parseAndValidateAddresses skips empty urls' } };
const NO_CLASS: EmptyItemFact = { outcome: 'class-not-found', exception: 'KafkaException: Class  cannot be found', source: { refs: [...READ_AT_TAGS], confidence: 'source', note: 'common/config/AbstractConfig.java: getConfiguredInstance(String) wraps the ClassNotFoundException of Class.forName("")' } };
const SPLIT_AGAIN: EmptyItemFact = { outcome: 'skipped', source: { refs: [...READ_AT_TAGS], confidence: 'source', note: 'common/config/AbstractConfig.java: instantiateConfigProviders splits config.providers with split(",") and skips a provider without config.providers.<name>.class' } };

/** Per list key: what an empty item does where the key's validator lets it through (every covered version before 4.2). */
export const EMPTY_LIST_ITEMS: Readonly<Record<string, EmptyItemFact>> = {
  'bootstrap.servers': SKIPPED_HOSTS,
  'interceptor.classes': NO_CLASS,
  'metric.reporters': NO_CLASS,
  'config.providers': SPLIT_AGAIN,
};
