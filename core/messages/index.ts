// One message catalog per language, and the one function that reads it. Each language's catalog is made of parts:
// en.ts / ko.ts (the editor, the webview, the simulator, the CLI) and rules.en.ts / rules.ko.ts (the rules'
// findings, fix titles and related lines). A key names a string wherever it is shown; `{name}` placeholders are
// filled from `params`. Korean is complete by type: each Korean part must have every key of its English part, and
// test/unit/core/messages.test.ts checks that both use the same placeholders.
import type { Locale } from '../locale';
import { en as coreEn } from './en';
import { ko as coreKo } from './ko';
import { rulesEn } from './rules.en';
import { rulesKo } from './rules.ko';

const en = { ...coreEn, ...rulesEn };

export type MessageKey = keyof typeof en;
/** The part ko.ts holds: every key of en.ts. */
export type Messages = Record<keyof typeof coreEn, string>;
/** The part rules.ko.ts holds: every key of rules.en.ts. */
export type RuleMessages = Record<keyof typeof rulesEn, string>;
export type MessageParams = Record<string, string | number>;

/** The catalog parts of each language, for the completeness test (no key in two parts). */
export const MESSAGE_PARTS: Record<Locale, Record<'core' | 'rules', Record<string, string>>> = {
  en: { core: coreEn, rules: rulesEn },
  ko: { core: coreKo, rules: rulesKo },
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, ko: { ...coreKo, ...rulesKo } };

/** The string `key` in `locale`, with its `{name}` placeholders filled from `params`. */
export function message(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = MESSAGES[locale][key] ?? en[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

type NotWord = ' ' | '{' | ':' | '/' | '.' | ',' | '-' | '=' | '(' | ')' | "'" | '"' | '$';
/** The `{name}` placeholders of a message's English text (a type). */
type Placeholders<S extends string> = S extends `${string}{${infer Rest}`
  ? (Rest extends `${infer P}}${string}` ? (P extends '' | `${string}${NotWord}${string}` ? never : P) : never) | Placeholders<Rest>
  : never;
/** The placeholders of `key` in any language (a rule's Korean text may use a value its English one does not, and the reverse). */
type KeyPlaceholders<K extends MessageKey> = Placeholders<(typeof en)[K]> | (K extends keyof typeof rulesKo ? Placeholders<(typeof rulesKo)[K]> : never);
/** What `key` takes besides itself: nothing, or a value for each of its placeholders. */
export type MessageArgs<K extends MessageKey> = [KeyPlaceholders<K>] extends [never] ? [] : [params: Record<KeyPlaceholders<K>, string | number>];
/** `message()` in one locale, checked: the key exists and every placeholder gets a value (what rules call as `ctx.msg`). */
export type MessageFn = <K extends MessageKey>(key: K, ...params: MessageArgs<K>) => string;

/** `message()` bound to a locale, typed as `MessageFn`. */
export function messagesIn(locale: Locale): MessageFn {
  return (key, ...params) => message(locale, key, params[0]);
}
