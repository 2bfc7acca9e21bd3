// From a version string a build file declares to what the checks can use: the Kafka line the catalog
// covers, or a note saying why there is none. And Spring Boot's dependency management: the
// kafka-clients version a Boot release pins, from the table in schemas/spring (never a second copy).
import { KAFKA_VERSIONS, LATEST_VERSION, resolveKafkaVersion, type KafkaVersion } from '#core';
// managed.ts alone: the table and its lookup (index.ts would bring every Spring fact into kpc's bundle).
import { MANAGED_RELEASES, managedRelease } from '../../../../schemas/spring/managed';
import { L, type Localized } from './fs';

export interface Coverage {
  /** What to check against: the version as declared (`3.6.1`) or its line (`3.6` for `3.6.+`). */
  kafkaVersion?: string;
  /** The catalog's line it falls in. */
  minor?: KafkaVersion;
  note?: Localized;
}

const RANGE = `${KAFKA_VERSIONS[0]} … ${LATEST_VERSION}`;

/** How a declared kafka-clients version (after property references are resolved) maps onto the catalog. */
export function coverKafkaVersion(raw: string): Coverage {
  const v = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v))) return covered(v, `${m[1]}.${m[2]}`);
  if ((m = /^(\d+)\.(\d+)\.(\d+)-(ccs|ce)$/i.exec(v))) {
    return { note: L('project.version.confluent', { version: v }) };
  }
  if ((m = /^(\d+)\.(\d+)\.(\d+)[-.]([A-Za-z][\w.-]*)$/.exec(v))) {
    const c = covered(`${m[1]}.${m[2]}.${m[3]}`, `${m[1]}.${m[2]}`);
    if (!c.minor) return c;
    return { ...c, note: L('project.version.qualifier', { version: v, kafka: String(c.kafkaVersion) }) };
  }
  if ((m = /^(\d+)\.(\d+)(?:\.[+*]|\+)?$/.exec(v))) {
    const c = covered(`${m[1]}.${m[2]}`, `${m[1]}.${m[2]}`);
    if (!c.minor || v === c.kafkaVersion) return c;
    return { ...c, note: L('project.version.dynamic', { version: v, minor: c.minor }) };
  }
  if (/^[[(]/.test(v)) return { note: L('project.version.range', { version: v }) };
  if (/^(\+|latest\.\w+)$/.test(v)) return { note: L('project.version.resolvedAtBuild', { version: v }) };
  return { note: L('project.version.notPublished', { version: clip(v) }) };
}

function covered(version: string, line: string): Coverage {
  const r = resolveKafkaVersion(version);
  if (r.ok) return { kafkaVersion: version, minor: r.version };
  const older = KAFKA_VERSIONS.indexOf(r.nearest?.version as KafkaVersion) === 0 && r.nearest?.relation === 'oldest';
  return {
    note: older
      ? L('project.version.older', { line, range: RANGE })
      : L('project.version.unknown', { line, range: RANGE }),
  };
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

export interface BootManaged {
  /** The kafka-clients version Boot's dependency management pins (`3.6.2`), or the line when only that is certain. */
  kafka?: string;
  /** Why there is none, or how it was inferred. */
  note?: Localized;
}

const lineOf = (release: string): string => release.split('.').slice(0, 2).join('.');

/**
 * The kafka-clients version a Spring Boot release manages (`spring-boot-dependencies`, read per tag;
 * schemas/spring/managed.ts). A release missing from the table gets its line's Kafka line only when
 * every release of that line in the table agrees on it; otherwise a note and no version.
 */
export function bootManagedKafka(boot: string): BootManaged {
  const exact = managedRelease(boot.trim());
  if (exact) {
    if (exact.kafka === null) return { note: L('project.boot.notManaged', { boot: exact.boot }) };
    return { kafka: exact.kafka };
  }
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[.-][\w.-]+)?$/.exec(boot.trim());
  if (!m) return { note: L('project.boot.notVersion', { boot: clip(boot) }) };
  const line = `${Number(m[1])}.${Number(m[2])}`;
  const ofLine = MANAGED_RELEASES.filter((x) => lineOf(x.boot) === line && !x.prerelease);
  const lines = new Set(ofLine.map((x) => (x.kafka === null ? 'none' : lineOf(x.kafka))));
  if (ofLine.length > 0 && lines.size === 1 && !lines.has('none')) {
    const kafkaLine = [...lines][0]!;
    return {
      kafka: kafkaLine,
      note: L('project.boot.notInTableLine', { boot: clip(boot), line, kafka: kafkaLine }),
    };
  }
  return { note: L('project.boot.notInTable', { boot: clip(boot) }) };
}
