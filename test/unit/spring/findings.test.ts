// Spring Boot files through the language service facade, as the editor and kpc see them: every finding
// (the Kafka rules' on the Spring line the value came from, and the Spring rules') per Boot line, with
// its fixes and related lines, and the text Fix All leaves.
// test/fixtures/spring/<name> → <name>.findings.json (keyed by Boot line) and <name>.fixed (Fix All at
// the newest Boot line). UPDATE_FIXTURES=1 rewrites them from the current output: review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLatin1, offsetToPosition } from '#core';
import { getLanguageService } from '../../../server/src/service/languageService';
import { applyEdits } from '../../../server/src/service/fixAll';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'spring');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const BOOT_LINES = ['2.7', '3.0', '3.1', '3.5', '4.1'];
const service = getLanguageService();

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples', 'spring');
const EXPECTED_EXAMPLES = join(import.meta.dirname, '..', '..', 'fixtures', 'examples', 'spring');
const isSpring = (n: string): boolean => /\.(ya?ml|properties)$/.test(n);
/** the fixtures, and the repository's examples/spring (expectations under test/fixtures/examples/spring) */
const files = [
  ...readdirSync(DIR).filter(isSpring).sort().map((name) => ({ name, input: join(DIR, name), out: DIR })),
  ...readdirSync(EXAMPLES).filter(isSpring).sort().map((name) => ({ name, input: join(EXAMPLES, name), out: EXPECTED_EXAMPLES })),
];

function check(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) assert.fail(`missing ${path}; run with UPDATE_FIXTURES=1 and review it`);
    writeFileSync(path, actual);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'));
}

for (const { name, input, out: OUT } of files) {
  test(`spring findings ${input.slice(input.indexOf(input.includes('examples') ? 'examples' : 'fixtures'))}`, () => {
    const bytes = readFileSync(input);
    const text = name.endsWith('.properties') ? decodeLatin1(bytes) : bytes.toString('utf8');
    const doc = { uri: `file:///project/src/main/resources/${name}`, languageId: name.endsWith('.properties') ? 'spring-boot-properties' : 'yaml' };
    assert.equal(service.dialect(doc), 'spring');
    const out: Record<string, string[]> = {};
    for (const line of BOOT_LINES) {
      const a = service.analyze(text, { springBootVersion: line }, undefined, doc)!;
      const at = (s: { start: number }): string => {
        const p = offsetToPosition(a.spring!.file.source.lineStarts, s.start);
        return `${p.line + 1}:${p.character + 1}`;
      };
      out[line] = a.findings.map((f) => {
        const parts = [`${at(f.span)} ${f.severity} ${f.code} [${text.slice(f.span.start, f.span.end)}] ${f.message}`];
        for (const r of f.related ?? []) parts.push(`  related ${at(r.span)} ${r.message}`);
        for (const x of f.fixes) parts.push(`  fix${x.safe ? ' (safe)' : ''} ${x.title}: ${x.edits.map((e) => `${at(e.span)} ${JSON.stringify(text.slice(e.span.start, e.span.end))} -> ${JSON.stringify(e.newText)}`).join('; ')}`);
        return parts.join('\n');
      });
      // every fix edits the Spring text: applying it leaves the rest of the file as it was
      for (const f of a.findings) for (const x of f.fixes) {
        const fixed = applyEdits(text, x.edits);
        const first = x.edits.reduce((m, e) => Math.min(m, e.span.start), text.length);
        assert.equal(fixed.slice(0, first), text.slice(0, first), `${name}: ${x.title} touches nothing before its edit`);
      }
    }
    check(join(OUT, `${name}.findings.json`), JSON.stringify(out, null, 2) + '\n');
    const a = service.analyze(text, {}, undefined, doc)!;
    const fix = service.resolveFixAll(a, {});
    const fixed = fix ? applyEdits(text, fix.edits) : text;
    // a snapshot only where Fix All changes something
    if (fixed !== text) check(join(OUT, `${name}.fixed`), fixed);
    else assert.ok(!existsSync(join(OUT, `${name}.fixed`)), `${name}: Fix All changes nothing, so no snapshot`);
    // Fix All reaches a fixed point
    const again = service.analyze(fixed, {}, undefined, doc)!;
    assert.equal(service.resolveFixAll(again, {}), undefined, `${name}: Fix All again changes nothing`);
  });
}
