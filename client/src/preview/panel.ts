// The simulator preview beside the editor, like the Markdown preview: follows the active producer config,
// re-simulates while typing (debounced), keeps its state across reloads (serializer), and applies what-if
// variants to the right document through a WorkspaceEdit.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ConfigMessage, HostMessage } from '../../../webview/src/protocol';
import { CONFIG_SECTION, EFFECTIVE_CONFIG_REQUEST, simulatorInputFromText, type EffectiveConfigParams, type EffectiveConfigResponse } from '#core';
import { isProducerDocument, isSpringDocument } from '../documents';
import { buildPreviewHtml, makeNonce } from './html';
import { parseWebviewMessage } from './messages';
import { editsForChanges } from './edits';
import { t, uiLocale } from '../messages';

export const PREVIEW_VIEW_TYPE = 'kafkaProducerConfig.preview';
export const OPEN_PREVIEW_TO_SIDE_COMMAND = 'kafkaProducerConfig.openPreviewToSide';
/** In the active editor's column, as Markdown's "Open Preview" (the editor stays open behind it). */
export const OPEN_PREVIEW_COMMAND = 'kafkaProducerConfig.openPreview';
const DEBOUNCE_MS = 150;

class PreviewPanel {
  private doc: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private seq = 0;

  constructor(readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri, private readonly getClient: () => LanguageClient | undefined, onDispose: () => void) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    panel.webview.html = buildPreviewHtml({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      lang: uiLocale(),
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e && isProducerDocument(e.document)) this.follow(e.document); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (this.doc && e.document.uri.toString() === this.doc.uri.toString()) this.schedule(); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(CONFIG_SECTION)) this.schedule(); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (this.doc && d.uri.toString() === this.doc.uri.toString()) this.doc = undefined; }),
      panel.onDidDispose(() => { this.dispose(); onDispose(); }),
    );
    const active = vscode.window.activeTextEditor?.document;
    if (active && isProducerDocument(active)) this.doc = active;
    else this.doc = vscode.window.visibleTextEditors.map((e) => e.document).find((d) => isProducerDocument(d));
  }

  follow(doc: vscode.TextDocument): void {
    this.doc = doc;
    this.panel.title = t('client.preview.title', { file: doc.uri.path.split('/').pop() ?? '' });
    this.schedule(0);
  }

  schedule(delay = DEBOUNCE_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.post(); }, delay);
  }

  /** The simulator input for `doc`: the language server's (the same as `kpc simulate`), else read from the text by the same function. */
  private async config(doc: vscode.TextDocument): Promise<ConfigMessage> {
    const base = { type: 'config' as const, uri: doc.uri.toString(), fileName: doc.uri.path.split('/').pop() ?? doc.uri.toString() };
    const client = this.getClient();
    if (client?.isRunning()) {
      try {
        const params: EffectiveConfigParams = { uri: doc.uri.toString() };
        const res = await Promise.race([
          client.sendRequest<EffectiveConfigResponse | null>(EFFECTIVE_CONFIG_REQUEST, params),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000)),
        ]);
        if (res && typeof res.kafkaVersion === 'string' && res.values && typeof res.values === 'object') {
          const { versionSource: _v, clientSource: _c, versionOrigin: _o, values, ...target } = res;
          return { ...base, ...target, values, source: 'server' };
        }
      } catch {
        // fall back to reading the text here
      }
    }
    const settings = vscode.workspace.getConfiguration(CONFIG_SECTION, doc.uri);
    // only the server reads a Spring Boot file the way Boot does
    if (isSpringDocument(doc)) return { ...base, ...simulatorInputFromText('', { kafkaVersion: settings.get<string>('kafkaVersion'), client: settings.get<string>('client') }), source: 'local' };
    return { ...base, ...simulatorInputFromText(doc.getText(), { kafkaVersion: settings.get<string>('kafkaVersion'), client: settings.get<string>('client') }), source: 'local' };
  }

  async post(): Promise<void> {
    const seq = ++this.seq;
    const doc = this.doc;
    let msg: HostMessage;
    if (!doc || doc.isClosed) msg = { type: 'noConfig', reason: t('client.preview.noConfig') };
    else msg = await this.config(doc);
    if (seq !== this.seq) return; // a newer update is on its way
    void this.panel.webview.postMessage(msg);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseWebviewMessage(raw);
    if (!m) return;
    if (m.type === 'ready') { this.schedule(0); return; }
    // Apply only to the document this preview shows, and only while it is open.
    const doc = this.doc;
    if (!doc || doc.isClosed || doc.uri.toString() !== m.uri) {
      void vscode.window.showWarningMessage(t('client.apply.previewGone'));
      return;
    }
    if (isSpringDocument(doc)) {
      // the what-if edits are producer-config lines: a Spring file is changed by hand (or with the quick fixes)
      void vscode.window.showInformationMessage(t('client.apply.notProducerConfig', { file: doc.uri.path.split('/').pop() ?? '' }));
      return;
    }
    const text = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    for (const e of editsForChanges(text, m.changes)) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
    const ok = await vscode.workspace.applyEdit(edit);
    if (!ok) void vscode.window.showWarningMessage(t('client.apply.failed', { file: doc.uri.path.split('/').pop() ?? '' }));
  }

  /** Beside the editor without taking focus, or in the active editor's column (focused), as Markdown's two previews. */
  reveal(toSide: boolean): void {
    this.panel.reveal(toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, toSide);
    this.schedule(0);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
  }
}

/** Registers the two "Open Simulator Preview" commands and the panel serializer. */
export function registerPreview(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  let current: PreviewPanel | undefined;
  const adopt = (panel: vscode.WebviewPanel): PreviewPanel => {
    current?.panel.dispose();
    const p = new PreviewPanel(panel, context.extensionUri, getClient, () => { if (current === p) current = undefined; });
    current = p;
    return p;
  };
  // From the editor title, its context menu or the palette: the active editor's file. From the Explorer's
  // context menu: the file clicked, opened (not shown) if it is not open yet.
  const open = async (uri: unknown, toSide: boolean): Promise<void> => {
    let target = vscode.window.activeTextEditor?.document;
    if (uri instanceof vscode.Uri && uri.toString() !== target?.uri.toString()) {
      target = await vscode.workspace.openTextDocument(uri).then((d) => d, () => target);
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (!current) {
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, t('client.preview.viewTitle'), { viewColumn: column, preserveFocus: toSide }, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
      });
      adopt(panel);
    } else current.reveal(toSide);
    if (target && isProducerDocument(target)) current!.follow(target);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, (uri?: unknown) => open(uri, true)),
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: unknown) => open(uri, false)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
        // the webview restores its own scenario and last config from vscode.getState()
        const p = adopt(panel);
        p.schedule(0);
      },
    }),
    { dispose: () => current?.panel.dispose() },
  );
}
