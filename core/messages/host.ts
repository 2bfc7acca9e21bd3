// The host's part of the catalog: what only the language server and kpc show (the editor features, what the
// project readers say, the command line). It is read apart from message() (hostMessage) so that the bundles
// of the webview and the client, which never show these strings, leave them out.
import type { Locale } from '../locale';
import { cliEn } from './cli.en';
import { cliKo } from './cli.ko';
import { editorEn } from './editor.en';
import { editorKo } from './editor.ko';
import { fillPlaceholders, type MessageParams } from './fill';
import { projectEn } from './project.en';
import { projectKo } from './project.ko';

// (merged by a call marked pure: a bundle that never asks hostMessage() drops the parts)
export const hostEn = /* @__PURE__ */ Object.assign({}, editorEn, projectEn, cliEn);
export type HostMessageKey = keyof typeof hostEn;
/** Korean has every key of the host's part (by type). */
export const hostKo: Record<HostMessageKey, string> = /* @__PURE__ */ Object.assign({}, editorKo, projectKo, cliKo);

const HOST: Record<Locale, Record<HostMessageKey, string>> = { en: hostEn, ko: hostKo };

/** The host's string `key` in `locale`, with its `{name}` placeholders filled from `params`. */
export function hostMessage(locale: Locale, key: HostMessageKey, params?: MessageParams): string {
  return fillPlaceholders(HOST[locale][key] ?? hostEn[key], params);
}
