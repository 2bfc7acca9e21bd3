// The message catalogs: every key in English and Korean with the same placeholders, and the parts converted to
// the catalog write no user-visible string of their own (no Korean text left in their sources).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES, message } from '#core';
import { ROOT } from '../fixtureCases';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

test('every message exists in English and Korean, with the same placeholders', () => {
  const en = MESSAGES.en;
  const ko = MESSAGES.ko;
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  assert.ok(Object.keys(en).length > 80);
  for (const k of Object.keys(en) as (keyof typeof en)[]) {
    assert.ok(en[k].trim() !== '' && ko[k].trim() !== '', `${k} is empty`);
    assert.deepEqual(placeholders(ko[k]), placeholders(en[k]), `${k}: the placeholders differ`);
    // Korean, unless the string is a name or a setting written the same in both (RoundRobinPartitioner, linger.ms=10 + lz4)
    if (ko[k] === en[k]) assert.doesNotMatch(en[k], /\b(the|and|of|is|to)\b/, `${k}: an English sentence left untranslated`);
    else if (/\p{L}/u.test(ko[k].replace(/\{\w+\}/g, ''))) assert.match(ko[k], /[\uac00-\ud7a3]/, `${k}: not Korean`);
  }
});

test('message() fills placeholders and leaves unknown ones as written', () => {
  assert.equal(message('en', 'webview.timing', { records: '1,000', ms: 5 }), 'simulated 2 × 1,000 records in 5 ms');
  assert.equal(message('ko', 'webview.timing', { records: '1,000', ms: 5 }), '레코드 1,000개씩 2번 시뮬레이션 (5 ms)');
  assert.equal(message('en', 'webview.applying'), 'Applying {list}…');
});

/** Source folders whose user-visible strings all come from the catalog (each with every folder below it). */
const CATALOG_ONLY = ['server/src', 'client/src', 'webview/src', 'core'];
/** Where the strings live, and what is not converted yet: rule messages are still `ctx.t(en, ko)` pairs (the
 * rule folders, and spring/analysis.ts: the related lines and unknown-spring-boot-version's message). */
const LEFT_OUT = ['core/messages', 'server/src/service/rules', 'server/src/service/spring/rules', 'server/src/service/spring/analysis.ts'];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (LEFT_OUT.includes(dir)) return;
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (LEFT_OUT.includes(rel)) continue;
      if (statSync(join(ROOT, rel)).isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(name)) out.push(rel);
    }
  };
  CATALOG_ONLY.forEach(walk);
  return out;
}

/** The text without its `docs: { … }` blocks (a rule's documentation is written in both languages in its file). */
function withoutDocs(text: string): string {
  let out = '';
  let i = 0;
  const re = /\bdocs: \{/g;
  let found: RegExpExecArray | null;
  while ((found = re.exec(text))) {
    out += text.slice(i, found.index);
    let depth = 0;
    let j = found.index + found[0].length - 1;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
    re.lastIndex = i;
  }
  return out + text.slice(i);
}

test('no source outside the catalog writes Korean inline, asks pick() or uses vscode.l10n', () => {
  const files = sourceFiles();
  assert.ok(files.length > 100, `only ${files.length} source files found`);
  for (const f of files) {
    const text = withoutDocs(readFileSync(join(ROOT, f), 'utf8'));
    const hangul = text.split('\n').filter((l) => /[\uac00-\ud7a3]/.test(l));
    assert.deepEqual(hangul, [], `${f} still has inline Korean`);
    assert.doesNotMatch(text, /(?<!function )\bpick\(/, `${f} still picks between inline English and Korean`);
    assert.doesNotMatch(text, /vscode\.l10n|@vscode\/l10n/, `${f} still translates with vscode.l10n`);
  }
});

test('every message is used: its key is written in a source, or a source builds it from a prefix', () => {
  const sources = [...sourceFiles(), ...LEFT_OUT.filter((d) => d !== 'core/messages').flatMap((d) => (d.endsWith('.ts') ? [d] : readdirSync(join(ROOT, d)).map((n) => `${d}/${n}`)))]
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, f), 'utf8'))
    .join('\n');
  // `category.${c}`, `outline.group.${g}`: a key built from a prefix
  const prefixes = [...new Set([...sources.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!))];
  const dead = Object.keys(MESSAGES.en).filter((k) => !sources.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
  assert.deepEqual(dead, [], 'messages no source uses');
});
