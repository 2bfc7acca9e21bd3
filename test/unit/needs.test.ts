// When a test that needs an outside tool may skip: only off CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { underCi } from '../needs';

test('CI=true (and any value but "", 0, false) or KPC_REQUIRE_TOOLS=1 turns missing tools into failures', () => {
  assert.equal(underCi({}), false);
  assert.equal(underCi({ CI: '' }), false);
  assert.equal(underCi({ CI: 'false' }), false);
  assert.equal(underCi({ CI: '0' }), false);
  assert.equal(underCi({ CI: 'true' }), true);
  assert.equal(underCi({ CI: '1' }), true);
  assert.equal(underCi({ CI: 'TRUE' }), true);
  assert.equal(underCi({ KPC_REQUIRE_TOOLS: '1' }), true);
});
