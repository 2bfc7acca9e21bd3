// Tests that need something outside Node (a JDK, Chromium, a built bundle) declare it here.
// On a developer machine a missing tool skips the test with the reason (the runner counts skips);
// under CI (env CI set to anything but '', '0' or 'false', or KPC_REQUIRE_TOOLS=1) a missing tool
// is a failure, so a CI run can never go green by quietly not testing.
import { test, type TestFn } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return (ci !== '' && ci !== '0' && ci !== 'false') || env.KPC_REQUIRE_TOOLS === '1';
}

/** Whether `cmd args` runs and exits 0 (e.g. `java -version`). */
export function hasCommand(cmd: string, args: string[] = ['-version']): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/**
 * `test(name, fn)` when `available`; otherwise a skip with `what` as the reason, or, under CI, a test
 * that fails saying what is missing.
 */
export function testNeeding(what: string, available: boolean, name: string, fn: TestFn): void {
  if (available) test(name, fn);
  else if (underCi()) test(name, () => assert.fail(`${what} is required under CI but is not available; install it or unset CI`));
  else test(name, { skip: `${what} is not available (under CI this fails)` }, fn);
}
