// The simulator preview UI: scenario controls, summary table, charts (uPlot) with a text-table alternative,
// and a what-if comparison with "Apply to file". Runs the simulator in the webview on every change.
import uPlot from 'uplot';
import { CLIENTS, LATEST_VERSION, inputTarget, message, resolveKafkaVersion, versionLabel, versionProblem, type MessageKey, type MessageParams, type SimulatorInput } from '#core';
import { simulatorSettings, simulate, makeScenario, type Scenario, type SimulationResult, type KeyDistribution } from '../../server/src/simulator/index';
import { DEFAULT_FORM, type ConfigMessage, type HostMessage, type PersistedState, type ScenarioForm, type WebviewMessage } from './protocol';
import { WHAT_IF_PRESETS, effectiveChanges, parseCustom } from './whatif';

export interface VsCodeApi {
  postMessage(msg: WebviewMessage): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}

type Attrs = Record<string, string | number | boolean | undefined>;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) el.append(c);
  return el;
}

const nf = (n: number, d = 0): string => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '–');

function isForm(x: unknown): x is ScenarioForm {
  return typeof x === 'object' && x !== null && typeof (x as ScenarioForm).records === 'number';
}

function restore(raw: unknown): PersistedState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<PersistedState>;
  return {
    form: isForm(s.form) ? { ...DEFAULT_FORM, ...s.form } : { ...DEFAULT_FORM },
    whatIf: typeof s.whatIf === 'string' && WHAT_IF_PRESETS.some((p) => p.id === s.whatIf) ? s.whatIf : WHAT_IF_PRESETS[0]!.id,
    custom: typeof s.custom === 'string' ? s.custom : 'linger.ms=20\nbatch.size=32768',
    view: s.view === 'table' ? 'table' : 'charts',
    ...(s.config && typeof s.config === 'object' && s.config.type === 'config' ? { config: s.config } : {}),
  };
}

export function scenarioFromForm(f: ScenarioForm): Partial<Scenario> {
  const keys: KeyDistribution = f.keys === 'null' ? { kind: 'null' } : { kind: f.keys, count: f.keyCount };
  return {
    records: f.records, ratePerSec: f.ratePerSec, valueBytes: f.valueBytes, partitions: f.partitions, brokers: f.brokers, keys, seed: f.seed,
    racks: f.racks, clientRack: Math.min(f.clientRack, Math.max(0, f.racks - 1)),
    replicationMs: f.replicationMs,
    faults: {
      lostAck: f.lostAckPct / 100,
      requestFailure: f.requestFailurePct / 100,
      ...(f.brokerDownMs > 0
        ? { brokerDown: { broker: 0, atMs: ((f.records / f.ratePerSec) * 1000) / 4, durationMs: f.brokerDownMs, ...(f.failoverMs >= 0 ? { failoverMs: f.failoverMs } : {}) } }
        : {}),
    },
  };
}

/** Checks a message from the host before using it. */
export function validHostMessage(m: unknown): HostMessage | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const x = m as Record<string, unknown>;
  if (x.type === 'noConfig') return { type: 'noConfig', reason: typeof x.reason === 'string' ? x.reason : '' };
  if (x.type !== 'config' || typeof x.uri !== 'string' || typeof x.values !== 'object' || x.values === null) return undefined;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(x.values as Record<string, unknown>)) if (typeof v === 'string') values[k] = v;
  return {
    type: 'config', uri: x.uri, fileName: typeof x.fileName === 'string' ? x.fileName : x.uri,
    kafkaVersion: typeof x.kafkaVersion === 'string' ? x.kafkaVersion : 'latest',
    ...(typeof x.patch === 'number' && Number.isInteger(x.patch) && x.patch >= 0 ? { patch: x.patch } : {}),
    client: CLIENTS.find((c) => c === x.client) ?? 'java',
    values, source: x.source === 'server' ? 'server' : 'local',
  };
}

interface Run { current: SimulationResult; variant: SimulationResult; ms: number; changes: { key: string; value: string }[]; version: string; versionNote?: string }

