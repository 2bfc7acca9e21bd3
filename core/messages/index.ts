// One message catalog per language, and the functions that read it. Each language's catalog is made of parts:
// en.ts / ko.ts (the editor, the webview, the simulator, the CLI) and rules.en.ts / rules.ko.ts (the rules'
// findings, fix titles and related lines). A key names a string wherever it is shown; `{name}` placeholders are
// filled from `params`. Korean is complete by type: each Korean part must have every key of its English part, and
// test/unit/core/messages.test.ts checks that both use the same placeholders. The parts are read apart
// (`message` the first, `ruleMessages` the second) so that a bundle carries only the part it shows: the webview
// and the client never carry the rules' messages.
import type { Locale } from '../locale';
import { en } from './en';
import { ko } from './ko';
import { rulesEn } from './rules.en';
import { rulesKo } from './rules.ko';

export type MessageKey = keyof typeof en;
/** The part ko.ts holds: every key of en.ts. */
export type Messages = Record<MessageKey, string>;
export type RuleMessageKey = keyof typeof rulesEn;
/** The part rules.ko.ts holds: every key of rules.en.ts. */
export type RuleMessages = Record<RuleMessageKey, string>;
export type MessageParams = Record<string, string | number>;

const CORE: Record<Locale, Messages> = { en, ko };
const RULES: Record<Locale, RuleMessages> = { en: rulesEn, ko: rulesKo };

/** Each language's catalog by part, for the completeness test (no key in two parts). */
export const MESSAGE_PARTS = { en: { core: en, rules: rulesEn }, ko: { core: ko, rules: rulesKo } } as const;

/** Each language's whole catalog, every part's keys (for tests and tools; the faces read their part). */
export const MESSAGES: Record<Locale, Record<MessageKey | RuleMessageKey, string>> = /* @__PURE__ */ wholeCatalog();
function wholeCatalog(): Record<Locale, Record<MessageKey | RuleMessageKey, string>> {
  return { en: { ...en, ...rulesEn }, ko: { ...ko, ...rulesKo } };
}

/** Each message split at its placeholders once (literal, name, literal, …): filling is then a join, not a regex. */
const SPLIT = new Map<string, readonly string[]>();

function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  let parts = SPLIT.get(text);
  if (!parts) {
    parts = text.split(/\{(\w+)\}/);
    SPLIT.set(text, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/** The string `key` in `locale`, with its `{name}` placeholders filled from `params`. */
export function message(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fill(CORE[locale][key] ?? en[key], params);
}

type NotWord = ' ' | '{' | ':' | '/' | '.' | ',' | '-' | '=' | '(' | ')' | "'" | '"' | '$';
/** The `{name}` placeholders of a message's text (a type). */
type Placeholders<S extends string> = S extends `${string}{${infer Rest}`
  ? (Rest extends `${infer P}}${string}` ? (P extends '' | `${string}${NotWord}${string}` ? never : P) : never) | Placeholders<Rest>
  : never;
/** The placeholders of a rule message in either language (a Korean text may use a value its English one does not, and the reverse). */
type RulePlaceholders<K extends RuleMessageKey> = Placeholders<(typeof rulesEn)[K]> | Placeholders<(typeof rulesKo)[K]>;
/** What a rule message takes besides its key: nothing, or a value for each of its placeholders. */
export type RuleMessageArgs<K extends RuleMessageKey> = [RulePlaceholders<K>] extends [never] ? [] : [params: Record<RulePlaceholders<K>, string | number>];
/** A rule message in one locale, checked: the key exists and every placeholder gets a value (what rules call as `ctx.msg`). */
export type RuleMessageFn = <K extends RuleMessageKey>(key: K, ...params: RuleMessageArgs<K>) => string;

/** The rules' messages in `locale`: `(key, params)` gives the string with its placeholders filled. */
export function ruleMessages(locale: Locale): RuleMessageFn {
  const part = RULES[locale];
  // (one optional argument, not a rest array: this runs for every finding and fix title)
  return ((key: RuleMessageKey, params?: MessageParams) => fill(part[key] ?? rulesEn[key], params)) as RuleMessageFn;
}
