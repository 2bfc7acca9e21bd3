// Tokenizes with vscode-textmate + vscode-oniguruma, the engine VS Code uses, so the scopes
// asserted here are the ones a user sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const require = createRequire(import.meta.url);

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === 'source.kafka-producer-config'
        ? vsctm.parseRawGrammar(readFileSync('syntaxes/kafka-producer-config.tmLanguage.json', 'utf8'), 'grammar.json')
        : null,
  });
  const g = await registry.loadGrammar('source.kafka-producer-config');
  assert.ok(g);
  return g;
}

/** [text, scopes-joined] for every token of every line. */
async function tokenize(text: string): Promise<{ line: number; text: string; scopes: string }[]> {
  const grammar = await loadGrammar();
  let stack = vsctm.INITIAL;
  const out: { line: number; text: string; scopes: string }[] = [];
  text.split('\n').forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.join(' ') });
    stack = r.ruleStack;
  });
  return out;
}

const find = (toks: { text: string; scopes: string }[], text: string) => toks.filter((t) => t.text === text).map((t) => t.scopes);

test('key, separator and value get their scopes', async () => {
  const toks = await tokenize('enavle.idempotence =true\nretriess = 5\nclient.id producer-1');
  assert.match(find(toks, 'enavle.idempotence')[0]!, /support\.type\.property-name/);
  assert.match(find(toks, ' =')[0]!, /punctuation\.separator\.key-value/);
  assert.match(find(toks, 'true')[0]!, /constant\.language\.boolean/);
  assert.match(find(toks, '5')[0]!, /constant\.numeric/);
  assert.match(find(toks, 'producer-1')[0]!, /string\.unquoted\.value/);
});

test('comments with # and ! only at line start; kpc directives', async () => {
  const toks = await tokenize('# a comment\n  ! another\nkey=a#b\n# kpc: kafka-version=3.6');
  assert.ok(find(toks, '# a comment')[0]?.includes('comment.line') || toks.some((t) => t.line === 0 && t.scopes.includes('comment.line')));
  assert.ok(toks.filter((t) => t.line === 1).every((t) => t.scopes.includes('comment.line')));
  assert.ok(toks.filter((t) => t.line === 2 && t.text.includes('#')).every((t) => !t.scopes.includes('comment')), 'a # inside a value is not a comment');
  assert.match(find(toks, 'kpc:')[0]!, /keyword\.control\.directive/);
});

test('a continuation line continues the value, even when it looks like a comment', async () => {
  const toks = await tokenize('bootstrap.servers=a:9092,\\\n    # not a comment\nacks=all');
  const l1 = toks.filter((t) => t.line === 1);
  assert.ok(l1.every((t) => !t.scopes.includes('comment.line')), JSON.stringify(l1));
  assert.ok(l1.some((t) => t.scopes.includes('string.unquoted.value')));
  assert.match(find(toks, '\\')[0]!, /line-continuation/);
  assert.match(find(toks, 'acks')[0]!, /property-name/, 'the property after the continuation starts fresh');
});

test('an escaped backslash at the end does not continue the line', async () => {
  const toks = await tokenize('path=C:\\\\certs\\\\\nacks=all');
  assert.match(find(toks, 'acks')[0]!, /property-name/);
  assert.ok(find(toks, '\\\\').every((s) => /constant\.character\.escape/.test(s)));
});

test('unicode escapes, and malformed ones are marked', async () => {
  const toks = await tokenize('k=caf\\u00e9 \\u12');
  assert.match(find(toks, '\\u00e9')[0]!, /escape\.unicode/);
  assert.match(find(toks, '\\u')[0]!, /invalid\.illegal/);
});
