// Extension-host integration suite: runs INSIDE a real VS Code extension host (code-server's, via
// test/e2e/ext-tests.ts, or desktop VS Code's via @vscode/test-electron, test/electron/run.mjs).
// The same journeys as the browser tests, asserted through the API: diagnostics, code actions,
// hover, completion, a settings change, Fix All and the preview panel.
// Bundled to CJS by test/e2e/build-suite.mjs; exports run() (reject = failure).
// The workspace must be a throw-away copy of examples/ (files are edited).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EFFECTIVE_CONFIG_REQUEST, LANGUAGE_ID, type EffectiveConfigResponse } from '#core';
import { probeFixAll } from './fixAllProbe';
import { describe, problemsOf, waitFor } from './wait';

const EXT_ID = 'kafka-producer-config.kafka-producer-config';
/** Cycles of the two stress tests (issue 21) and how long one cycle may wait for its answer (a correct server needs well under 1 s). */
const RESTART_CYCLES = 50;
const CYCLE_TIMEOUT = 10_000;
const FIXALL_PRESSES = 20;

type Result = { name: string; status: 'ok' | 'fail' | 'skip'; error?: string };

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

export async function run(): Promise<void> {
  const results: Result[] = [];
  const test = async (name: string, fn: () => Promise<void>): Promise<void> => {
    const t0 = Date.now();
    try {
      await fn();
      results.push({ name, status: 'ok' });
      console.log(`ok    exthost › ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 4).join(' | ');
      results.push({ name, status: 'fail', error: msg });
      console.log(`FAIL  exthost › ${name} (${Date.now() - t0} ms): ${msg}`);
    }
  };

  console.log(`exthost: VS Code ${vscode.version}, display language ${vscode.env.language}, app host ${vscode.env.appHost}`);
  // code-server sometimes starts this window with the .code-workspace file but none of its folders, and
  // they never arrive (waited 10 s in 2 of 4 runs: still none); the harness then opens the window again.
  if (!vscode.workspace.workspaceFolders?.length) console.log(`exthost: no workspace folders (workspace file ${vscode.workspace.workspaceFile?.toString() ?? 'none'})`);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'a workspace folder (a copy of examples/) must be open');
  // ONLY=fixall-probe: the Fix All measurement instead of the suite (see fixAllProbe.ts).
  if (process.env.KPC_FIXALL_PROBE === '1') return probeFixAll(folder);
  const seedUri = vscode.Uri.joinPath(folder, 'producer.config');
  const throughputUri = vscode.Uri.joinPath(folder, 'throughput', 'producer.properties');
  const versionedUri = vscode.Uri.joinPath(folder, 'versioned-exthost', 'producer.config');
  await vscode.workspace.fs.writeFile(versionedUri, new TextEncoder().encode([
    'bootstrap.servers=localhost:9092',
    'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
    'value.serializer=org.apache.kafka.common.serialization.StringSerializer',
    'partitioner.ignore.keys=true',
    '',
  ].join('\n')));
  const config = vscode.workspace.getConfiguration('kafkaProducerConfig');
  const seed = await vscode.workspace.openTextDocument(seedUri);
  await vscode.window.showTextDocument(seed);

  await test('producer.config opens in the kafka-producer-config language and the extension activates', async () => {
    assert.equal(seed.languageId, LANGUAGE_ID);
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is loaded`);
    await waitFor('extension activation', () => ext.isActive, (a) => a);
  });

  let retriess: vscode.Diagnostic | undefined;
  await test('diagnostics: the three misspelled keys are flagged (warning or error) on lines 1-3, with a did-you-mean', async () => {
    const errs = await waitFor('problems on lines 1-3', () => problemsOf(seedUri), (d) => [0, 1, 2].every((l) => d.some((x) => x.range.start.line === l)));
    const byLine = (l: number): vscode.Diagnostic => errs.find((d) => d.range.start.line === l)!;
    assert.equal(seed.getText(byLine(0).range), 'enavle.idempotence');
    assert.equal(seed.getText(byLine(1).range), 'max.in.flight.request.per.connection');
    assert.equal(seed.getText(byLine(2).range), 'retriess');
    retriess = byLine(2);
    assert.match(retriess.message, /retries\b/, 'the message suggests retries');
  });

  await test('code actions: a quick fix renames retriess to retries and the error goes away', async () => {
    assert.ok(retriess, 'needs the retriess diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', seedUri, retriess.range, vscode.CodeActionKind.QuickFix.value, 10);
    const fix = actions.find((a) => /\bretries\b/.test(a.title) && a.edit);
    assert.ok(fix, `a quick fix naming retries among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), 'kind quickfix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(seed.lineAt(2).text, /^retries\s*=\s*5/);
    await waitFor('no problem on line 3', () => problemsOf(seedUri), (d) => !d.some((x) => x.range.start.line === 2));
  });

  await test('fix all: source.fixAll leaves the seed file with no errors or warnings', async () => {
    const full = new vscode.Range(0, 0, seed.lineCount, 0);
    // itemResolveCount: the server computes the fix-all edit lazily, at codeAction/resolve (as the editor does on apply)
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', seedUri, full, vscode.CodeActionKind.SourceFixAll.value, 10);
    const fixAll = actions.find((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind));
    assert.ok(fixAll, `a source.fixAll action among: ${actions.map((a) => `${a.title} (${a.kind?.value})`).join(' | ')}`);
    assert.ok(fixAll.edit || fixAll.command, 'the resolved fix-all action carries an edit or a command');
    if (fixAll.edit) assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    if (fixAll.command) await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
    const text = seed.getText();
    assert.match(text, /^enable\.idempotence\s*=\s*true/m);
    assert.match(text, /^max\.in\.flight\.requests\.per\.connection\s*=\s*5/m);
    await waitFor('no errors or warnings', () => problemsOf(seedUri), (d) => d.length === 0);
  });

  await test('hover: batch.size explains the 16 KiB default and its relation to linger.ms', async () => {
    const doc = await vscode.workspace.openTextDocument(throughputUri);
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('batch.size'));
    const text = await waitFor('a hover on batch.size', async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', throughputUri, new vscode.Position(line, 3))), (t) => t.length > 0);
    assert.match(text, /16\s*KiB/i);
    assert.match(text, /linger\.ms/);
  });

  await test('completion: typing "ling" on a new line offers linger.ms', async () => {
    const editor = await vscode.window.showTextDocument(seed);
    const end = seed.lineAt(seed.lineCount - 1).range.end;
    const prefix = seed.lineAt(seed.lineCount - 1).text.length ? '\n' : '';
    assert.ok(await editor.edit((e) => e.insert(end, `${prefix}ling`)));
    const pos = seed.lineAt(seed.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', seedUri, pos);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('linger.ms'), `linger.ms among ${labels.length} items: ${labels.slice(0, 15).join(', ')}`);
    // tidy up: remove the typed prefix
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(end, pos))));
  });

  await test('settings: kafkaProducerConfig.kafkaVersion=3.2 flags partitioner.ignore.keys (3.3+), latest clears it', async () => {
    const doc = await vscode.workspace.openTextDocument(versionedUri);
    await vscode.window.showTextDocument(doc);
    const onLine3 = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(versionedUri).filter((d) => d.range.start.line === 3);
    // at the default target the file is clean (wait until the server has analysed it: nothing may arrive, so
    // first switch to 3.2 and wait for the finding, then back)
    try {
      await config.update('kafkaVersion', '3.2', vscode.ConfigurationTarget.Global);
      const d = await waitFor('a diagnostic on partitioner.ignore.keys at 3.2', onLine3, (x) => x.length > 0);
      assert.match(d.map((x) => x.message).join('\n'), /3\.3/);
    } finally {
      await config.update('kafkaVersion', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('no diagnostic on partitioner.ignore.keys at latest', onLine3, (x) => x.length === 0);
  });

  // Multi-root: run.sh opens a .code-workspace whose second folder sets kafkaVersion 3.2 in its own
  // .vscode/settings.json; a single-folder run (test/electron) skips this.
  const second = vscode.workspace.workspaceFolders?.[1]?.uri;
  const perFolder = 'settings per workspace folder: a file in the folder set to 3.2 is checked for 3.2, the same text in the other folder for latest';
  if (!second) {
    results.push({ name: perFolder, status: 'skip' });
    console.log(`SKIP  exthost › ${perFolder}: the window has one workspace folder`);
  } else {
    await test(perFolder, async () => {
      const legacyUri = vscode.Uri.joinPath(second, 'legacy', 'producer.config');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(legacyUri));
      const d = await waitFor('the 3.3+ key flagged in the 3.2 folder', () => vscode.languages.getDiagnostics(legacyUri).filter((x) => x.range.start.line === 3), (x) => x.length > 0);
      assert.match(d.map((x) => x.message).join('\n'), /3\.3/);
      const api = vscode.extensions.getExtension<{ client?: { sendRequest(method: string, params: unknown): Promise<unknown> } }>(EXT_ID)?.exports;
      assert.ok(api?.client, 'the extension API exposes its language client');
      const target = async (uri: vscode.Uri): Promise<unknown> => ((await api.client!.sendRequest(EFFECTIVE_CONFIG_REQUEST, { uri: uri.toString() })) as EffectiveConfigResponse | null)?.kafkaVersion;
      assert.equal(await target(legacyUri), '3.2');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(versionedUri));
      assert.notEqual(await target(versionedUri), '3.2', 'the first folder keeps the default target');
      assert.equal(vscode.languages.getDiagnostics(versionedUri).filter((x) => x.range.start.line === 3).length, 0);
    });
  }

  await test('status: "Select Kafka Version" writes the folder setting; the server then checks the file for that version', async () => {
    const doc = await vscode.workspace.openTextDocument(versionedUri);
    await vscode.window.showTextDocument(doc);
    const onLine3 = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(versionedUri).filter((d) => d.range.start.line === 3);
    const api = vscode.extensions.getExtension<{ client?: { sendRequest(method: string, params: unknown): Promise<unknown> } }>(EXT_ID)?.exports;
    const target = async (): Promise<EffectiveConfigResponse | null> => (await api!.client!.sendRequest(EFFECTIVE_CONFIG_REQUEST, { uri: versionedUri.toString() })) as EffectiveConfigResponse | null;
    try {
      await vscode.commands.executeCommand('kafkaProducerConfig.selectKafkaVersion', '3.2');
      const folderValue = vscode.workspace.getConfiguration('kafkaProducerConfig', versionedUri).inspect<string>('kafkaVersion')?.workspaceFolderValue;
      assert.equal(folderValue, '3.2', 'written to the file\'s workspace folder');
      await waitFor('the 3.3+ key flagged after choosing 3.2', onLine3, (x) => x.length > 0);
      const t = await target();
      assert.equal(t?.kafkaVersion, '3.2');
      assert.equal(t?.versionSource, 'setting');
    } finally {
      await vscode.commands.executeCommand('kafkaProducerConfig.selectKafkaVersion', 'latest');
    }
    await waitFor('clean again at latest', onLine3, (x) => x.length === 0);
  });

  await test('settings: kafkaProducerConfig.files claims app-kafka.properties; Restart Language Server keeps it served', async () => {
    const uri = vscode.Uri.joinPath(folder, 'custom-exthost', 'app-kafka.properties');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('retriess=5\n'));
    const current = (): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    try {
      await config.update('files', ['*-kafka.properties'], vscode.ConfigurationTarget.Global);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor('the glob sets the language', () => current()?.languageId, (id) => id === LANGUAGE_ID);
      await waitFor('the unknown key is flagged', () => problemsOf(uri), (d) => d.some((x) => /retries/.test(x.message)));
      await vscode.commands.executeCommand('kafkaProducerConfig.restartServer');
      // typed at once, without waiting for the new server's squiggle (the stress test below repeats this)
      const editor = await vscode.window.showTextDocument(current()!);
      assert.ok(await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'lingr.ms=5\n')));
      await waitFor('after a restart the server still answers edits', () => problemsOf(uri), (d) => d.some((x) => /linger\.ms/.test(x.message)));
    } finally {
      await config.update('files', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  // Issue 21: an edit typed right after "Restart Language Server" went unanswered (no diagnostics within
  // 30 s) in 3 of 18 runs of this suite. Each cycle restarts the server and at once replaces line 1 with
  // the other of two typos; the diagnostics must come to name the new typo's suggestion.
  await test(`stress: ${RESTART_CYCLES} × Restart Language Server, then type at once: every edit gets its diagnostics`, async () => {
    const uri = vscode.Uri.joinPath(folder, 'restart-exthost', 'producer.config');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('lingr.ms=5\nacks=all\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const typos: [string, RegExp][] = [['lingr.ms', /linger\.ms/], ['compresion.type', /compression\.type/]];
    const flagged = (want: RegExp) => (d: vscode.Diagnostic[]): boolean => d.some((x) => x.range.start.line === 0 && want.test(x.message));
    await waitFor('the first typo flagged', () => problemsOf(uri), flagged(typos[0]![1]));
    const unanswered: number[] = [];
    const took: number[] = [];
    try {
      for (let i = 1; i <= RESTART_CYCLES; i++) {
        const [key, want] = typos[i % 2]!;
        await vscode.commands.executeCommand('kafkaProducerConfig.restartServer');
        const t0 = Date.now();
        assert.ok(await editor.edit((e) => e.replace(doc.lineAt(0).range, `${key}=5`)));
        const answered = await waitFor(`cycle ${i}: ${key} flagged`, () => problemsOf(uri), flagged(want), CYCLE_TIMEOUT).then(() => true, () => false);
        if (answered) took.push(Date.now() - t0);
        else {
          unanswered.push(i);
          console.log(`exthost: restart stress: cycle ${i}: no diagnostics for the edit within ${CYCLE_TIMEOUT} ms; line 1 had: ${describe(vscode.languages.getDiagnostics(uri).map((d) => d.message.slice(0, 60)))}`);
        }
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    took.sort((a, b) => a - b);
    console.log(`exthost: restart stress: ${unanswered.length} of ${RESTART_CYCLES} edits unanswered within ${CYCLE_TIMEOUT} ms; answered in median ${took[took.length >> 1] ?? '-'} ms, max ${took[took.length - 1] ?? '-'} ms`);
    assert.deepEqual(unanswered, [], `${unanswered.length} of ${RESTART_CYCLES} edits typed right after a restart got no diagnostics within ${CYCLE_TIMEOUT} ms (cycles ${unanswered.join(', ')})`);
  });

  // Issue 21: "No fix all action available" was suspected to come from the server while diagnostics are
  // pulled. Each press of Fix All here comes at once after an edit (its pull in flight) or a settings change
  // (the server asks the editor to pull again) and must fix the file. Between presses the editor gets 1 s:
  // VS Code itself loses a Fix All pressed 0.5-0.85 s after an earlier code action was applied (its light
  // bulb requests, held back behind that one, cancel it), with any provider; fixAllProbe.ts measures that.
  await test(`stress: ${FIXALL_PRESSES} × Fix All pressed while the diagnostics are pulled or refreshed: every press fixes the file`, async () => {
    const uri = vscode.Uri.joinPath(folder, 'fixall-exthost', 'producer.config');
    const broken = 'enavle.idempotence =true\nmax.in.flight.request.per.connection =5\nretriess = 5\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(broken));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const fixed = (t: string): boolean => /^enable\.idempotence =true\n(acks=all\n)?max\.in\.flight\.requests\.per\.connection =5\nretries = 5\n$/.test(t);
    const lost: string[] = [];
    try {
      for (let i = 1; i <= FIXALL_PRESSES; i++) {
        const refresh = i % 2 === 0;
        await new Promise((r) => setTimeout(r, 1000)); // see above: not this extension's race
        assert.ok(await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), broken)));
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        if (refresh) {
          await waitFor('the typos flagged', () => problemsOf(uri), (d) => d.length >= 3);
          // a setting the file does not depend on: the server re-reads its settings and has every file pulled again
          await config.update('allowedKeys', [`unrelated.key.${i}`], vscode.ConfigurationTarget.Global);
        }
        await vscode.commands.executeCommand('editor.action.fixAll');
        const ok = await waitFor('the file fixed', () => doc.getText(), fixed, CYCLE_TIMEOUT).then(() => true, () => false);
        if (!ok) lost.push(`${i} (${refresh ? 'refresh' : 'edit'})`);
      }
    } finally {
      await config.update('allowedKeys', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    console.log(`exthost: fix-all stress: ${lost.length} of ${FIXALL_PRESSES} presses did not fix the file`);
    assert.deepEqual(lost, [], `${lost.length} of ${FIXALL_PRESSES} presses of Fix All did not fix the file within ${CYCLE_TIMEOUT} ms`);
  });

  await test('preview: the simulator preview opens beside the editor as a webview panel', async () => {
    const doc = await vscode.workspace.openTextDocument(throughputUri);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('kafkaProducerConfig.openPreviewToSide');
    const tab = await waitFor('a preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /kafkaProducerConfig\.preview/.test(t.input.viewType)), (t) => !!t);
    assert.ok(tab);
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'opened to the side');
    assert.match(tab.label, /producer\.properties/, `the panel names the file it simulates (label: ${tab.label})`);
    // the source editor keeps its column: the preview sits beside it, not instead of it
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === throughputUri.toString()), 'the config stays visible');
  });

  await test('preview: "Open Simulator Preview" takes the editor\'s own column; from the Explorer it simulates the file clicked', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(seed, vscode.ViewColumn.One);
    const previewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /kafkaProducerConfig\.preview/.test(t.input.viewType));
    await vscode.commands.executeCommand('kafkaProducerConfig.openPreview');
    const tab = await waitFor('a preview tab for the seed', previewTab, (t) => !!t && /producer\.config/.test(t.label));
    assert.equal(tab!.group.viewColumn, vscode.ViewColumn.One, 'in the editor\'s column');
    assert.ok(tab!.isActive, 'shown in front of the editor');
    assert.equal(vscode.window.tabGroups.all.length, 1, 'no second column');
    // The Explorer's context menu passes the clicked file, which need not be open or active. (With no editor
    // open: the preview follows the active editor, and the seed's would take it back as soon as it shows.)
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('kafkaProducerConfig.openPreviewToSide', throughputUri);
    await waitFor('the preview to simulate the clicked file', () => previewTab()?.label ?? '(no preview tab)', (label) => /producer\.properties/.test(label));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  await test('related lines: a duplicated key links to the line Java keeps (relatedInformation)', async () => {
    const uri = vscode.Uri.joinPath(folder, 'related-exthost', 'producer.config');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('acks=1\nlinger.ms=5\nacks=all\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const d = await waitFor('a duplicate-key diagnostic', () => vscode.languages.getDiagnostics(uri).filter((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'duplicate-key'), (x) => x.length > 0);
    const rel = d[0]!.relatedInformation ?? [];
    assert.equal(rel.length, 1, describe(d[0]));
    assert.equal(rel[0]!.location.uri.toString(), uri.toString());
    assert.equal(rel[0]!.location.range.start.line, 2);
    assert.match(rel[0]!.message, /Java keeps/);
  });

  const failed = results.filter((r) => r.status === 'fail').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  console.log(`summary exthost: ${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
  if (failed) throw new Error(`${failed} extension-host test(s) failed`);
}
