// Runs the extension-host integration suite (test/e2e/suite/, bundled to EXT_TESTS_PATH) inside
// code-server's real Node extension host: the workbench is opened with the URL payload
// extensionDevelopmentPath + extensionTestsPath (what VS Code web uses for "Run Extension Tests"),
// the suite's console lines come back through window.codeAutomationLog and its exit code through
// window.codeAutomationExit. Env: CODE_SERVER_URL, WORKSPACE, EXT_DEV_PATH, EXT_TESTS_PATH, OUT_DIR,
// CHROMIUM, TEST_TIMEOUT_MS (default 180000).
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, OUT_DIR } from './harness';

async function main(): Promise<number> {
  const base = process.env.CODE_SERVER_URL ?? '';
  const host = new URL(base).host;
  const remote = (p: string): string => `vscode-remote://${host}${resolve(p)}`;
  const payload = [['extensionDevelopmentPath', remote(process.env.EXT_DEV_PATH ?? '')], ['extensionTestsPath', remote(process.env.EXT_TESTS_PATH ?? '')]];
  // WORKSPACE is a folder, or a .code-workspace file for a multi-root window.
  const ws = resolve(process.env.WORKSPACE ?? '');
  const url = `${base}/?${ws.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const { page, close } = await launch();
  const logFile = createWriteStream(join(OUT_DIR, 'exthost.log'));
  let passed = 0; let failed = 0; let skipped = 0;
  let done!: (code: number | string) => void;
  const exited = new Promise<number | string>((r) => (done = r));
  await page.exposeFunction('codeAutomationExit', (code: number) => done(code));
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
    const line = (args ?? []).map(String).join(' ');
    logFile.write(`${line}\n`);
    // the suite prints "ok    exthost › …", "FAIL  exthost › …", "SKIP  exthost › …"
    const m = /^(ok|FAIL|SKIP)\s+exthost › /.exec(line);
    if (m) { console.log(line); if (m[1] === 'ok') passed++; else if (m[1] === 'FAIL') failed++; else skipped++; }
  });
  page.on('console', (m) => logFile.write(`[browser ${m.type()}] ${m.text()}\n`));
  const t0 = Date.now();
  await page.goto(url);
  const timeout = Number(process.env.TEST_TIMEOUT_MS ?? 180_000);
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([exited, new Promise<string>((r) => { timer = setTimeout(() => r('timeout'), timeout); })]);
  clearTimeout(timer);
  console.log(`extension host suite exit code: ${code} after ${Date.now() - t0} ms (log: ${join(OUT_DIR, 'exthost.log')})`);
  if (code !== 0) {
    await page.screenshot({ path: join(OUT_DIR, 'FAIL-exthost.png') }).catch(() => undefined);
    if (failed === 0) failed++; // crashed or timed out: count it
  }
  await close();
  logFile.end();
  console.log(`summary exthost: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed;
}

main().then((f) => { process.exitCode = f ? 1 : 0; }, (e) => { console.error(e); console.log('summary exthost: 0 passed, 1 failed, 0 skipped'); process.exitCode = 2; });
