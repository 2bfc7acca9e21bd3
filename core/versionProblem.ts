// Why a Kafka version the user wrote (a `# kpc: kafka-version=` comment, a setting, --kafka-version, .kpc.json)
// cannot be used, in words: the catalog's resolveKafkaVersion says what is wrong as data.
import { KAFKA_VERSIONS, LATEST_VERSION, type VersionResolution } from '../schemas/catalog/index';
import type { Locale } from './locale';
import { message } from './messages/index';

const KEY = { malformed: 'version.malformed', newer: 'version.newer', uncovered: 'version.uncovered' } as const;

/** The problem of a version the catalog refused, in `locale`, with the versions it covers. */
export function versionProblem(locale: Locale, r: Extract<VersionResolution, { ok: false }>): string {
  const list = message(locale, 'version.list', { versions: KAFKA_VERSIONS.join(', '), latest: LATEST_VERSION });
  return message(locale, KEY[r.problem], { input: r.input, latest: LATEST_VERSION, list });
}
