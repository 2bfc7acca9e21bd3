// kpc partition --partitions N KEY...
// One JSON line per key: {"key","murmur2","partition"}, computed exactly as Kafka's built-in partitioner does
// for a String key serialized as UTF-8: toPositive(murmur2(bytes)) % N.
import { hostMessage, type Locale } from '#core';
import { murmur2, toPositive, utf8 } from '../simulator/index';
import { parseCommandLine } from './options';

const partitionUsage = (locale: Locale): string => hostMessage(locale, 'partition.usage');
export const PARTITION_USAGE = partitionUsage('en');

export function runPartition(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  let parsed;
  try {
    parsed = parseCommandLine(argv, { partitions: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } });
  } catch (msg) {
    err(`kpc partition: ${String(msg)}\n${PARTITION_USAGE}`);
    return 2;
  }
  if (parsed.values.help) { out(PARTITION_USAGE); return 0; }
  const v = parsed.values.partitions;
  if (v === undefined) { err(`kpc partition: ${hostMessage('en', 'partition.err.required')}\n${PARTITION_USAGE}`); return 2; }
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || Number(v) > 1_000_000) {
    err(`kpc partition: ${hostMessage('en', 'partition.err.partitions', { value: v })}\n${PARTITION_USAGE}`);
    return 2;
  }
  const partitions = Number(v);
  const keys = parsed.positionals;
  if (keys.length === 0) { err(`kpc partition: ${hostMessage('en', 'partition.err.noKeys')}\n${PARTITION_USAGE}`); return 2; }
  for (const key of keys) {
    const h = murmur2(utf8(key));
    out(`${JSON.stringify({ key, murmur2: h, partition: toPositive(h) % partitions })}\n`);
  }
  return 0;
}
