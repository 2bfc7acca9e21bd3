// A handler that throws must not take the server down: log it (never document text: it may hold
// secrets) and answer the fallback.
import type { RemoteConsole } from 'vscode-languageserver';

export type LogError = (where: string, err: unknown) => void;

/** Logs messages and stacks only, to the client's output. */
export function errorLogger(console: RemoteConsole): LogError {
  return (where, err) => {
    const msg = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    try {
      console.error(`[kpc] ${where} failed: ${msg}`);
    } catch {
      // The connection is closed: there is nobody to tell.
    }
  };
}

/**
 * Sends something to the client. A timer or a late answer can fire after the client went away, when the
 * connection throws (synchronously) or the send fails: that is logged, never thrown, so it cannot take the
 * process down as an uncaught exception or an unhandled rejection.
 */
export function send(logError: LogError | undefined, where: string, fn: () => Promise<unknown>): void {
  try {
    fn().catch((err: unknown) => logError?.(where, err));
  } catch (err) {
    logError?.(where, err);
  }
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
