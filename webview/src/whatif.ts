// What-if variants: the current file plus a few overrides.

export interface WhatIfPreset { id: string; label: string; labelKo: string; changes: Record<string, string> }

export const WHAT_IF_PRESETS: readonly WhatIfPreset[] = [
  { id: 'linger-lz4', label: 'linger.ms=10 + lz4', labelKo: 'linger.ms=10 + lz4', changes: { 'linger.ms': '10', 'compression.type': 'lz4' } },
  { id: 'idempotence', label: 'idempotence on (acks=all)', labelKo: '멱등성 켜기 (acks=all)', changes: { 'enable.idempotence': 'true', acks: 'all', 'max.in.flight.requests.per.connection': '5' } },
  { id: 'big-batch', label: 'batch.size=64 KiB + linger.ms=20', labelKo: 'batch.size=64 KiB + linger.ms=20', changes: { 'batch.size': '65536', 'linger.ms': '20' } },
  { id: 'acks1', label: 'acks=1, no idempotence', labelKo: 'acks=1, 멱등성 없음', changes: { acks: '1', 'enable.idempotence': 'false' } },
  { id: 'round-robin', label: 'RoundRobinPartitioner', labelKo: 'RoundRobinPartitioner', changes: { 'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner' } },
  { id: 'rack-aware', label: 'rack-aware partitioning (Kafka 4.4+; needs client.rack)', labelKo: '랙 인식 파티셔닝 (Kafka 4.4+, client.rack 필요)', changes: { 'partitioner.rack.aware': 'true' } },
  { id: 'custom', label: 'custom (key=value lines)', labelKo: '직접 입력 (key=value 줄)', changes: {} },
];

const KEY_RE = /^[a-z0-9]+(\.[a-z0-9]+)*$/;

/** key=value lines → changes; lines that are not key=value are reported. */
export function parseCustom(text: string, ko = false): { changes: Record<string, string>; errors: string[] } {
  const changes: Record<string, string> = {};
  const errors: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (!m || !KEY_RE.test(m[1]!)) { errors.push(ko ? `key=value 형식이 아님: ${line.slice(0, 60)}` : `not key=value: ${line.slice(0, 60)}`); continue; }
    if (m[2]!.length > 500) { errors.push(ko ? `${m[1]}의 값이 너무 깁니다` : `value too long for ${m[1]}`); continue; }
    changes[m[1]!] = m[2]!.trim();
  }
  return { changes, errors };
}

/** The changes a variant makes relative to the file (keys whose value already matches are left out). */
export function effectiveChanges(current: Record<string, string>, changes: Record<string, string>): { key: string; value: string }[] {
  return Object.entries(changes).filter(([k, v]) => current[k] !== v).map(([key, value]) => ({ key, value }));
}
