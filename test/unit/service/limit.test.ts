// limitFindings: which findings an editor is shown when a file has more than maxNumberOfProblems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { limitFindings, omittedMessage } from '../../../server/src/service/limit';
import type { Finding, Severity } from '../../../server/src/service/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const finding = (severity: Severity, i: number): Finding => ({ code: `c${i}`, severity, message: '', span: { start: i, end: i + 1 }, fixes: [] });

test('the most severe `max` findings, in document order; nothing dropped when they fit', () => {
  const sev = fc.constantFrom<Severity>('error', 'warning', 'information', 'hint');
  fc.assert(fc.property(fc.array(sev, { maxLength: 60 }), fc.integer({ min: 1, max: 70 }), (sevs, max) => {
    const all = sevs.map(finding);
    const { shown, omitted } = limitFindings(all, max);
    assert.equal(shown.length, Math.min(max, all.length));
    assert.equal(omitted, all.length - shown.length);
    // a subsequence of the findings, in their order
    let j = 0;
    for (const f of shown) { while (all[j] !== f) j++; j++; }
    assert.ok(j <= all.length);
    // nothing left out is more severe than something shown
    const left = all.filter((f) => !shown.includes(f));
    const worstShown = Math.max(-1, ...shown.map((f) => RANK[f.severity]));
    const bestLeft = Math.min(4, ...left.map((f) => RANK[f.severity]));
    assert.ok(bestLeft >= worstShown, `left out rank ${bestLeft} < shown rank ${worstShown}`);
  }), { seed: 7, numRuns: 500 });
});

test('within the cut severity, the first ones in the file are kept', () => {
  const all = [finding('hint', 0), finding('warning', 1), finding('warning', 2), finding('error', 3), finding('warning', 4)];
  assert.deepEqual(limitFindings(all, 3).shown.map((f) => f.code), ['c1', 'c2', 'c3']);
  assert.deepEqual(limitFindings(all, 1).shown.map((f) => f.code), ['c3']);
  assert.equal(limitFindings(all, 5).omitted, 0);
});

test('the line standing in for the rest says how many, the limit and where to see them all (en, ko)', () => {
  assert.equal(omittedMessage(1400, 2400, 1000),
    'Showing the 1,000 most severe of 2,400 findings in this file (1,400 left out; limit kafkaProducerConfig.maxNumberOfProblems = 1,000). `kpc check` lists them all; Fix All also fixes the ones left out.');
  const ko = omittedMessage(1400, 2400, 1000, 'ko');
  assert.match(ko, /2,400개 중 가장 심각한 1,000개/);
  assert.match(ko, /1,400개 생략/);
});

test('notChecked: in the order documents were opened, too large alone, beyond the count, beyond the total; a later small one still fits', async () => {
  const { notChecked, notCheckedMessage } = await import('../../../server/src/service/limit');
  const limits = { maxFileLength: 100, maxOpenFiles: 3, maxTotalLength: 150 };
  const docs: [string, number][] = [['a', 60], ['huge', 101], ['b', 60], ['c', 40], ['d', 20], ['e', 1]];
  assert.deepEqual([...notChecked(docs, limits)], [
    ['huge', { reason: 'file-size', length: 101, limit: 100 }],
    ['c', { reason: 'total-size', length: 40, limit: 150 }],
    ['e', { reason: 'open-files', limit: 3 }],
  ]);
  assert.equal(notChecked([], limits).size, 0);
  for (const n of [...notChecked(docs, limits).values()]) {
    for (const locale of ['en', 'ko'] as const) {
      const m = notCheckedMessage(n, locale);
      assert.match(m, /kafkaProducerConfig\.max(FileSizeMB|OpenFiles|TotalSizeMB)/, 'names the setting that raises the limit');
      if (locale === 'ko') assert.match(m, /[가-힣]/);
    }
  }
  assert.equal(notCheckedMessage({ reason: 'open-files', limit: 200 }, 'en'), 'Not checked: 200 other producer config files are open and checked (limit kafkaProducerConfig.maxOpenFiles = 200). Close some, or raise the setting, and this file is checked.');
});
