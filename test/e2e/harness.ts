// Small harness for driving a real VS Code (code-server) in Debian's Chromium with playwright-core.
// Every wait is on a condition (selector state or text predicate) with a >= 30 s timeout; no sleeps.
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const STEP_TIMEOUT = Number(process.env.STEP_TIMEOUT_MS ?? 30_000);
export const OUT_DIR = process.env.OUT_DIR ?? join(process.cwd(), 'test-results', 'e2e');
mkdirSync(OUT_DIR, { recursive: true });

export class Skip extends Error {}

export interface Outcome { name: string; status: 'ok' | 'fail' | 'skip'; ms: number; info?: string; error?: string; screenshot?: string }

/** Runs named journeys in order, printing one line each and a final summary line. */
export class Runner {
  readonly outcomes: Outcome[] = [];
  private readonly t0 = Date.now();
  constructor(private readonly suite: string) {}

  async run(name: string, fn: () => Promise<string | void>, onFail?: (slug: string) => Promise<string | undefined>): Promise<boolean> {
    const s = Date.now();
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    try {
      const info = (await fn()) ?? undefined;
      this.outcomes.push({ name, status: 'ok', ms: Date.now() - s, info });
      console.log(`ok    ${this.suite} › ${name} (${Date.now() - s} ms)${info ? ` — ${info}` : ''}`);
      return true;
    } catch (e) {
      const msg = oneLine(e);
      if (e instanceof Skip) {
        this.outcomes.push({ name, status: 'skip', ms: Date.now() - s, error: msg });
        console.log(`SKIP  ${this.suite} › ${name}: ${msg}`);
        return false;
      }
      const screenshot = onFail ? await onFail(`FAIL-${slug}`).catch(() => undefined) : undefined;
      this.outcomes.push({ name, status: 'fail', ms: Date.now() - s, error: msg, screenshot });
      console.log(`FAIL  ${this.suite} › ${name} (${Date.now() - s} ms): ${msg}${screenshot ? ` [${screenshot}]` : ''}`);
      return false;
    }
  }

  finish(): number {
    const count = (st: Outcome['status']): number => this.outcomes.filter((o) => o.status === st).length;
    writeFileSync(join(OUT_DIR, `${this.suite}.json`), JSON.stringify({ total_ms: Date.now() - this.t0, outcomes: this.outcomes }, null, 2));
    console.log(`summary ${this.suite}: ${count('ok')} passed, ${count('fail')} failed, ${count('skip')} skipped (${((Date.now() - this.t0) / 1000).toFixed(1)} s)`);
    return count('fail');
  }
}

