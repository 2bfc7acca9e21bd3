import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editValues, generateItems, toJsonc, toProperties, toYaml, type TypeOf } from '../../../bench/generate';
import { parseProperties } from '#core';

const typeOf: TypeOf = (key) => (key === 'linger.ms' || key === 'batch.size' ? 'integer' : key === 'enable.idempotence' ? 'boolean' : undefined);

function stripLineComments(jsonc: string): string {
  return jsonc
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');
}

for (const size of [10, 100, 1000, 10_000]) {
  test(`bench generator: ${size} lines, twins carry the same entries`, () => {
    const items = generateItems(size);
    const props = toProperties(items);
    const yaml = toYaml(items, typeOf);
    const json = toJsonc(items, typeOf);
    assert.equal(props.lines, size);
    assert.equal(props.text.split('\n').length - 1, size);
    assert.equal(yaml.lines, size, 'the YAML twin keeps the line count');
    assert.equal(yaml.entries, props.entries);
    assert.equal(json.entries, props.entries);

    // The properties file reads back (as Java would) into exactly the generated entries, keys unique.
    const parsed = parseProperties(props.text);
    assert.equal(parsed.entries.length, props.entries);
    const keys = parsed.entries.map((e) => e.key);
    assert.equal(new Set(keys).size, keys.length, 'realistic content sets every key once');
    // The JSONC twin is a valid object with the same keys, in the same order.
    const obj = JSON.parse(stripLineComments(json.text)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(obj), keys);
    assert.equal(obj['linger.ms'], 5);

    // Every format's edit site points at the value 5 of linger.ms on the stated line.
    for (const twin of [props, yaml, json]) {
      const { line, start, end, value } = twin.sites.edit;
      const text = twin.text.split('\n')[line] ?? '';
      assert.equal(text.slice(start, end), value);
      assert.equal(value, '5');
      assert.match(text, /linger\.ms/);
    }
    // The edit alternates between an out-of-range and the original value.
    assert.deepEqual(editValues('5'), ['-5', '5']);
    assert.deepEqual(editValues('"5"'), ['"-5"', '"5"']);
  });
}

test('bench generator: findings are "some" — typos and bad values present even at 10 lines', () => {
  const text = toProperties(generateItems(10)).text;
  assert.match(text, /^enavle\.idempotence=true$/m);
  assert.match(text, /^compression\.type=zip$/m);
  assert.match(text, /\\\n {4}kafka-b:9093/, 'has a continuation line');
});

test('bench generator: stress content repeats real keys, the edit site is the last linger.ms', () => {
  const props = toProperties(generateItems(1000, 42, 'repeat'));
  const parsed = parseProperties(props.text);
  const keys = parsed.entries.map((e) => e.key);
  assert.ok(keys.length - new Set(keys).size > 100, 'many duplicate keys');
  const lingerLines = parsed.entries.filter((e) => e.key === 'linger.ms').map((e) => e.line);
  assert.equal(Math.max(...lingerLines), props.sites.edit.line);
});

test('bench generator: deterministic', () => {
  assert.equal(toProperties(generateItems(1000)).text, toProperties(generateItems(1000)).text);
});
