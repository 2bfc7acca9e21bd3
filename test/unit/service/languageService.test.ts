// The language service facade (getLanguageService): what the server asks, in plain data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LATEST_VERSION } from '#core';
import { getLanguageService } from '../../../server/src/service/languageService';
import { MAX_ANALYZED_LENGTH } from '../../../server/src/service/limit';

test('analyze, diagnostics with the file-level notes, docs links, and the locale set by configure', () => {
  const ls = getLanguageService();
  const text = 'acks=2\nretriess=1\n';
  const a = ls.analyze(text, { kafkaVersion: '3.9' })!;
  const { findings, related } = ls.diagnostics(text.length, a, {});
  assert.ok(related);
  assert.deepEqual(findings.map((f) => f.code).filter((c) => c !== 'missing-required'), ['invalid-value', 'unknown-key']);
  assert.deepEqual(ls.docsLinks(a, findings.find((f) => f.code === 'invalid-value')!), { rule: 'docs/rules/invalid-value.md', kafka: 'https://kafka.apache.org/documentation/#producerconfigs_acks' });
  assert.deepEqual(ls.docsLinks(a, findings.find((f) => f.code === 'missing-required')!), { rule: 'docs/rules/missing-required.md' });

  const limited = ls.diagnostics(text.length, a, { maxNumberOfProblems: 1 });
  assert.deepEqual(limited.findings.map((f) => f.code), ['invalid-value', 'too-many-findings']);
  assert.deepEqual(limited.findings[1]!.span, { start: 0, end: 0 });

  assert.equal(ls.analyze('#'.repeat(MAX_ANALYZED_LENGTH + 1), {}), undefined);
  const large = ls.diagnostics(MAX_ANALYZED_LENGTH + 1, undefined, {});
  assert.deepEqual(large.findings.map((f) => [f.code, f.severity]), [['file-too-large', 'warning']]);

  ls.configure({ locale: 'ko' });
  assert.equal(ls.locale, 'ko');
  assert.match(ls.hover(ls.analyze(text, {})!, 1)!.contents, /[가-힣]/);
});

test('analyze with the previous analysis and the changes since equals a fresh one', () => {
  const ls = getLanguageService();
  const before = 'acks=1\nlinger.ms=5\n';
  const prev = ls.analyze(before, {})!;
  const after = 'acks=all\nlinger.ms=5\n';
  const next = ls.analyze(after, {}, { analysis: prev, changes: [{ start: 5, end: 6, text: 'all' }] })!;
  assert.deepEqual(next.findings, ls.analyze(after, {})!.findings);
  assert.deepEqual(ls.effectiveConfig(next, false), { kafkaVersion: LATEST_VERSION, client: 'java', versionSource: 'default', clientSource: 'default' });
  assert.deepEqual(ls.effectiveConfig(next, true).values, { acks: 'all', 'linger.ms': '5' });
});
