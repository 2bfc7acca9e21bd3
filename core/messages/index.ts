// One message catalog per language (en.ts, ko.ts), and the one function that reads them. A key names a string
// wherever it is shown; `{name}` placeholders are filled from `params`. Korean is complete by type: ko.ts must
// have every key of en.ts, and test/unit/core/messages.test.ts checks that both use the same placeholders.
import type { Locale } from '../locale';
import { en } from './en';
import { ko } from './ko';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

export const MESSAGES: Record<Locale, Messages> = { en, ko };

/** The string `key` in `locale`, with its `{name}` placeholders filled from `params`. */
export function message(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = MESSAGES[locale][key] ?? en[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}
