// kpc partition --partitions N KEY... [--locale en|ko]
// One JSON line per key: {"key","murmur2","partition"}, computed exactly as Kafka's built-in partitioner does
// for a String key serialized as UTF-8: toPositive(murmur2(bytes)) % N.
import { hostMessage, type Locale } from '#core';
import { murmur2, toPositive, utf8 } from '../simulator/index';
import { argvLocale, localeOption, parseCommandLine } from './options';

export const partitionUsage = (locale: Locale): string => hostMessage(locale, 'partition.usage');

export function runPartition(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  const lang = argvLocale(argv);
  const usageError = (msg: string): number => {
    err(`kpc partition: ${msg}\n${partitionUsage(lang)}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseCommandLine(argv, { partitions: { type: 'string', short: 'p' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, lang);
    localeOption(parsed.values.locale);
  } catch (msg) {
    return usageError(String(msg));
  }
  if (parsed.values.help) { out(partitionUsage(lang)); return 0; }
  const v = parsed.values.partitions;
  if (v === undefined) return usageError(hostMessage(lang, 'partition.err.required'));
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || Number(v) > 1_000_000) return usageError(hostMessage(lang, 'partition.err.partitions', { value: v }));
  const partitions = Number(v);
  const keys = parsed.positionals;
  if (keys.length === 0) return usageError(hostMessage(lang, 'partition.err.noKeys'));
  for (const key of keys) {
    const h = murmur2(utf8(key));
    out(`${JSON.stringify({ key, murmur2: h, partition: toPositive(h) % partitions })}\n`);
  }
  return 0;
}
