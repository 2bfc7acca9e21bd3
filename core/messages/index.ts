// One message catalog per language, and the functions that read it. Each language's catalog has parts: en.ts /
// ko.ts (the webview, the simulator, the client and what the service shares with them), read by message(), and the
// host's part (host.ts: the editor features, the project notes, kpc), read by hostMessage(), so that the webview
// and client bundles leave out what only the server and kpc show. A key names a string wherever it is shown;
// `{name}` placeholders are filled from `params`. Korean is complete by type: each Korean part must have every key
// of its English part, and test/unit/core/messages.test.ts checks that both use the same placeholders.
import type { Locale } from '../locale';
import { en } from './en';
import { fillPlaceholders, type MessageParams } from './fill';
import { hostEn, hostKo, type HostMessageKey } from './host';
import { ko } from './ko';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type { MessageParams } from './fill';
export { hostMessage, type HostMessageKey } from './host';

const CORE: Record<Locale, Messages> = { en, ko };

/** Each language's whole catalog, the host's part included (for tests and tools; the faces read their part). */
export const MESSAGES: Record<Locale, Record<MessageKey | HostMessageKey, string>> = /* @__PURE__ */ wholeCatalog();
function wholeCatalog(): Record<Locale, Record<MessageKey | HostMessageKey, string>> {
  return { en: { ...en, ...hostEn }, ko: { ...ko, ...hostKo } };
}

/** The string `key` in `locale`, with its `{name}` placeholders filled from `params`. */
export function message(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(CORE[locale][key] ?? en[key], params);
}
