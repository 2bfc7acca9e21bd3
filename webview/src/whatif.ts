// What-if variants: the current file plus a few overrides.
import { message, type MessageKey } from '#core';

export interface WhatIfPreset { id: string; label: MessageKey; changes: Record<string, string> }

export const WHAT_IF_PRESETS: readonly WhatIfPreset[] = [
  { id: 'linger-lz4', label: 'webview.whatIf.lingerLz4', changes: { 'linger.ms': '10', 'compression.type': 'lz4' } },
  { id: 'idempotence', label: 'webview.whatIf.idempotence', changes: { 'enable.idempotence': 'true', acks: 'all', 'max.in.flight.requests.per.connection': '5' } },
  { id: 'big-batch', label: 'webview.whatIf.bigBatch', changes: { 'batch.size': '65536', 'linger.ms': '20' } },
  { id: 'acks1', label: 'webview.whatIf.acks1', changes: { acks: '1', 'enable.idempotence': 'false' } },
  { id: 'round-robin', label: 'webview.whatIf.roundRobin', changes: { 'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner' } },
  { id: 'rack-aware', label: 'webview.whatIf.rackAware', changes: { 'partitioner.rack.aware': 'true' } },
  { id: 'custom', label: 'webview.whatIf.custom', changes: {} },
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
    if (!m || !KEY_RE.test(m[1]!)) { errors.push(message(ko ? 'ko' : 'en', 'webview.notKeyValue', { line: line.slice(0, 60) })); continue; }
    if (m[2]!.length > 500) { errors.push(message(ko ? 'ko' : 'en', 'webview.valueTooLong', { key: m[1]! })); continue; }
    changes[m[1]!] = m[2]!.trim();
  }
  return { changes, errors };
}

/** The changes a variant makes relative to the file (keys whose value already matches are left out). */
export function effectiveChanges(current: Record<string, string>, changes: Record<string, string>): { key: string; value: string }[] {
  return Object.entries(changes).filter(([k, v]) => current[k] !== v).map(([key, value]) => ({ key, value }));
}
