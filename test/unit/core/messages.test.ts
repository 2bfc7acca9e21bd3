// The message catalogs: every key in English and Korean with the same placeholders, no key unused and none used
// that is missing, and no source outside the catalog writes a user-visible string of its own (no Korean text in
// server/src, core, client/src or webview/src; in a rule's file, only its documentation, which the rule keeps in
// both languages), picks one by locale or uses vscode.l10n.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { MESSAGES, MESSAGE_PARTS, message, ruleMessages } from '#core';
import { ROOT } from '../fixtureCases';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/**
 * Messages whose languages deliberately use different placeholders, with each language's own ones: a count
 * English and Korean word differently, and a catalog text English capitalizes to start its sentence.
 */
const OWN_PLACEHOLDERS: Record<string, { en: string[]; ko: string[] }> = {
  'rule.non-ascii.checkTheEncoding': { en: ['others'], ko: ['lines'] },
  'rule.deprecated-key.deprecatedValue': { en: ['Replacement'], ko: ['replacement'] },
};

test('every message exists in English and Korean, with the same placeholders', () => {
  const en = MESSAGES.en;
  const ko = MESSAGES.ko;
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  assert.ok(Object.keys(en).length > 80);
  for (const k of Object.keys(en) as (keyof typeof en)[]) {
    assert.ok(en[k].trim() !== '' && ko[k].trim() !== '', `${k} is empty`);
    const own = OWN_PLACEHOLDERS[k];
    const shared = (s: string, mine: string[]) => placeholders(s).filter((p) => !mine.includes(p));
    assert.deepEqual(shared(ko[k], own?.ko ?? []), shared(en[k], own?.en ?? []), `${k}: the placeholders differ`);
    if (own) {
      for (const p of own.en) assert.ok(placeholders(en[k]).includes(p) && !placeholders(ko[k]).includes(p), `${k}: {${p}} is not English-only any more`);
      for (const p of own.ko) assert.ok(placeholders(ko[k]).includes(p) && !placeholders(en[k]).includes(p), `${k}: {${p}} is not Korean-only any more`);
    }
    // Korean, unless the string is a name or a setting written the same in both (RoundRobinPartitioner, linger.ms=10 + lz4)
    // or a product's name (AdminClient, Kafka Streams)
    if (ko[k] === en[k]) assert.doesNotMatch(en[k], /\b(the|and|of|is|to)\b/, `${k}: an English sentence left untranslated`);
    else if (/\p{L}/u.test(ko[k].replace(/\{\w+\}/g, '')) && !/^[A-Z]\w+(?: [A-Z]\w+)*$/.test(ko[k])) assert.match(ko[k], /[\uac00-\ud7a3]/, `${k}: not Korean`);
  }
});

test('each Korean part has exactly its English part\'s keys, and no key is in two parts', () => {
  const parts = Object.keys(MESSAGE_PARTS.en) as (keyof typeof MESSAGE_PARTS.en)[];
  const seen = new Map<string, string>();
  for (const part of parts) {
    assert.deepEqual(Object.keys(MESSAGE_PARTS.ko[part]).sort(), Object.keys(MESSAGE_PARTS.en[part]).sort(), part);
    for (const k of Object.keys(MESSAGE_PARTS.en[part])) {
      assert.equal(seen.get(k), undefined, `${k} is in the parts ${seen.get(k)} and ${part}`);
      seen.set(k, part);
    }
  }
  assert.equal(seen.size, Object.keys(MESSAGES.en).length);
  // the rules' part: keyed by rule code (or shared by several rules)
  for (const k of Object.keys(MESSAGE_PARTS.en.rules)) assert.match(k, /^rule\.[a-z0-9-]+\.\w+(?:\.[\w-]+)?$/, k);
});

test('message() fills placeholders and leaves unknown ones as written', () => {
  assert.equal(message('en', 'webview.timing', { records: '1,000', ms: 5 }), 'simulated 2 × 1,000 records in 5 ms');
  assert.equal(message('ko', 'webview.timing', { records: '1,000', ms: 5 }), '레코드 1,000개씩 2번 시뮬레이션 (5 ms)');
  assert.equal(message('en', 'webview.applying'), 'Applying {list}…');
  // a value is inserted as it is, never read as a placeholder or a replacement pattern
  assert.equal(ruleMessages('en')('rule.unknown-key.see', { see: "'{see}' $& $1" }), " See '{see}' $& $1.");
  assert.equal(ruleMessages('ko')('rule.shared.doesNotStart'), '프로듀서가 시작하지 않습니다(ConfigException)');
});

