// The simulator preview UI: scenario controls, summary table, charts (uPlot) with a text-table alternative,
// and a what-if comparison with "Apply to file". Runs the simulator in the webview on every change.
import uPlot from 'uplot';
import { CLIENTS, LATEST_VERSION, inputTarget, resolveKafkaVersion, versionLabel, type SimulatorInput } from '#core';
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
  return { current, variant, ms: performance.now() - t0, changes: effectiveChanges(config.values, variantChanges), version: versionLabel(inputTarget(input)), ...(rv.ok ? {} : { versionNote: rv.message }) };
}

const FIELDS: { key: keyof ScenarioForm; label: string; labelKo: string; min: number; max: number; step?: number }[] = [
  { key: 'records', label: 'Records', labelKo: '레코드 수', min: 1, max: 2_000_000 },
  { key: 'ratePerSec', label: 'Rate (records/s)', labelKo: '전송률 (레코드/초)', min: 1, max: 10_000_000 },
  { key: 'valueBytes', label: 'Value size (bytes)', labelKo: '값 크기 (바이트)', min: 0, max: 1_048_576 },
  { key: 'partitions', label: 'Partitions', labelKo: '파티션 수', min: 1, max: 1000 },
  { key: 'brokers', label: 'Brokers', labelKo: '브로커 수', min: 1, max: 100 },
  { key: 'racks', label: 'Racks (broker b in rack b % racks)', labelKo: '랙 수 (브로커 b는 랙 b % 랙 수)', min: 1, max: 100 },
  { key: 'clientRack', label: "Producer's rack (client.rack)", labelKo: '프로듀서의 랙 (client.rack)', min: 0, max: 99 },
  { key: 'keyCount', label: 'Distinct keys', labelKo: '서로 다른 키 수', min: 1, max: 100_000 },
  { key: 'lostAckPct', label: 'Lost acks (% of requests)', labelKo: '유실된 ack (요청의 %)', min: 0, max: 50, step: 0.1 },
  { key: 'requestFailurePct', label: 'Failed requests (%)', labelKo: '실패한 요청 (%)', min: 0, max: 50, step: 0.1 },
  { key: 'brokerDownMs', label: 'Broker 0 down (ms)', labelKo: '브로커 0 중단 시간 (ms)', min: 0, max: 600_000 },
  { key: 'failoverMs', label: 'Leader failover after (ms, −1 = restart)', labelKo: '리더 장애 조치까지 (ms, −1 = 재시작)', min: -1, max: 600_000 },
  { key: 'replicationMs', label: 'Replication lag (ms)', labelKo: '복제 지연 (ms)', min: 0, max: 10_000, step: 0.1 },
  { key: 'seed', label: 'Seed', labelKo: '시드', min: 0, max: 2_147_483_647 },
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
    else this.els.header.textContent = this.t('Open a producer config file to see what its settings do.', '프로듀서 설정 파일을 열면 그 설정이 어떻게 동작하는지 보여 줍니다.');
  }

  private t(en: string, ko: string): string {
    return this.ko ? ko : en;
  }

  private save(): void {
    this.vscode.setState({ ...this.state, ...(this.config ? { config: this.config } : {}) });
  }

  onMessage(data: unknown): void {
    const m = validHostMessage(data);
    if (!m) return;
    if (m.type === 'noConfig') {
      if (!this.config) this.els.header.textContent = m.reason || this.t('Open a producer config file to see what its settings do.', '프로듀서 설정 파일을 열면 그 설정이 어떻게 동작하는지 보여 줍니다.');
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
    const form = h('form', { class: 'scenario', 'aria-label': this.t('Scenario', '시나리오') });
    form.addEventListener('submit', (e) => e.preventDefault());
    const keysSel = h('select', { id: 'f-keys' });
    for (const [v, en, ko] of [['null', 'null keys', 'null 키'], ['uniform', 'uniform over K keys', 'K개 키에 균등'], ['skewed', 'skewed (Zipf) over K keys', 'K개 키에 치우침 (Zipf)']] as const) {
      const o = h('option', { value: v }, this.t(en, ko));
      if (this.state.form.keys === v) o.selected = true;
      keysSel.append(o);
    }
    keysSel.addEventListener('change', () => { this.state.form.keys = keysSel.value as ScenarioForm['keys']; this.save(); this.schedule(); });
    form.append(h('label', { for: 'f-keys' }, this.t('Keys', '키')), keysSel);
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
      form.append(h('label', { for: id }, this.t(f.label, f.labelKo)), input);
    }
    const reset = h('button', { type: 'button', class: 'secondary' }, this.t('Reset scenario', '시나리오 초기화'));
    reset.addEventListener('click', () => { this.state.form = { ...DEFAULT_FORM }; this.save(); this.els.whatIf.focus(); this.rebuild(); });
    form.append(reset);

    const whatIf = h('select', { id: 'whatif' });
    for (const p of WHAT_IF_PRESETS) {
      const o = h('option', { value: p.id }, this.t(p.label, p.labelKo));
      if (p.id === this.state.whatIf) o.selected = true;
      whatIf.append(o);
    }
    const custom = h('textarea', { id: 'whatif-custom', rows: 3, 'aria-label': this.t('Custom what-if settings, one key=value per line', '가정(what-if) 설정, 한 줄에 key=value 하나'), spellcheck: 'false' });
    custom.value = this.state.custom;
    custom.hidden = this.state.whatIf !== 'custom';
    whatIf.addEventListener('change', () => { this.state.whatIf = whatIf.value; custom.hidden = whatIf.value !== 'custom'; this.save(); this.schedule(0); });
    custom.addEventListener('input', () => { this.state.custom = custom.value; this.save(); this.schedule(); });
    const apply = h('button', { type: 'button', id: 'apply' }, this.t('Apply to file', '파일에 적용'));
    apply.addEventListener('click', () => this.apply());
    const applyNote = h('span', { class: 'muted', id: 'apply-note' });
    const whatIfBox = h('section', { class: 'whatif', 'aria-label': this.t('What if', '가정(what-if)') },
      h('label', { for: 'whatif' }, this.t('Compare with: ', '비교 대상: ')), whatIf, ' ', apply, ' ', applyNote, custom);

    const viewToggle = h('button', { type: 'button', class: 'secondary', 'aria-pressed': String(this.state.view === 'table') }, this.t('Show as tables', '표로 보기'));
    viewToggle.addEventListener('click', () => {
      this.state.view = this.state.view === 'table' ? 'charts' : 'table';
      this.save();
      this.applyView();
    });
    const timing = h('span', { class: 'muted timing' });
    const summary = h('section', { class: 'summary', 'aria-label': this.t('Summary', '요약') });
    const charts = h('section', { class: 'charts', 'aria-label': this.t('Charts', '차트') });
    const tables = h('section', { class: 'tables', 'aria-label': this.t('Chart data as tables', '차트 데이터 표') });
    root.append(
      h('h1', {}, this.t('Kafka producer simulator', 'Kafka 프로듀서 시뮬레이터')), header, notes,
      h('details', { open: true }, h('summary', {}, this.t('Scenario', '시나리오')), form),
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
    this.els.viewToggle.textContent = table ? this.t('Show as charts', '차트로 보기') : this.t('Show as tables', '표로 보기');
    this.els.charts.hidden = table;
    this.els.tables.hidden = !table;
  }

  apply(): void {
    const run = this.lastRun;
    if (!this.config || !run) return;
    if (run.changes.length === 0) { this.els.applyNote.textContent = this.t('The file already has these values.', '파일에 이미 이 값들이 있습니다.'); return; }
    this.vscode.postMessage({ type: 'apply', uri: this.config.uri, changes: run.changes });
    const list = run.changes.map((c) => `${c.key}=${c.value}`).join(', ');
    this.els.applyNote.textContent = this.t(`Applying ${list}…`, `적용하는 중: ${list}…`);
  }

  render(): void {
    const config = this.config;
    if (!config) return;
    let run: Run;
    try {
      run = runBoth(config, this.state.form, this.variantChanges(), this.ko ? 'ko' : 'en');
    } catch (e) {
      this.els.header.textContent = `${this.t('The simulation failed', '시뮬레이션 실패')}: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    this.lastRun = run;
    const c = run.current;
    this.els.header.textContent = `${config.fileName} · Kafka ${run.version}${config.client !== 'java' ? ` (${config.client})` : ''} · ${c.partitioner}`;
    this.els.notes.textContent = '';
    for (const w of [...(run.versionNote ? [run.versionNote] : []), ...c.warnings]) this.els.notes.append(h('li', {}, w));
    this.els.timing.textContent = this.t(`simulated 2 × ${nf(c.records.sent)} records in ${nf(run.ms)} ms`, `레코드 ${nf(c.records.sent)}개씩 2번 시뮬레이션 (${nf(run.ms)} ms)`);
    const custom = this.state.whatIf === 'custom' ? parseCustom(this.state.custom, this.ko).errors : [];
    const changes = run.changes.map((x) => `${x.key}=${x.value}`).join(', ');
    this.els.applyNote.textContent = custom.length ? custom.join('; ') : run.changes.length ? this.t(`changes ${changes}`, `바꿀 값: ${changes}`) : this.t('no change from the file', '파일과 다른 값 없음');
    this.els.apply.disabled = run.changes.length === 0;
    this.renderSummary(run);
    this.renderTables(run);
    this.renderCharts(run);
    this.applyView();
  }

  private renderSummary(run: Run): void {
    const a = run.current, b = run.variant;
    const rows: [string, (r: SimulationResult) => string, (r: SimulationResult) => number, 'lower' | 'higher' | 'none'][] = [
      [this.t('Delivered', '전달됨'), (r) => nf(r.records.delivered), (r) => r.records.delivered, 'higher'],
      [this.t('Lost', '유실'), (r) => nf(r.records.lost), (r) => r.records.lost, 'lower'],
      [this.t('Duplicated', '중복'), (r) => nf(r.records.duplicated), (r) => r.records.duplicated, 'lower'],
      [this.t('Reordered', '순서 바뀜'), (r) => nf(r.records.reordered), (r) => r.records.reordered, 'lower'],
      [this.t('Batches', '배치 수'), (r) => nf(r.batches.count), (r) => r.batches.count, 'lower'],
      [this.t('Avg batch fill', '평균 배치 채움률'), (r) => `${nf(r.batches.avgFill * 100, 1)} %`, (r) => r.batches.avgFill, 'higher'],
      [this.t('Records / request', '요청당 레코드'), (r) => nf(r.requests.avgRecords, 1), (r) => r.requests.avgRecords, 'higher'],
      [this.t('Requests', '요청 수'), (r) => nf(r.requests.count), (r) => r.requests.count, 'lower'],
      [this.t('Latency p50', '지연 p50'), (r) => `${nf(r.latencyMs.p50, 2)} ms`, (r) => r.latencyMs.p50, 'lower'],
      [this.t('Latency p95', '지연 p95'), (r) => `${nf(r.latencyMs.p95, 2)} ms`, (r) => r.latencyMs.p95, 'lower'],
      [this.t('Latency p99', '지연 p99'), (r) => `${nf(r.latencyMs.p99, 2)} ms`, (r) => r.latencyMs.p99, 'lower'],
      [this.t('Throughput', '처리량'), (r) => `${nf(r.throughput.recordsPerSec)} ${this.t('rec/s', '레코드/초')}`, (r) => r.throughput.recordsPerSec, 'higher'],
      [this.t('Throughput (MB/s)', '처리량 (MB/s)'), (r) => nf(r.throughput.bytesPerSec / 1e6, 2), (r) => r.throughput.bytesPerSec, 'higher'],
      ...(a.crossRack || b.crossRack
        ? ([
            [this.t('Cross-rack traffic (MB/s on the wire)', '랙 간 트래픽 (전송 MB/s)'), (r) => nf((r.crossRack?.bytesPerSec ?? 0) / 1e6, 2), (r) => r.crossRack?.bytesPerSec ?? 0, 'lower'],
            [this.t('Cross-rack share of bytes sent', '보낸 바이트 중 랙 간 비율'), (r) => `${nf((r.crossRack?.share ?? 0) * 100, 1)} %`, (r) => r.crossRack?.share ?? 0, 'lower'],
          ] as typeof rows)
        : []),
      [this.t('Blocked on buffer', '버퍼 대기'), (r) => `${nf(r.buffer.blockedMs, 1)} ms`, (r) => r.buffer.blockedMs, 'lower'],
    ];
    const table = h('table', { class: 'compare' });
    table.append(h('caption', {}, this.t('This file compared with the what-if variant', '이 파일과 가정(what-if) 변형 비교')));
    table.append(h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, this.t('Metric', '지표')), h('th', { scope: 'col' }, this.t('This file', '이 파일')), h('th', { scope: 'col' }, this.t('What if', '가정(what-if)')))));
    const tbody = h('tbody');
    for (const [label, show, val, better] of rows) {
      const va = val(a), vb = val(b);
      const cls = better === 'none' || va === vb ? '' : (better === 'lower' ? vb < va : vb > va) ? 'better' : 'worse';
      tbody.append(h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, show(a)), h('td', cls ? { class: cls } : {}, show(b))));
    }
    table.append(tbody);
    const startup = a.settings.startupError ? h('p', { class: 'error', role: 'alert' }, a.settings.startupError) : '';
    const variantStartup = b.settings.startupError && b.settings.startupError !== a.settings.startupError
      ? h('p', { class: 'muted' }, `${this.t('What if', '가정(what-if)')}: ${b.settings.startupError}`) : '';
    const sc = a.scenario;
    const model = h('p', { class: 'muted' }, this.t(
      `Model: ${nf(sc.rttMs, 1)} ms round trip, ${nf(sc.replicationMs, 1)} ms replication for acks=all, ${nf(sc.bandwidthMBps)} MB/s per broker connection, partition p led by broker p % ${sc.brokers}${a.crossRack ? `, broker b in rack b % ${a.crossRack.racks}, the producer in rack ${a.crossRack.clientRack}` : ''}. Use it to compare settings; absolute numbers depend on your network.`,
      `모델: 왕복 ${nf(sc.rttMs, 1)} ms, acks=all 복제 ${nf(sc.replicationMs, 1)} ms, 브로커 연결당 ${nf(sc.bandwidthMBps)} MB/s, 파티션 p의 리더는 브로커 p % ${sc.brokers}${a.crossRack ? `, 브로커 b는 랙 b % ${a.crossRack.racks}, 프로듀서는 랙 ${a.crossRack.clientRack}` : ''}. 설정끼리 비교하는 데 쓰세요. 절대 수치는 네트워크에 따라 다릅니다.`));
    this.els.summary.textContent = '';
    this.els.summary.append(startup, table, variantStartup, model);
  }

  private renderTables(run: Run): void {
    const a = run.current, b = run.variant;
    const parts = h('table', { class: 'data' }, h('caption', {}, this.t('Records per partition', '파티션별 레코드')),
      h('thead', {}, h('tr', {}, ...(this.ko ? ['파티션', '브로커', '레코드', '바이트', '배치', '가정 레코드'] : ['Partition', 'Broker', 'Records', 'Bytes', 'Batches', 'What-if records']).map((t) => h('th', { scope: 'col' }, t)))));
    const pb = h('tbody');
    for (const p of a.partitions) pb.append(h('tr', {}, h('td', {}, String(p.partition)), h('td', {}, String(p.broker)), h('td', {}, nf(p.records)), h('td', {}, nf(p.bytes)), h('td', {}, nf(p.batches)), h('td', {}, nf(b.partitions[p.partition]?.records ?? 0))));
    parts.append(pb);
    const ts = a.timeSeries;
    const series = h('table', { class: 'data' }, h('caption', {}, this.t(`Over time (${nf(ts.bucketMs, 1)} ms buckets)`, `시간별 (${nf(ts.bucketMs, 1)} ms 구간)`)),
      h('thead', {}, h('tr', {}, ...(this.ko ? ['시간 (ms)', '전송/초', 'ack/초', '평균 지연 (ms)', '가정 ack/초', '가정 지연 (ms)'] : ['Time (ms)', 'Sent/s', 'Acked/s', 'Avg latency (ms)', 'What-if acked/s', 'What-if latency (ms)']).map((t) => h('th', { scope: 'col' }, t)))));
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
      const fig = h('figure', { role: 'img', 'aria-label': this.t(`${title} chart; the same data is in the tables view`, `${title} 차트. 같은 데이터가 표 보기에 있습니다`) }, h('figcaption', {}, title));
      box.append(fig);
      const barPaths = bars && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.4, 40], align: 0 }) : undefined;
      const series: uPlot.Series[] = [
        { label: xLabel },
        { label: this.t('This file', '이 파일'), stroke: col.a, fill: bars ? col.a : undefined, width: 2, ...(barPaths ? { paths: barPaths } : {}) },
        { label: this.t('What if', '가정(what-if)'), stroke: col.b, fill: bars ? col.b : undefined, width: 2, ...(bars && uPlot.paths.bars ? { paths: uPlot.paths.bars({ size: [0.4, 40], align: 1 }) } : {}) },
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
    mk(this.t('Records per partition', '파티션별 레코드'), [px, a.partitions.map((p) => p.records), b.partitions.map((p) => p.records)], this.t('partition', '파티션'), this.t('records', '레코드'), true);
    const len = Math.max(a.timeSeries.t.length, b.timeSeries.t.length);
    const tx = Array.from({ length: len }, (_, i) => a.timeSeries.t[i] ?? b.timeSeries.t[i] ?? i * a.timeSeries.bucketMs);
    const pad = (arr: number[]) => Array.from({ length: len }, (_, i) => arr[i] ?? 0);
    mk(this.t('Acknowledged records per second', '초당 ack된 레코드'), [tx, pad(a.timeSeries.ackedPerSec), pad(b.timeSeries.ackedPerSec)], this.t('time (ms)', '시간 (ms)'), this.t('records/s', '레코드/초'), false);
    mk(this.t('Average latency send() → ack (ms)', '평균 지연 send() → ack (ms)'), [tx, pad(a.timeSeries.latencyMs), pad(b.timeSeries.latencyMs)], this.t('time (ms)', '시간 (ms)'), 'ms', false);
  }
}
