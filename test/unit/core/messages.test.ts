// The message catalogs: every key in English and Korean with the same placeholders, and the parts converted to
// the catalog write no user-visible string of their own (no Korean text left in their sources).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

/** What writes its user-visible strings through the catalog so far. */
const CONVERTED = ['webview/src', 'server/src/simulator', 'server/src/simulator/engine', 'server/src/service/limit.ts', 'server/src/service/ruleDocs.ts', 'server/src/service/suppress.ts', 'server/src/service/inlayHints.ts', 'server/src/service/links.ts', 'server/src/service/symbols.ts'];

test('the parts converted to the catalog have no inline Korean left (webview, simulator, limits, rule docs, suppress titles, inlay hints, links, outline)', () => {
  for (const p of CONVERTED) {
    const files = p.endsWith('.ts') ? [p] : readdirSync(join(ROOT, p)).filter((n) => n.endsWith('.ts')).map((n) => `${p}/${n}`);
    for (const f of files) {
      const hangul = readFileSync(join(ROOT, f), 'utf8').split('\n').filter((l) => /[\uac00-\ud7a3]/.test(l));
      assert.deepEqual(hangul, [], `${f} still has inline Korean`);
    }
  }
});
