// application.properties as Boot's OriginTrackedPropertiesLoader reads it (server/src/service/spring/propertiesFile.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSpringProperties } from '../../../server/src/service/spring/propertiesFile';

const docs = (text: string, bang = true) => readSpringProperties(text, { bangSeparator: bang }).documents.map((d) => d.entries.map((e) => `${e.name}=${e.value}`));

test('entries, values and spans come from the Properties.load-exact parser', () => {
  const text = 'spring.kafka.producer.properties.linger.ms = 5\nspring.kafka.producer.properties[security.protocol]:SSL\nkey\\ with\\ space=v\\\n   continued\n';
  const s = readSpringProperties(text);
  assert.deepEqual(s.documents[0]!.entries.map((e) => [e.name, e.value, text.slice(e.keySpan.start, e.keySpan.end), text.slice(e.valueSpan.start, e.valueSpan.end)]), [
    ['spring.kafka.producer.properties.linger.ms', '5', 'spring.kafka.producer.properties.linger.ms', '5'],
    ['spring.kafka.producer.properties[security.protocol]', 'SSL', 'spring.kafka.producer.properties[security.protocol]', 'SSL'],
    ['key with space', 'vcontinued', 'key\\ with\\ space', 'v\\\n   continued'],
  ]);
  assert.equal(readSpringProperties('a=\\u12\n').problems[0]?.code, 'properties-malformed-escape');
});

test("'#---' and '!---' split documents; Boot's comment rules around them", () => {
  assert.deepEqual(docs('a=1\n#---\nb=2\n'), [['a=1'], ['b=2']]);
  assert.deepEqual(docs('a=1\n!---\nb=2\n'), [['a=1'], ['b=2']]);
  assert.deepEqual(docs('a=1\n!---\nb=2\n', false), [['a=1', 'b=2']], "before 2.7.5 '!---' is a plain comment");
  assert.deepEqual(docs('a=1\n#--- \t\nb=2\n'), [['a=1'], ['b=2']], 'trailing whitespace allowed');
  assert.deepEqual(docs('a=1\n #---\nb=2\n'), [['a=1', 'b=2']], 'leading whitespace: not a separator');
  assert.deepEqual(docs('a=1\n#----\nb=2\n'), [['a=1', 'b=2']], 'exactly three hyphens');
  assert.deepEqual(docs('a=1\n#---x\nb=2\n'), [['a=1', 'b=2']]);
  assert.deepEqual(docs('a=1\n# note\n#---\nb=2\n'), [['a=1', 'b=2']], 'a comment line before it, same marker: not a separator');
  assert.deepEqual(docs('a=1\n! note\n#---\nb=2\n'), [['a=1'], ['b=2']], 'a comment with the other marker does not block it');
  assert.deepEqual(docs('a=1\n# note\n\n#---\nb=2\n'), [['a=1'], ['b=2']], 'a blank line in between resets');
  assert.deepEqual(docs('a=1\n#---\n# note\nb=2\n'), [['a=1', 'b=2']], 'a comment right after it joins the previous document again');
  assert.deepEqual(docs('a=1\n#---\n#---\nb=2\n'), [['a=1'], ['b=2']], 'two separators: one split');
  assert.deepEqual(docs('#---\na=1\n'), [['a=1']]);
  assert.deepEqual(docs('a=1\n\\#---\nb=2\n'), [['a=1'], ['b=2']], 'an escaped # opening a line is a comment to Boot (and here a separator)');
  assert.deepEqual(readSpringProperties('\\#x=1\n').problems.map((p) => p.code), ['properties-escaped-comment']);
  assert.deepEqual(readSpringProperties('\\#x=1\n').documents, []);
});

test('x[]=a,b expands into indexed names; keys are trimmed; empty keys dropped', () => {
  const text = 'spring.kafka.bootstrap-servers[]=k1:9092, k2:9092,k3\\,x\n\\ trimmed\\ =1\n=nokey\n';
  const s = readSpringProperties(text);
  const e = s.documents[0]!.entries;
  assert.deepEqual(e.map((x) => [x.name, x.value, x.listIndex]), [
    ['spring.kafka.bootstrap-servers[0]', 'k1:9092', 0],
    ['spring.kafka.bootstrap-servers[1]', 'k2:9092', 1],
    ['spring.kafka.bootstrap-servers[2]', 'k3,x', 2],
    ['trimmed', '1', undefined],
  ]);
  assert.deepEqual(e.slice(0, 3).map((x) => text.slice(x.valueSpan.start, x.valueSpan.end)), ['k1:9092', 'k2:9092', 'k3\\,x']);
});

test('activation per document, including spring.profiles', () => {
  const s = readSpringProperties('a=1\n#---\nspring.config.activate.on-profile=prod,eu\nb=2\n#---\nspring.profiles=dev\nc=3\n');
  assert.deepEqual(s.documents.map((d) => d.activation.onProfile?.expressions ?? d.activation.legacyProfiles?.expressions ?? null), [null, ['prod', 'eu'], ['dev']]);
  assert.deepEqual(s.problems.map((p) => p.code), ['legacy-profiles']);
});
