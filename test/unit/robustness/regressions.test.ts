// Bugs the property and hostile-input tests found in other modules, each pinned by its smallest input.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analyze';
import { applyEdits } from '../../../server/src/service/fixAll';
import { formatEdits } from '../../../server/src/service/format';

describe('regressions', () => {
  test('format: an empty key with `key = value` style is formatted once, not back and forth', () => {
    const text = 'ssl.enabled.protocols  \n=reconnect.backoff.max.ms ';
    const once = applyEdits(text, formatEdits(analyze(text), { spaceAroundSeparator: true }));
    assert.equal(once, 'ssl.enabled.protocols=\n= reconnect.backoff.max.ms ');
    assert.deepEqual(formatEdits(analyze(once), { spaceAroundSeparator: true }), []);
  });
});
