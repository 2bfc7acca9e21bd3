// A handler that throws must not take the server down: log it (never document text: it may hold
// secrets) and answer the fallback.
import type { RemoteConsole } from 'vscode-languageserver';

export type LogError = (where: string, err: unknown) => void;

/** Logs messages and stacks only, to the client's output. */
export function errorLogger(console: RemoteConsole): LogError {
  return (where, err) => {
    const msg = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    console.error(`[kpc] ${where} failed: ${msg}`);
  };
}

/** Runs `fn`; on any exception logs it and returns the fallback. */
export function safe<T>(logError: LogError, where: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    logError(where, err);
    return fallback;
  }
}
