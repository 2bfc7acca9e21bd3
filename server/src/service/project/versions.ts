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
    return { note: L(`kafka-clients ${v} is a Confluent Platform build, numbered by Confluent's releases; which Apache Kafka line it is, is not read here`, `kafka-clients ${v}는 Confluent Platform 빌드로, 번호가 Confluent 릴리스 기준입니다. 어느 Apache Kafka 버전인지는 여기서 읽지 않습니다`) };
  }
  if ((m = /^(\d+)\.(\d+)\.(\d+)[-.]([A-Za-z][\w.-]*)$/.exec(v))) {
    const c = covered(`${m[1]}.${m[2]}.${m[3]}`, `${m[1]}.${m[2]}`);
    if (!c.minor) return c;
    return { ...c, note: L(`the qualifier of ${v} is ignored: checked as Kafka ${c.kafkaVersion}`, `${v}의 접미사는 무시하고 Kafka ${c.kafkaVersion}로 검사합니다`) };
  }
  if ((m = /^(\d+)\.(\d+)(?:\.[+*]|\+)?$/.exec(v))) {
    const c = covered(`${m[1]}.${m[2]}`, `${m[1]}.${m[2]}`);
    if (!c.minor || v === c.kafkaVersion) return c;
    return { ...c, note: L(`${v} is a dynamic version: checked as Kafka ${c.minor} (its latest patch)`, `${v}는 동적 버전입니다: Kafka ${c.minor}(최신 패치)로 검사합니다`) };
  }
  if (/^[[(]/.test(v)) return { note: L(`kafka-clients ${v} is a version range; which release the build resolves is not known without running it`, `kafka-clients ${v}는 버전 범위입니다. 빌드를 실행하지 않고는 어느 릴리스로 정해질지 알 수 없습니다`) };
  if (/^(\+|latest\.\w+)$/.test(v)) return { note: L(`kafka-clients ${v} is resolved when the build runs; it is not known here`, `kafka-clients ${v}는 빌드를 실행할 때 정해지므로 여기서는 알 수 없습니다`) };
  return { note: L(`'${clip(v)}' is not a version kafka-clients is published with`, `'${clip(v)}'는 kafka-clients가 배포되는 버전 형식이 아닙니다`) };
}

function covered(version: string, line: string): Coverage {
  const r = resolveKafkaVersion(version);
  if (r.ok) return { kafkaVersion: version, minor: r.version };
  const older = KAFKA_VERSIONS.indexOf(r.nearest?.version as KafkaVersion) === 0 && r.nearest?.relation === 'oldest';
  return {
    note: older
      ? L(`Kafka ${line} is older than the versions this extension knows (${RANGE})`, `Kafka ${line}는 이 확장이 아는 버전(${RANGE})보다 오래되었습니다`)
      : L(`Kafka ${line} is not one of the versions this extension knows (${RANGE})`, `Kafka ${line}는 이 확장이 아는 버전(${RANGE})이 아닙니다`),
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
    if (exact.kafka === null) return { note: L(`Spring Boot ${exact.boot} does not manage kafka-clients (it comes with spring-kafka's own dependencies)`, `Spring Boot ${exact.boot}는 kafka-clients 버전을 관리하지 않습니다(spring-kafka의 의존성으로 들어옵니다)`) };
    return { kafka: exact.kafka };
  }
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[.-][\w.-]+)?$/.exec(boot.trim());
  if (!m) return { note: L(`'${clip(boot)}' is not a Spring Boot version`, `'${clip(boot)}'는 Spring Boot 버전이 아닙니다`) };
  const line = `${Number(m[1])}.${Number(m[2])}`;
  const ofLine = MANAGED_RELEASES.filter((x) => lineOf(x.boot) === line && !x.prerelease);
  const lines = new Set(ofLine.map((x) => (x.kafka === null ? 'none' : lineOf(x.kafka))));
  if (ofLine.length > 0 && lines.size === 1 && !lines.has('none')) {
    const kafkaLine = [...lines][0]!;
    return {
      kafka: kafkaLine,
      note: L(`Spring Boot ${clip(boot)} is not in the table of managed versions; every Boot ${line} release in it manages Kafka ${kafkaLine}`, `Spring Boot ${clip(boot)}는 관리 버전 표에 없습니다. 표의 모든 Boot ${line} 릴리스가 Kafka ${kafkaLine}를 관리합니다`),
    };
  }
  return { note: L(`Spring Boot ${clip(boot)} is not in the table of managed versions, so the kafka-clients version it pins is not known`, `Spring Boot ${clip(boot)}는 관리 버전 표에 없어 어떤 kafka-clients 버전을 고정하는지 알 수 없습니다`) };
}