const walk = (dir: string): string[] => readdirSync(join(ROOT, dir)).sort().flatMap((n) => {
  const p = `${dir}/${n}`;
  return statSync(join(ROOT, p)).isDirectory() ? walk(p) : /\.(?:ts|mjs)$/.test(n) ? [p] : [];
});
/** Every source file that may show a catalog string, but the catalogs. */
const SOURCES = ['server/src', 'core', 'client/src', 'webview/src', 'scripts'].flatMap(walk).filter((f) => !f.startsWith('core/messages/'));
const SOURCE_TEXT = SOURCES.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
/** `message(locale, 'key'`, `hostMessage(locale, 'key'`, `ctx.msg('key'`, the webview's `this.m('key'`, the client's `t('key'`: the keys written out in full. */
const KEY_ARG = /(?:\b(?:message|hostMessage)\(\s*[\w.]+,\s*|\bmsg\(\s*|\bm\(\s*|\bt\(\s*)(['"`])([\w.-]+?)(\$\{|\1)/g;

test('every catalog key is used by some source file, and every key a source file names exists', () => {
  const named = [...SOURCE_TEXT.matchAll(KEY_ARG)];
  // a key built from a prefix and a value (`severity.${s}`, `rule.consumer-key.component.${c}`) uses every key of that prefix
  const prefixes = named.filter((m) => m[3] === '${').map((m) => m[2]!);
  const full = named.filter((m) => m[3] !== '${').map((m) => m[2]!);
  assert.ok(full.length > 300 && prefixes.length >= 4, `${full.length} keys and ${prefixes.length} prefixes found: the pattern no longer sees the calls`);
  for (const k of full) assert.ok(k in MESSAGES.en, `'${k}' is used but not in the catalog`);
  for (const p of prefixes) assert.ok(Object.keys(MESSAGES.en).some((k) => k.startsWith(p)), `no key starts with '${p}'`);
  const dead = Object.keys(MESSAGES.en).filter((k) => !SOURCE_TEXT.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
  assert.deepEqual(dead, [], 'catalog keys no source file uses');
});

/**
 * A rule file's text without its documentation (`docs: { en, ko }` of defineRule / defineSpringRule, which the rule
 * keeps in both languages) and its example (file text, not a message), blanked out so the line numbers stay.
 */
function withoutRuleDocs(file: string, text: string): string {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && /^define(?:Spring)?Rule$/.test(n.expression.text)) {
      const arg = n.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties) if (ts.isPropertyAssignment(p) && (p.name.getText(sf) === 'docs' || p.name.getText(sf) === 'example')) cuts.push([p.getStart(sf), p.end]);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  let out = text;
  for (const [a, b] of cuts) out = out.slice(0, a) + out.slice(a, b).replace(/[^\n]/g, ' ') + out.slice(b);
  return out;
}

/** The catalog itself: the only place user-visible strings are written (with the rules' `docs`). */
const CATALOG = 'core/messages/';

test('no source outside the catalog writes Korean inline, picks a string by locale or uses vscode.l10n (a rule file only in its docs and example)', () => {
  const files = SOURCES.filter((f) => !f.startsWith('scripts/'));
  assert.ok(files.length > 100, `only ${files.length} source files found`);
  let docs = 0;
  for (const f of files) {
    assert.ok(!f.startsWith(CATALOG));
    const raw = readFileSync(join(ROOT, f), 'utf8');
    const text = withoutRuleDocs(f, raw);
    if (text !== raw) docs++;
    const hangul = text.split('\n').filter((l) => /[\uac00-\ud7a3]/.test(l));
    assert.deepEqual(hangul, [], `${f} still has inline Korean`);
    // nor a pair picked by locale: a rule's messages are catalog keys (ctx.msg), the client's too (t(key))
    assert.doesNotMatch(text, /\bctx\.t\(|\bpick\(/, `${f} still picks an inline string by locale`);
    assert.doesNotMatch(text, /vscode\.l10n|@vscode\/l10n/, `${f} still translates with vscode.l10n`);
  }
  assert.ok(docs >= 50, `only ${docs} rule files with docs found`);
});
