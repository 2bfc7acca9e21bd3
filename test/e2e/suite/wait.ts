// Condition waits shared by the extension-host suite (index.ts) and the Fix All probe (fixAllProbe.ts).
import * as vscode from 'vscode';

export const TIMEOUT = 30_000;

/** Polls `get` until `pred` holds; throws after `timeout` ms with the last value seen. */
export async function waitFor<T>(what: string, get: () => T | Promise<T>, pred: (v: T) => boolean, timeout = TIMEOUT): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await get();
    if (pred(last)) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${describe(last)}`);
    await new Promise((r) => setTimeout(r, 100)); // polling interval of a condition wait
  }
}

export function describe(v: unknown): string {
  try { return JSON.stringify(v, (_k, x) => (x instanceof vscode.Uri ? x.toString() : x))?.slice(0, 400) ?? String(v); } catch { return String(v); }
}

/** Errors and warnings (Kafka ignores unknown keys, so those are warnings); information/hints excluded. */
export function problemsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
}
