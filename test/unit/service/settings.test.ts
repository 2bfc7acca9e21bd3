// The contributed settings stay in step with the code: every rule code can be given a severity in
// settings.json with completion, and every localized string the manifest names exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { RULES } from '../../../server/src/service/rules/index';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const props = pkg.contributes.configuration.properties as Record<string, { properties?: Record<string, unknown>; markdownDescription?: string; description?: string }>;

test('every rule code is offered under kafkaProducerConfig.severity', () => {
  const offered = Object.keys(props['kafkaProducerConfig.severity']!.properties ?? {});
  const codes = RULES.map((r) => r.code);
  assert.ok(codes.length > 10);
  for (const c of codes) assert.ok(offered.includes(c), `package.json severity lacks '${c}'`);
});

test('package.nls.json and package.nls.ko.json have the same keys, and every %key% of the manifest is in both', () => {
  const en = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, unknown>;
  const ko = JSON.parse(readFileSync('package.nls.ko.json', 'utf8')) as Record<string, unknown>;
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  for (const [k, v] of Object.entries(en)) assert.ok(typeof v === 'string' && typeof ko[k] === 'string' && (ko[k] as string).trim() !== '', k);
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.ok(keys.length > 5);
  for (const k of keys) {
    assert.equal(typeof en[k], 'string', `package.nls.json lacks ${k}`);
    assert.equal(typeof ko[k], 'string', `package.nls.ko.json lacks ${k}`);
  }
});

test('the client takes its strings from the message catalog, not from VS Code\'s l10n bundles', () => {
  assert.equal(pkg.l10n, undefined);
  assert.equal(existsSync('l10n'), false);
});

test('the limits name settings that exist, with the defaults the server uses', async () => {
  const { DEFAULT_LIMITS, LIMIT_SETTINGS, mibToLength } = await import('../../../server/src/service/limit');
  const { sanitizeLimits } = await import('../../../server/src/lsp/settings');
  const defaults: Record<string, number> = {};
  for (const name of Object.values(LIMIT_SETTINGS)) {
    const prop = props[name] as { default?: unknown } | undefined;
    assert.ok(prop, `package.json lacks ${name}`);
    assert.equal(typeof prop.default, 'number', name);
    defaults[name.replace('kafkaProducerConfig.', '')] = prop.default as number;
  }
  assert.deepEqual(sanitizeLimits(defaults), DEFAULT_LIMITS);
  assert.deepEqual(sanitizeLimits({}), DEFAULT_LIMITS);
  assert.deepEqual(sanitizeLimits({ maxFileSizeMB: -1, maxOpenFiles: 'x', maxTotalSizeMB: Infinity }), DEFAULT_LIMITS, 'malformed values fall back');
  assert.deepEqual(sanitizeLimits({ maxFileSizeMB: 0.5, maxOpenFiles: 2.7, maxTotalSizeMB: 1 }), { maxFileLength: mibToLength(0.5), maxOpenFiles: 2, maxTotalLength: mibToLength(1) });
});