export function runBoth(config: ConfigMessage, form: ScenarioForm, variantChanges: Record<string, string>, locale: 'en' | 'ko' = 'en'): Run {
  const t0 = performance.now();
  // The host sends a resolved version; a state saved by an older preview may hold a setting ('latest', '3.6.1').
  const rv = resolveKafkaVersion(config.kafkaVersion);
  const patch = config.patch ?? (rv.ok ? rv.patch : undefined);
  const input: SimulatorInput = { kafkaVersion: rv.ok ? rv.version : LATEST_VERSION, ...(patch !== undefined ? { patch } : {}), client: config.client, values: config.values };
  const scenario = makeScenario(scenarioFromForm(form));
  const current = simulate(simulatorSettings(input, locale), scenario);
  const variant = simulate(simulatorSettings({ ...input, values: { ...config.values, ...variantChanges } }, locale), scenario);
  return { current, variant, ms: performance.now() - t0, changes: effectiveChanges(config.values, variantChanges), version: versionLabel(inputTarget(input)), ...(rv.ok ? {} : { versionNote: versionProblem(locale, rv) }) };
}

const FIELDS: { key: keyof ScenarioForm; label: MessageKey; min: number; max: number; step?: number }[] = [
  { key: 'records', label: 'webview.field.records', min: 1, max: 2_000_000 },
  { key: 'ratePerSec', label: 'webview.field.ratePerSec', min: 1, max: 10_000_000 },
  { key: 'valueBytes', label: 'webview.field.valueBytes', min: 0, max: 1_048_576 },
  { key: 'partitions', label: 'webview.field.partitions', min: 1, max: 1000 },
  { key: 'brokers', label: 'webview.field.brokers', min: 1, max: 100 },
  { key: 'racks', label: 'webview.field.racks', min: 1, max: 100 },
  { key: 'clientRack', label: 'webview.field.clientRack', min: 0, max: 99 },
  { key: 'keyCount', label: 'webview.field.keyCount', min: 1, max: 100_000 },
  { key: 'lostAckPct', label: 'webview.field.lostAckPct', min: 0, max: 50, step: 0.1 },
  { key: 'requestFailurePct', label: 'webview.field.requestFailurePct', min: 0, max: 50, step: 0.1 },
  { key: 'brokerDownMs', label: 'webview.field.brokerDownMs', min: 0, max: 600_000 },
  { key: 'failoverMs', label: 'webview.field.failoverMs', min: -1, max: 600_000 },
  { key: 'replicationMs', label: 'webview.field.replicationMs', min: 0, max: 10_000, step: 0.1 },
  { key: 'seed', label: 'webview.field.seed', min: 0, max: 2_147_483_647 },
];

export class PreviewApp {
  state: PersistedState;
  private config: ConfigMessage | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private charts: uPlot[] = [];
  lastRun: Run | undefined;
  readonly els: {
    header: HTMLElement; notes: HTMLElement; summary: HTMLElement; charts: HTMLElement; tables: HTMLElement;
    whatIf: HTMLSelectElement; custom: HTMLTextAreaElement; apply: HTMLButtonElement; applyNote: HTMLElement; viewToggle: HTMLButtonElement; timing: HTMLElement;
  };

  /** Korean when the page says so (`<html lang="ko">`, from VS Code's display language). */
  private readonly ko: boolean;

  constructor(private readonly root: HTMLElement, private readonly vscode: VsCodeApi, lang = 'en') {
    this.ko = lang.startsWith('ko');
    this.state = restore(vscode.getState());
    this.config = this.state.config;
    this.els = this.build();
    window.addEventListener('message', (e: MessageEvent) => this.onMessage(e.data));
    window.addEventListener('resize', () => this.schedule(100));
    vscode.postMessage({ type: 'ready' });
    if (this.config) this.schedule(0);
    else this.els.header.textContent = this.m('webview.openAProducerConfigFileTo');
  }

  /** A string of the message catalog in the preview's language. */
  private m(key: MessageKey, params?: MessageParams): string {
    return message(this.ko ? 'ko' : 'en', key, params);
  }

  private save(): void {
    this.vscode.setState({ ...this.state, ...(this.config ? { config: this.config } : {}) });
  }

  onMessage(data: unknown): void {
    const m = validHostMessage(data);
    if (!m) return;
    if (m.type === 'noConfig') {
      if (!this.config) this.els.header.textContent = m.reason || this.m('webview.openAProducerConfigFileTo');
      return;
    }
    this.config = m;
    this.save();
    this.schedule(0);
  }