export function oneLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n').filter((l) => l.trim()).slice(0, 3).join(' | ').slice(0, 400);
}

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch(locale = 'en-US'): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'kpc-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale,
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT);
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls a locator's text until `pred` holds; returns it. Throws with the last text seen. */
export async function waitText(locator: Locator, pred: RegExp | ((t: string) => boolean), timeout = STEP_TIMEOUT): Promise<string> {
  const test = typeof pred === 'function' ? pred : (t: string): boolean => pred.test(t);
  const end = Date.now() + timeout;
  let last = '';
  for (;;) {
    last = (await locator.first().innerText({ timeout: 1000 }).catch(() => '')) ?? '';
    if (test(last)) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${String(pred)}; last text: ${JSON.stringify(last.replace(/\s+/g, ' ').slice(0, 300))}`);
    await new Promise((r) => setTimeout(r, 150)); // poll interval of a condition wait, not a sleep-for-time
  }
}

/** Polls an async value until `pred` holds. */
export async function waitFor<T>(what: string, get: () => Promise<T>, pred: (v: T) => boolean, timeout = STEP_TIMEOUT): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let lastErr = '';
  for (;;) {
    try { last = await get(); lastErr = ''; if (pred(last)) return last; } catch (e) { lastErr = oneLine(e); }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${lastErr || JSON.stringify(last)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function squash(s: string): string { return s.replace(/\s+/g, ' ').trim(); }

// ---- VS Code workbench helpers -------------------------------------------------------------

export class Workbench {
  /** `workspace` = absolute path of the opened folder; files are addressed relative to it. */
  constructor(readonly page: Page, readonly workspace: string) {}

  async shot(name: string): Promise<string> {
    const p = join(OUT_DIR, `${name}.png`);
    await this.page.screenshot({ path: p });
    return p;
  }

  async open(baseUrl: string, folder: string): Promise<void> {
    await this.page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`);
    await this.page.locator('.monaco-workbench').waitFor();
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  }

  editor(relPath: string): Locator {
    return this.page.locator(`.editor-instance .monaco-editor[data-uri$="${this.workspace}/${relPath}"]`);
  }

  /** Quick Open (Ctrl+P) a workspace-relative path; waits until it is the active editor. */
  async openFile(relPath: string): Promise<Locator> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    // an absolute path gives exactly one result, whatever other files share the name; wait until the
    // list shows only it (the list first shows stale "recently opened" rows while it filters)
    await input.fill(`${this.workspace}/${relPath}`);
    const base = relPath.split('/').pop() ?? relPath;
    const dir = relPath.includes('/') ? relPath.split('/').slice(-2, -1)[0]! : '';
    await waitFor(`Quick Open to list only ${relPath}`, () => this.page.locator('.quick-input-list .monaco-list-row').evaluateAll(
      (els) => els.map((e) => `${e.classList.contains('focused') ? '*' : ''}${e.getAttribute('aria-label') ?? ''}`)),
    (rows) => rows.length === 1 && rows[0]!.startsWith(`*${base}`) && rows[0]!.includes(dir));
    await this.page.keyboard.press('Enter');
    const ed = this.editor(relPath);
    await ed.locator('.view-lines').waitFor();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    return ed;
  }

  async languageMode(): Promise<string> {
    return waitText(this.page.locator('#status\\.editor\\.mode'), (t) => t.trim().length > 0);
  }

  /** Runs a command by its palette title (F1). */
  async command(title: string | RegExp): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${typeof title === 'string' ? title : title.source.replace(/\\/g, '')}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor();
    await row.click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Problems counts from the status bar item (its aria-label lists only the non-zero kinds, e.g. "Warnings: 3, Infos: 1"). */
  async problemCounts(): Promise<{ errors: number; warnings: number; infos: number; label: string }> {
    const item = this.page.locator('#status\\.problems').first();
    const label = ((await item.getAttribute('aria-label')) ?? '').trim();
    if (!label) throw new Error('no Problems item in the status bar');
    const n = (re: RegExp): number => Number(re.exec(label)?.[1] ?? 0);
    return { errors: n(/Errors?:\s*(\d+)/i), warnings: n(/Warnings?:\s*(\d+)/i), infos: n(/Infos?:\s*(\d+)/i), label };
  }

  /** Line numbers (1-based, as shown in the gutter) whose row carries an overlay decoration with class `cls`
   *  (e.g. squiggly-error, squiggly-warning, or "squiggly" for any severity). Matched by vertical position,
   *  so view zones (code lenses, inlay lines) do not shift the mapping. */
  async decoratedLines(ed: Locator, cls: string): Promise<number[]> {
    return ed.evaluate((root, c) => {
      const numbers = Array.from(root.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')).map((el) => {
        const r = el.getBoundingClientRect();
        return { n: Number((el.textContent ?? '').trim()), mid: r.top + r.height / 2, h: r.height };
      }).filter((x) => Number.isFinite(x.n) && x.n > 0);
      const seen = new Set<number>();
      for (const el of Array.from(root.querySelectorAll<HTMLElement>(`.view-overlays div[class*="${c}"]`))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const mid = r.top + r.height / 2;
        const hit = numbers.find((x) => Math.abs(x.mid - mid) <= x.h / 2);
        if (hit) seen.add(hit.n);
      }
      return Array.from(seen).sort((a, b) => a - b);
    }, cls);
  }

  /** Text of the visible editor lines, joined by \n, without inlay hints (injected text, rendered as
   *  `dyn-rule-*` spans): the file's text as displayed. */
  async visibleText(ed: Locator): Promise<string> {
    return ed.evaluate((root) => {
      const lines = Array.from(root.querySelectorAll<HTMLElement>('.view-lines .view-line'));
      lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      return lines.map((l) => Array.from(l.querySelectorAll<HTMLElement>('span > span'))
        .filter((s) => !Array.from(s.classList).some((c) => c.startsWith('dyn-rule-')))
        .map((s) => s.textContent ?? '').join('').replace(/\u00a0/g, ' ')).join('\n');
    });
  }

  /** Pixel center of the first occurrence of `text` on the editor's view lines. */
  async textPoint(ed: Locator, text: string, which: 'center' | 'start' = 'center'): Promise<{ x: number; y: number }> {
    const p = await ed.evaluate((root, t) => {
      for (const line of Array.from(root.querySelectorAll<HTMLElement>('.view-lines .view-line'))) {
        const full = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const idx = full.indexOf(t);
        if (idx < 0) continue;
        // walk text nodes to find the range of the match
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let off = 0;
        let startNode: Text | undefined; let startOff = 0; let endNode: Text | undefined; let endOff = 0;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const len = n.data.length;
          if (!startNode && idx < off + len) { startNode = n; startOff = idx - off; }
          if (startNode && idx + t.length <= off + len) { endNode = n; endOff = idx + t.length - off; break; }
          off += len;
        }
        if (!startNode || !endNode) continue;
        const range = document.createRange();
        range.setStart(startNode, startOff); range.setEnd(endNode, endOff);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      }
      return null;
    }, text);
    if (!p) throw new Error(`text ${JSON.stringify(text)} not visible in the editor`);
    return which === 'center' ? { x: p.left + p.width / 2, y: p.top + p.height / 2 } : { x: p.left + 1, y: p.top + p.height / 2 };
  }

  /** Moves the mouse onto `text` and returns the visible hover's text once `pred` holds. */
  async hover(ed: Locator, text: string, pred: RegExp | ((t: string) => boolean)): Promise<string> {
    const hoverBox = this.page.locator('.monaco-hover:not(.hidden)');
    const test = typeof pred === 'function' ? pred : (t: string): boolean => pred.test(t);
    // the hover must be about `text` itself: if the layout moved between measuring and pointing, the
    // mouse can land on the line above and show that line's hover, which may match `pred` by itself
    const about = (t: string): boolean => t.includes(text) && test(t);
    // re-hover until the content matches: the first hover may show while the server still computes
    return waitFor(`hover on ${JSON.stringify(text)}`, async () => {
      await this.page.keyboard.press('Escape');
      await this.page.mouse.move(5, 5);
      const pt = await this.textPoint(ed, text);
      await this.page.mouse.move(pt.x - 3, pt.y);
      await this.page.mouse.move(pt.x, pt.y);
      return waitText(hoverBox, about, 5000);
    }, () => true);
  }

  /** Places the caret on `text` (click) in the editor. */
  async clickText(ed: Locator, text: string, which: 'center' | 'start' = 'center'): Promise<void> {
    const pt = await this.textPoint(ed, text, which);
    await this.page.mouse.click(pt.x, pt.y);
  }
}
