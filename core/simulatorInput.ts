// What the simulator gets from a producer config: the target and the file's values of the keys the
// simulator reads (SIMULATOR_KEYS holds no secret, so nothing secret leaves the host). Built by one
// function for the preview (over LSP, or from the text when the server cannot answer) and `kpc simulate`;
// the simulator turns it into the producer model (server/src/simulator/settings.ts).
import type { KafkaVersion } from '../schemas/catalog/index';
import { lastWins, parseProperties } from './properties/parse';
import type { ParsedProperties } from './properties/types';
import { readDirectives } from './directives';
import { resolveTarget, type Client, type Target } from './target';

/**
 * The keys the simulator reads. Only these ever leave the extension host for the preview webview, so no
 * secret (passwords, sasl.jaas.config, ssl.key*) can reach it.
 */
export const SIMULATOR_KEYS = [
  'batch.size', 'linger.ms', 'buffer.memory', 'max.block.ms', 'max.request.size', 'compression.type', 'acks', 'retries',
  'retry.backoff.ms', 'retry.backoff.max.ms', 'request.timeout.ms', 'delivery.timeout.ms', 'max.in.flight.requests.per.connection',
  'enable.idempotence', 'transactional.id', 'partitioner.class', 'partitioner.ignore.keys',
  'partitioner.adaptive.partitioning.enable', 'partitioner.availability.timeout.ms', 'reconnect.backoff.ms',
  'partitioner.rack.aware', 'client.rack',
] as const;

export type SimulatorKey = (typeof SIMULATOR_KEYS)[number];

export interface SimulatorInput {
  kafkaVersion: KafkaVersion;
  /** Patch number when the target has one (3.0.0 and 3.1.0 decide idempotence differently). */
  patch?: number;
  client: Client;
  /** The file's explicit values (last occurrence wins) of SIMULATOR_KEYS only. */
  values: Record<string, string>;
}

/** The simulator input of a parsed file checked for `target`. */
export function simulatorInput(parsed: Pick<ParsedProperties, 'entries'>, target: Target): SimulatorInput {
  const last = lastWins(parsed);
  const values: Record<string, string> = {};
  for (const k of SIMULATOR_KEYS) {
    const v = last.get(k);
    if (v !== undefined) values[k] = v.value;
  }
  return { kafkaVersion: target.version, ...(target.patch !== undefined ? { patch: target.patch } : {}), client: target.client, values };
}

/** The same from the text and the settings the file is checked with (its `kpc:` comments win, as in the analysis). */
export function simulatorInputFromText(text: string, settings: { kafkaVersion?: string; client?: string }): SimulatorInput {
  const parsed = parseProperties(text);
  return simulatorInput(parsed, resolveTarget(settings, readDirectives(parsed)).target);
}

/** The target a simulator input is for. */
export function inputTarget(input: Pick<SimulatorInput, 'kafkaVersion' | 'patch' | 'client'>): Target {
  return { version: input.kafkaVersion, client: input.client, ...(input.patch !== undefined ? { patch: input.patch } : {}) };
}