  schedule(delay = 150): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.render(); }, delay);
  }

  private variantChanges(): Record<string, string> {
    const preset = WHAT_IF_PRESETS.find((p) => p.id === this.state.whatIf) ?? WHAT_IF_PRESETS[0]!;
    return preset.id === 'custom' ? parseCustom(this.state.custom, this.ko).changes : preset.changes;
  }

  private build(): PreviewApp['els'] {
    const root = this.root;
    root.textContent = '';
    const header = h('p', { class: 'header', role: 'status', 'aria-live': 'polite' });
    const notes = h('ul', { class: 'notes' });
    const form = h('form', { class: 'scenario', 'aria-label': this.m('webview.scenario') });
    form.addEventListener('submit', (e) => e.preventDefault());
    const keysSel = h('select', { id: 'f-keys' });
    for (const v of ['null', 'uniform', 'skewed'] as const) {
      const o = h('option', { value: v }, this.m(`webview.keys.${v}`));
      if (this.state.form.keys === v) o.selected = true;
      keysSel.append(o);
    }
    keysSel.addEventListener('change', () => { this.state.form.keys = keysSel.value as ScenarioForm['keys']; this.save(); this.schedule(); });
    form.append(h('label', { for: 'f-keys' }, this.m('webview.keys')), keysSel);
    for (const f of FIELDS) {
      const id = `f-${f.key}`;
      const input = h('input', { id, type: 'number', min: f.min, max: f.max, step: f.step ?? 1, value: String(this.state.form[f.key]) });
      input.addEventListener('input', () => {
        const n = Number(input.value);
        if (input.value.trim() === '' || !Number.isFinite(n) || n < f.min || n > f.max) { input.setAttribute('aria-invalid', 'true'); return; }
        input.removeAttribute('aria-invalid');
        (this.state.form as unknown as Record<string, number>)[f.key] = n;
        this.save();
        this.schedule();
      });
      form.append(h('label', { for: id }, this.m(f.label)), input);
    }
    const reset = h('button', { type: 'button', class: 'secondary' }, this.m('webview.resetScenario'));
    reset.addEventListener('click', () => { this.state.form = { ...DEFAULT_FORM }; this.save(); this.els.whatIf.focus(); this.rebuild(); });
    form.append(reset);

    const whatIf = h('select', { id: 'whatif' });
    for (const p of WHAT_IF_PRESETS) {
      const o = h('option', { value: p.id }, this.m(p.label));
      if (p.id === this.state.whatIf) o.selected = true;
      whatIf.append(o);
    }
    const custom = h('textarea', { id: 'whatif-custom', rows: 3, 'aria-label': this.m('webview.customWhatIfSettingsOneKey'), spellcheck: 'false' });
    custom.value = this.state.custom;
    custom.hidden = this.state.whatIf !== 'custom';
    whatIf.addEventListener('change', () => { this.state.whatIf = whatIf.value; custom.hidden = whatIf.value !== 'custom'; this.save(); this.schedule(0); });
    custom.addEventListener('input', () => { this.state.custom = custom.value; this.save(); this.schedule(); });
    const apply = h('button', { type: 'button', id: 'apply' }, this.m('webview.applyToFile'));
    apply.addEventListener('click', () => this.apply());
    const applyNote = h('span', { class: 'muted', id: 'apply-note' });
    const whatIfBox = h('section', { class: 'whatif', 'aria-label': this.m('webview.whatIf') },
      h('label', { for: 'whatif' }, this.m('webview.compareWith')), whatIf, ' ', apply, ' ', applyNote, custom);

    const viewToggle = h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(this.state.view === 'table') }, this.m('webview.showAsTables'));
    viewToggle.addEventListener('click', () => {
      this.state.view = this.state.view === 'table' ? 'charts' : 'table';
      this.save();
      this.applyView();
    });
    const timing = h('span', { class: 'muted timing' });
    const summary = h('section', { class: 'summary', 'aria-label': this.m('webview.summary') });
    const charts = h('section', { class: 'charts', 'aria-label': this.m('webview.charts') });
    const tables = h('section', { class: 'tables', 'aria-label': this.m('webview.chartDataAsTables') });
    root.append(
      h('h1', {}, this.m('webview.kafkaProducerSimulator')), header, notes,
      h('details', { open: true }, h('summary', {}, this.m('webview.scenario')), form),
      whatIfBox, summary, h('div', { class: 'toolbar' }, viewToggle, ' ', timing), charts, tables,
    );
    const els = { header, notes, summary, charts, tables, whatIf, custom, apply, applyNote, viewToggle, timing };
    return els;
  }

  private rebuild(): void {
    for (const c of this.charts) c.destroy();
    this.charts = [];
    Object.assign(this.els, this.build());
    this.schedule(0);
  }

  private applyView(): void {
    const table = this.state.view === 'table';
    this.els.viewToggle.setAttribute('aria-pressed', String(table));
    this.els.viewToggle.textContent = table ? this.m('webview.showAsCharts') : this.m('webview.showAsTables');
    this.els.charts.hidden = table;
    this.els.tables.hidden = !table;
  }

  apply(): void {
    const run = this.lastRun;
    if (!this.config || !run) return;
    if (run.changes.length === 0) { this.els.applyNote.textContent = this.m('webview.theFileAlreadyHasTheseValues'); return; }
    this.vscode.postMessage({ type: 'apply', uri: this.config.uri, changes: run.changes });
    const list = run.changes.map((c) => `${c.key}=${c.value}`).join(', ');
    this.els.applyNote.textContent = this.m('webview.applying', { list });
  }

  render(): void {
    const config = this.config;
    if (!config) return;
    let run: Run;
    try {
      run = runBoth(config, this.state.form, this.variantChanges(), this.ko ? 'ko' : 'en');
    } catch (e) {
      this.els.header.textContent = `${this.m('webview.theSimulationFailed')}: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    this.lastRun = run;
    const c = run.current;
    this.els.header.textContent = `${config.fileName} · Kafka ${run.version}${config.client !== 'java' ? ` (${config.client})` : ''} · ${c.partitioner}`;
    this.els.notes.textContent = '';
    for (const w of [...(run.versionNote ? [run.versionNote] : []), ...c.warnings]) this.els.notes.append(h('li', {}, w));
    this.els.timing.textContent = this.m('webview.timing', { records: nf(c.records.sent), ms: nf(run.ms) });
    const custom = this.state.whatIf === 'custom' ? parseCustom(this.state.custom, this.ko).errors : [];
    const changes = run.changes.map((x) => `${x.key}=${x.value}`).join(', ');
    this.els.applyNote.textContent = custom.length ? custom.join('; ') : run.changes.length ? this.m('webview.changes', { changes }) : this.m('webview.noChangeFromTheFile');
    this.els.apply.disabled = run.changes.length === 0;
    this.renderSummary(run);
    this.renderTables(run);
    this.renderCharts(run);
    this.applyView();
  }

  private renderSummary(run: Run): void {
    const a = run.current, b = run.variant;
    const rows: [string, (r: SimulationResult) => string, (r: SimulationResult) => number, 'lower' | 'higher' | 'none'][] = [
      [this.m('webview.delivered'), (r) => nf(r.records.delivered), (r) => r.records.delivered, 'higher'],
      [this.m('webview.lost'), (r) => nf(r.records.lost), (r) => r.records.lost, 'lower'],
      [this.m('webview.duplicated'), (r) => nf(r.records.duplicated), (r) => r.records.duplicated, 'lower'],
      [this.m('webview.reordered'), (r) => nf(r.records.reordered), (r) => r.records.reordered, 'lower'],
      [this.m('webview.batches'), (r) => nf(r.batches.count), (r) => r.batches.count, 'lower'],
      [this.m('webview.avgBatchFill'), (r) => `${nf(r.batches.avgFill * 100, 1)} %`, (r) => r.batches.avgFill, 'higher'],
      [this.m('webview.recordsRequest'), (r) => nf(r.requests.avgRecords, 1), (r) => r.requests.avgRecords, 'higher'],
      [this.m('webview.requests'), (r) => nf(r.requests.count), (r) => r.requests.count, 'lower'],
      [this.m('webview.latencyP50'), (r) => `${nf(r.latencyMs.p50, 2)} ms`, (r) => r.latencyMs.p50, 'lower'],
      [this.m('webview.latencyP95'), (r) => `${nf(r.latencyMs.p95, 2)} ms`, (r) => r.latencyMs.p95, 'lower'],
      [this.m('webview.latencyP99'), (r) => `${nf(r.latencyMs.p99, 2)} ms`, (r) => r.latencyMs.p99, 'lower'],
      [this.m('webview.throughput'), (r) => `${nf(r.throughput.recordsPerSec)} ${this.m('webview.recS')}`, (r) => r.throughput.recordsPerSec, 'higher'],
      [this.m('webview.throughputMbS'), (r) => nf(r.throughput.bytesPerSec / 1e6, 2), (r) => r.throughput.bytesPerSec, 'higher'],
      ...(a.crossRack || b.crossRack
        ? ([
            [this.m('webview.crossRackTrafficMbSOn'), (r) => nf((r.crossRack?.bytesPerSec ?? 0) / 1e6, 2), (r) => r.crossRack?.bytesPerSec ?? 0, 'lower'],
            [this.m('webview.crossRackShareOfBytesSent'), (r) => `${nf((r.crossRack?.share ?? 0) * 100, 1)} %`, (r) => r.crossRack?.share ?? 0, 'lower'],
          ] as typeof rows)
        : []),
      [this.m('webview.blockedOnBuffer'), (r) => `${nf(r.buffer.blockedMs, 1)} ms`, (r) => r.buffer.blockedMs, 'lower'],
    ];
    const table = h('table', { class: 'compare' });
    table.append(h('caption', {}, this.m('webview.thisFileComparedWithTheWhat')));
    table.append(h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, this.m('webview.metric')), h('th', { scope: 'col' }, this.m('webview.thisFile')), h('th', { scope: 'col' }, this.m('webview.whatIf')))));
    const tbody = h('tbody');
    for (const [label, show, val, better] of rows) {
      const va = val(a), vb = val(b);
      const cls = better === 'none' || va === vb ? '' : (better === 'lower' ? vb < va : vb > va) ? 'better' : 'worse';
      tbody.append(h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, show(a)), h('td', cls ? { class: cls } : {}, show(b))));
    }
    table.append(tbody);
    const startup = a.settings.startupError ? h('p', { class: 'error', role: 'alert' }, a.settings.startupError) : '';
    const variantStartup = b.settings.startupError && b.settings.startupError !== a.settings.startupError
      ? h('p', { class: 'muted' }, `${this.m('webview.whatIf')}: ${b.settings.startupError}`) : '';
    const sc = a.scenario;
    const racks = a.crossRack ? this.m('webview.modelRacks', { racks: a.crossRack.racks, clientRack: a.crossRack.clientRack }) : '';
    const model = h('p', { class: 'muted' }, this.m('webview.model', { rtt: nf(sc.rttMs, 1), replication: nf(sc.replicationMs, 1), bandwidth: nf(sc.bandwidthMBps), brokers: sc.brokers, racks }));
    this.els.summary.textContent = '';
    this.els.summary.append(startup, table, variantStartup, model);
  }

  private renderTables(run: Run): void {
    const a = run.current, b = run.variant;
    const parts = h('table', { class: 'data' }, h('caption', {}, this.m('webview.recordsPerPartition')),
      h('thead', {}, h('tr', {}, ...(['webview.col.partition', 'webview.col.broker', 'webview.col.records', 'webview.col.bytes', 'webview.col.batches', 'webview.col.whatIfRecords'] as const).map((k) => this.m(k)).map((t) => h('th', { scope: 'col' }, t)))));
    const pb = h('tbody');
    for (const p of a.partitions) pb.append(h('tr', {}, h('td', {}, String(p.partition)), h('td', {}, String(p.broker)), h('td', {}, nf(p.records)), h('td', {}, nf(p.bytes)), h('td', {}, nf(p.batches)), h('td', {}, nf(b.partitions[p.partition]?.records ?? 0))));
    parts.append(pb);
    const ts = a.timeSeries;
    const series = h('table', { class: 'data' }, h('caption', {}, this.m('webview.overTime', { ms: nf(ts.bucketMs, 1) })),
      h('thead', {}, h('tr', {}, ...(['webview.col.time', 'webview.col.sent', 'webview.col.acked', 'webview.col.latency', 'webview.col.whatIfAcked', 'webview.col.whatIfLatency'] as const).map((k) => this.m(k)).map((t) => h('th', { scope: 'col' }, t)))));
    const sb = h('tbody');
    const n = Math.min(ts.t.length, 200);
    for (let i = 0; i < n; i++) {
      sb.append(h('tr', {}, h('td', {}, nf(ts.t[i]!, 1)), h('td', {}, nf(ts.sentPerSec[i]!)), h('td', {}, nf(ts.ackedPerSec[i]!)), h('td', {}, nf(ts.latencyMs[i]!, 2)),
        h('td', {}, nf(b.timeSeries.ackedPerSec[i] ?? 0)), h('td', {}, nf(b.timeSeries.latencyMs[i] ?? 0, 2))));
    }
    series.append(sb);
    this.els.tables.textContent = '';
    this.els.tables.append(parts, series);
  }

  private colors(): { a: string; b: string; fg: string; grid: string } {
    const cs = getComputedStyle(document.body);
    const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    return { a: v('--vscode-charts-blue', '#3794ff'), b: v('--vscode-charts-orange', '#d18616'), fg: v('--vscode-foreground', '#cccccc'), grid: v('--vscode-editorWidget-border', 'rgba(128,128,128,0.3)') };
  }

  private renderCharts(run: Run): void {
    for (const c of this.charts) c.destroy();
    this.charts = [];
    const box = this.els.charts;
    box.textContent = '';
    const width = Math.max(280, Math.min(900, (box.clientWidth || this.root.clientWidth || 600) - 8));
    const col = this.colors();
    const axis = (label: string): uPlot.Axis => ({ label, stroke: col.fg, grid: { stroke: col.grid, width: 1 }, ticks: { stroke: col.grid, width: 1 } });
    const a = run.current, b = run.variant;
    const mk = (title: string, data: uPlot.AlignedData, xLabel: string, yLabel: string, bars: boolean): void => {
      const fig = h('figure', { role: 'img', 'aria-label': this.m('webview.chartLabel', { title }) }, h('figcaption', {}, title));
      box.append(fig);
      const barPaths = bars && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.4, 40], align: 0 }) : undefined;
      const series: uPlot.Series[] = [
        { label: xLabel },
        { label: this.m('webview.thisFile'), stroke: col.a, fill: bars ? col.a : undefined, width: 2, ...(barPaths ? { paths: barPaths } : {}) },
        { label: this.m('webview.whatIf'), stroke: col.b, fill: bars ? col.b : undefined, width: 2, ...(bars && uPlot.paths.bars ? { paths: uPlot.paths.bars({ size: [0.4, 40], align: 1 }) } : {}) },
      ];
      const opts: uPlot.Options = {
        width, height: 200, series, legend: { show: true },
        scales: {
          x: { time: false, ...(bars ? { range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [min - 0.5, max + 0.5] } : {}) },
          y: { range: (_u: uPlot, _min: number, max: number): uPlot.Range.MinMax => [0, max > 0 ? max * 1.1 : 1] },
        },
        axes: [bars ? { ...axis(xLabel), values: (_u: uPlot, splits: number[]) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) } : axis(xLabel), axis(yLabel)],
        cursor: { show: true, drag: { x: false, y: false } },
      };
      this.charts.push(new uPlot(opts, data, fig));
    };
    const px = a.partitions.map((p) => p.partition);
    mk(this.m('webview.recordsPerPartition'), [px, a.partitions.map((p) => p.records), b.partitions.map((p) => p.records)], this.m('webview.partition'), this.m('webview.records'), true);
    const len = Math.max(a.timeSeries.t.length, b.timeSeries.t.length);
    const tx = Array.from({ length: len }, (_, i) => a.timeSeries.t[i] ?? b.timeSeries.t[i] ?? i * a.timeSeries.bucketMs);
    const pad = (arr: number[]) => Array.from({ length: len }, (_, i) => arr[i] ?? 0);
    mk(this.m('webview.acknowledgedRecordsPerSecond'), [tx, pad(a.timeSeries.ackedPerSec), pad(b.timeSeries.ackedPerSec)], this.m('webview.timeMs'), this.m('webview.recordsS'), false);
    mk(this.m('webview.averageLatencySendAckMs'), [tx, pad(a.timeSeries.latencyMs), pad(b.timeSeries.latencyMs)], this.m('webview.timeMs'), 'ms', false);
  }
}
