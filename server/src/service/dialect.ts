// Which kind of file a document is: a Kafka producer config (`kafka`, java.util.Properties) or a
// Spring Boot configuration file whose spring.kafka.* part is ours (`spring`). Decided from the
// document's language id and name, once, for the editor and for kpc.
import { LANGUAGE_ID, SPRING_LANGUAGE_IDS } from '#core';
import { springFileInfo } from './spring/files';

export type Dialect = 'kafka' | 'spring';

export { SPRING_LANGUAGE_IDS };

export interface DocumentInfo {
  /** a path or URI: its last segment's name counts */
  uri?: string;
  languageId?: string;
}

/** The dialect of a document: Spring Boot for application*.properties / application*.yml|yaml and for YAML; else a producer config. */
export function dialectOf(doc: DocumentInfo): Dialect {
  const last = (doc.uri ?? '').split(/[\\/]/).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a malformed escape: the name as written
  }
  if (doc.languageId === LANGUAGE_ID) return 'kafka';
  if (springFileInfo(name)) return 'spring';
  if (doc.languageId === 'yaml' || doc.languageId === 'spring-boot-properties-yaml' || /\.ya?ml$/i.test(name)) return 'spring';
  if (doc.languageId === 'spring-boot-properties') return 'spring';
  return 'kafka';
}
