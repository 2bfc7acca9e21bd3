// SnakeYAML's YAML 1.1 scalar typing and Java's printing of the values (server/src/service/spring/yamlScalars.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { implicitTag, javaDoubleToString, resolveScalar } from '../../../server/src/service/spring/yamlScalars';

const v = (s: string) => resolveScalar(s, true);

test('implicit tags follow SnakeYAML resolver patterns (timestamps stay text in Boot)', () => {
  const cases: Record<string, string> = {
    true: 'bool', True: 'bool', TRUE: 'bool', yes: 'bool', No: 'bool', on: 'bool', OFF: 'bool', tRue: 'str', y: 'str',
    '0': 'int', '-5': 'int', '+5': 'int', '0x1F': 'int', '0b101': 'int', '017': 'int', '1_000': 'int', '1:30': 'int', '09': 'str', '0x': 'str',
    '1.5': 'float', '1e3': 'float', '.5': 'float', '1.': 'float', '.inf': 'float', '-.Inf': 'float', '.NaN': 'float', '1:30.5': 'float',
    '~': 'null', null: 'null', Null: 'null', NULL: 'null', '': 'null', nil: 'str',
    '<<': 'merge', '2024-01-01': 'str', 'localhost:9092': 'str', all: 'str', '16KB': 'str', '5s': 'str', '-1': 'int',
  };
  for (const [s, tag] of Object.entries(cases)) assert.equal(implicitTag(s), tag, JSON.stringify(s));
});

test('what a String property receives from a YAML scalar', () => {
  assert.deepEqual(v('on'), { type: 'boolean', value: 'true' });
  assert.deepEqual(v('No'), { type: 'boolean', value: 'false' });
  assert.deepEqual(v('0x10'), { type: 'integer', value: '16' });
  assert.deepEqual(v('010'), { type: 'integer', value: '8' }, 'YAML 1.1 octal');
  assert.deepEqual(v('0b11'), { type: 'integer', value: '3' });
  assert.deepEqual(v('1_000'), { type: 'integer', value: '1000' });
  assert.deepEqual(v('-0x10'), { type: 'integer', value: '-16' });
  assert.deepEqual(v('1:30'), { type: 'integer', value: '90' }, 'base 60');
  assert.deepEqual(v('99999999999999999999'), { type: 'integer', value: '99999999999999999999' }, 'BigInteger');
  assert.deepEqual(v('1.50'), { type: 'float', value: '1.5' });
  assert.deepEqual(v('1e3'), { type: 'float', value: '1000.0' });
  assert.deepEqual(v('5.0'), { type: 'float', value: '5.0' });
  assert.deepEqual(v('.inf'), { type: 'float', value: 'Infinity' });
  assert.deepEqual(v('~'), { type: 'null', value: '' });
  assert.deepEqual(v(''), { type: 'null', value: '' });
  assert.deepEqual(v('all'), { type: 'string', value: 'all' });
  assert.deepEqual(resolveScalar('on', false), { type: 'string', value: 'on' }, 'quoted stays text');
  assert.deepEqual(resolveScalar('5', true, 'tag:yaml.org,2002:str'), { type: 'string', value: '5' }, '!!str');
  assert.deepEqual(resolveScalar('0x10', false, 'tag:yaml.org,2002:int'), { type: 'integer', value: '16' }, '!!int on a quoted scalar');
  assert.equal(resolveScalar('x', true, '!custom').badTag, '!custom');
  assert.equal(resolveScalar('x', true, 'tag:yaml.org,2002:int').badTag, 'tag:yaml.org,2002:int', '!!int on text SafeConstructor cannot build');
});

test("Java's Double.toString", () => {
  const cases: [number, string][] = [
    [0, '0.0'], [-0, '-0.0'], [1, '1.0'], [1.5, '1.5'], [100, '100.0'], [0.001, '0.001'], [0.0001, '1.0E-4'], [9999999, '9999999.0'],
    [1e7, '1.0E7'], [12345678.9, '1.23456789E7'], [-2.5e-5, '-2.5E-5'], [NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity'], [1e21, '1.0E21'],
  ];
  for (const [d, s] of cases) assert.equal(javaDoubleToString(d), s, String(d));
});
