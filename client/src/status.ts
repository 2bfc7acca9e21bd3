import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EFFECTIVE_CONFIG_REQUEST, KAFKA_VERSIONS, LATEST_VERSION, versionLabel, type EffectiveConfigParams, type EffectiveConfigResponse } from '#core';
import { t } from './messages';

export const SELECT_VERSION_COMMAND = 'kafkaProducerConfig.selectKafkaVersion';

function isTarget(v: unknown): v is EffectiveConfigResponse {
  return !!v && typeof v === 'object' && typeof (v as EffectiveConfigResponse).kafkaVersion === 'string' && typeof (v as EffectiveConfigResponse).client === 'string';
}

function sourceText(source: EffectiveConfigResponse['versionSource'], springBoot?: string): string {
  if (source === 'default' && springBoot) return t('client.status.springBoot', { version: springBoot });
  if (source === 'comment') return t('client.status.fromComment');
  if (source === 'setting') return t('client.status.fromSettings');
  return t('client.status.latest', { version: LATEST_VERSION });
}

/**
 * The language status item of a producer config (the `{}` beside the language name in the status bar):
 * which Kafka version and client the open file is checked for, and where that comes from, with a
 * command to change the version for the file's workspace folder.
 */
export function registerStatus(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, selector: vscode.DocumentSelector, isOurs: (doc: vscode.TextDocument) => boolean, section: string): void {
  const item = vscode.languages.createLanguageStatusItem('kafkaProducerConfig.target', selector);
  item.name = t('client.status.name');
  item.text = t('client.status.text');
  item.command = { command: SELECT_VERSION_COMMAND, title: t('client.status.change'), tooltip: t('client.status.changeTooltip') };

  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  const refresh = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    const client = getClient();
    if (!doc || !isOurs(doc) || !client?.isRunning()) return;
    const mine = ++seq;
    try {
      const params: EffectiveConfigParams = { uri: doc.uri.toString(), values: false };
      const res = await client.sendRequest<unknown>(EFFECTIVE_CONFIG_REQUEST, params);
      if (mine !== seq || !isTarget(res)) return;
      const version = versionLabel({ version: res.kafkaVersion, ...(res.patch !== undefined ? { patch: res.patch } : {}) });
      // Where the version came from: the server says it when it knows the file's project ("from pom.xml").
      const origin = res.versionOrigin;
      const fromProject = origin && (origin.origin === 'build' || origin.origin === 'config');
      item.text = `Kafka ${version} · ${res.client}${res.springBoot ? ` · Spring Boot ${res.springBoot}` : ''}${fromProject ? ` · ${origin.label}` : ''}`;
      item.detail = origin ? [origin.detail, ...(origin.notes ?? [])].join(' — ') : sourceText(res.versionSource, res.springBoot);
      // A build file that could not tell the version is worth a look (the version is then latest, not a guess).
      item.severity = origin?.notes?.length ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    } catch {
      // The server is restarting or gone: keep the last text, the next change refreshes it.
    }
  };
  const soon = (ms = 150): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), ms);
  };

  context.subscriptions.push(
    item,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => soon(0)),
    // A `# kpc: kafka-version=…` comment typed into the file changes the target too.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && isOurs(e.document)) soon(300);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(section)) soon(300);
    }),
    // The version can come from the project: a build file or .kpc.json saved changes it too.
    ...((): vscode.Disposable[] => {
      const w = vscode.workspace.createFileSystemWatcher('**/{pom.xml,build.gradle,build.gradle.kts,settings.gradle,settings.gradle.kts,*.versions.toml,.kpc.json}');
      return [w, w.onDidChange(() => soon(500)), w.onDidCreate(() => soon(500)), w.onDidDelete(() => soon(500))];
    })(),
    vscode.commands.registerCommand(SELECT_VERSION_COMMAND, async (picked?: unknown) => {
      const doc = vscode.window.activeTextEditor?.document;
      const folder = doc ? vscode.workspace.getWorkspaceFolder(doc.uri) : undefined;
      const current = vscode.workspace.getConfiguration(section, doc?.uri).get<string>('kafkaVersion', 'auto');
      let version = typeof picked === 'string' ? picked : undefined;
      if (version === undefined) {
        const items: vscode.QuickPickItem[] = ['auto', 'latest', ...[...KAFKA_VERSIONS].reverse()].map((v) => ({
          label: v,
          description:
            v === current
              ? t('client.version.current')
              : v === 'auto'
                ? t('client.version.auto')
                : v === 'latest'
                  ? t('client.version.latest', { version: LATEST_VERSION })
                  : undefined,
        }));
        const choice = await vscode.window.showQuickPick(items, {
          title: t('client.version.title'),
          placeHolder: folder ? t('client.version.folder', { folder: folder.name }) : t('client.version.user'),
        });
        version = choice?.label;
      }
      if (version === undefined) return;
      const minor = /^(\d+\.\d+)(?:\.\d+)?$/.exec(version)?.[1];
      if (version !== 'latest' && version !== 'auto' && !(minor && (KAFKA_VERSIONS as readonly string[]).includes(minor))) {
        void vscode.window.showWarningMessage(t('client.version.unknown', { version }));
        return;
      }
      const config = vscode.workspace.getConfiguration(section, doc?.uri);
      await config.update('kafkaVersion', version, folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global);
      soon(300);
    }),
  );
  // The server answers once it is running; ask again a little later for the file already open.
  soon(500);
  const client = getClient();
  if (client) context.subscriptions.push(client.onDidChangeState(() => soon(300)));
}
