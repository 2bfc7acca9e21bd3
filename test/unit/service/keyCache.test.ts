// The rules analyze.ts keeps per key between edits (keyCache.ts) against what the rule registry says they depend on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYWISE_RULES } from '../../../server/src/service/keyCache';
import { RULES } from '../../../server/src/service/rules/index';

test('every key-wise rule is registered and an entry rule, except unknown-key, whose reads of the file keyCache.ts lists itself', () => {
  for (const rule of KEYWISE_RULES) {
    assert.ok(RULES.includes(rule as (typeof RULES)[number]), `${rule.code} is in the registry's RULES`);
    if (rule.code === 'unknown-key') assert.deepEqual(rule.scope, { kind: 'file', reads: 'all' });
    else assert.equal(rule.scope.kind, 'entry', rule.code);
  }
  assert.deepEqual([...KEYWISE_RULES].map((r) => r.code).sort(), ['consumer-key', 'deprecated-key', 'plaintext-secret', 'removed-key', 'unknown-key']);
});
