// "Ignore CODE on this line / in this file" quick fixes: each silences its finding through a
// kpc-disable comment and changes nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analyze';
import { codeActions } from '../../../server/src/service/codeActions';
import { applyEdits } from '../../../server/src/service/fixAll';
import { suppressor } from '../../../server/src/service/suppress';
import type { Finding } from '../../../server/src/service/types';
import { EXAMPLES } from '../robustness/props';

function counts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.code, (m.get(f.code) ?? 0) + 1);
  return m;
}

const CRAFTED = [
  'retriess=1\r\nacks=2\r\n',
  '\uFEFFretriess=1\nlinger.ms=-1\n',
  '  retriess = 1\n\tacks = maybe\n',
  '# kpc-disable-next-line duplicate-key  \nretriess=1\n',
  '# kpc-disable out-of-range\nretriess=1\nacks=all\nacks=all\n',
  'batch.size=\\\n  abc\nretriess=1\n',
];

test('every suppression of every finding silences it and changes no other finding', () => {
  let checked = 0;
  for (const text of [...EXAMPLES, ...CRAFTED]) {
    const a = analyze(text);
    const before = counts(a.findings);
    const suppress = suppressor(a);
    for (const f of a.findings) {
      for (const s of suppress(f)) {
        const after = analyze(applyEdits(text, s.edits));
        const now = counts(after.findings);
        assert.ok((now.get(f.code) ?? 0) < before.get(f.code)!, `${s.title} silences ${f.code} in ${JSON.stringify(text.slice(0, 80))}`);
        for (const [code, n] of before) if (code !== f.code) assert.equal(now.get(code) ?? 0, n, `${s.title} leaves ${code} alone`);
        for (const [code] of now) assert.ok(before.has(code), `${s.title} adds no ${code}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `${checked} suppressions checked`);
});

test('the comment goes above the line with its indentation and line ending, or joins a directive already there', () => {
  const ignore = (text: string, at: number, which: 'line' | 'file'): string => {
    const acts = codeActions(analyze(text), { span: { start: at, end: at }, only: ['quickfix'] }).filter((x) => x.title.includes(which === 'line' ? 'on this line' : 'in this file'));
    assert.equal(acts.length, 1, JSON.stringify(acts.map((x) => x.title)));
    return applyEdits(text, acts[0]!.edits);
  };
  assert.equal(ignore('acks=all\r\n  retriess=1\r\n', 12, 'line'), 'acks=all\r\n  # kpc-disable-next-line unknown-key\r\n  retriess=1\r\n');
  assert.equal(ignore('# kpc-disable-next-line duplicate-key  \nretriess=1\n', 42, 'line'), '# kpc-disable-next-line duplicate-key,unknown-key  \nretriess=1\n');
  // Java reads a byte order mark as part of the first line's key: the file comment goes after that line
  assert.equal(ignore('\uFEFFacks=all\nretriess=1\n', 12, 'file'), '\uFEFFacks=all\n# kpc-disable unknown-key\nretriess=1\n');
  assert.equal(ignore('\u00EF\u00BB\u00BFretriess=1', 4, 'file'), '\u00EF\u00BB\u00BFretriess=1\n# kpc-disable unknown-key');
  assert.equal(ignore('# kpc-disable out-of-range\nretriess=1\n', 30, 'file'), '# kpc-disable out-of-range,unknown-key\nretriess=1\n');
});

test('no line comment where it would land inside a continued entry, nor for findings about the whole file', () => {
  const text = 'batch.size=\\\n  abc\n';
  const a = analyze(text);
  const bad = a.findings.find((f) => f.code === 'invalid-value');
  assert.ok(bad, JSON.stringify(a.findings.map((f) => f.code)));
  assert.equal(a.parsed.text.slice(bad.span.start, bad.span.end), 'abc', 'the finding is on the continuation line');
  assert.deepEqual(suppressor(a)(bad).map((s) => s.title), ["Ignore 'invalid-value' in this file (# kpc-disable)"]);
  const missing = a.findings.find((f) => f.code === 'missing-required');
  assert.ok(missing);
  assert.deepEqual(suppressor(a, 'ko')(missing).map((s) => s.title), ["이 파일에서 'missing-required' 무시 (# kpc-disable)"]);
});

test('in the quick-fix menu the real fixes come first, then one entry per silencing comment', () => {
  const text = 'retriess=1\n';
  const acts = codeActions(analyze(text), { span: { start: 0, end: 0 }, only: ['quickfix'] });
  const titles = acts.map((x) => x.title);
  assert.equal(titles[0], "Change to 'retries'");
  assert.deepEqual(titles.slice(1), [
    "Ignore 'missing-required' in this file (# kpc-disable)",
    "Ignore 'unknown-key' on this line (# kpc-disable-next-line)",
    "Ignore 'unknown-key' in this file (# kpc-disable)",
  ]);
  assert.ok(acts.filter((x) => x.title.startsWith('Ignore')).every((x) => !x.isPreferred));
});
