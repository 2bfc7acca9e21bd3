// Messages between the extension host (client/src/preview) and the preview webview. Plain data only.
import type { SimulatorInput } from '#core';

/**
 * Host → webview: the active producer config as the simulator input (core's SimulatorInput: its target and
 * the values of the keys the simulator reads, never a secret), from the language server or, when it cannot
 * answer, read from the text by the same function.
 */
export interface ConfigMessage extends Omit<SimulatorInput, 'kafkaVersion'> {
  type: 'config';
  uri: string;
  fileName: string;
  /** A covered version ('3.9'); a state saved by an older preview may hold a setting ('latest', '3.6.1'). */
  kafkaVersion: string;
  source: 'server' | 'local';
}
export interface NoConfigMessage { type: 'noConfig'; reason: string }
export type HostMessage = ConfigMessage | NoConfigMessage;

/** Webview → host. */
export interface ApplyMessage { type: 'apply'; uri: string; changes: { key: string; value: string }[] }
export interface ReadyMessage { type: 'ready' }
export type WebviewMessage = ApplyMessage | ReadyMessage;

export interface ScenarioForm {
  records: number;
  ratePerSec: number;
  valueBytes: number;
  partitions: number;
  brokers: number;
  /** racks the brokers are spread over (broker b in rack b % racks); 1 = no rack information */
  racks: number;
  /** the rack the producer runs in (the file's client.rack is taken to name it) */
  clientRack: number;
  keys: 'null' | 'uniform' | 'skewed';
  keyCount: number;
  lostAckPct: number;
  requestFailurePct: number;
  brokerDownMs: number;
  /** -1: the broker restarts with its log; otherwise leadership moves to the other brokers this long after the crash */
  failoverMs: number;
  replicationMs: number;
  seed: number;
}

export const DEFAULT_FORM: ScenarioForm = {
  records: 25_000, ratePerSec: 50_000, valueBytes: 200, partitions: 6, brokers: 3, racks: 3, clientRack: 0,
  keys: 'null', keyCount: 100, lostAckPct: 0, requestFailurePct: 0, brokerDownMs: 0, failoverMs: -1, replicationMs: 1, seed: 1,
};

/** What the webview keeps across reloads (vscode.setState; restored by the panel serializer). */
export interface PersistedState {
  form: ScenarioForm;
  whatIf: string;
  custom: string;
  view: 'charts' | 'table';
  config?: ConfigMessage;
}
