// One folder per rule, test/fixtures/rules/<code>/: files that get the rule's findings and files that do not,
// each with its expectation beside it (<case>.expected.json: the rule's findings with their messages in English
// and Korean, and the text after the first finding's preferred fix). Every registered rule needs a folder with
// at least one case that gets it and one that is clean. Adding a rule is one file and one folder.
// A case may name its target and settings in <case>.options.json ({ kafkaVersion, client, maxNumberOfProblems,
// padTo: pad the text with a comment line to this many characters }).
// UPDATE_FIXTURES=1 writes the expectations from the current output: review the diff by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLatin1, offsetToPosition, type Locale } from '#core';
import { applyEdits } from '../../../server/src/service/fixAll';
import { getLanguageService, type DocumentSettings } from '../../../server/src/service/languageService';
import { REGISTRY } from '../../../server/src/service/rules/index';
import { FIXTURES } from '../fixtureCases';

const DIR = join(FIXTURES, 'rules');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface CaseOptions extends DocumentSettings {
  padTo?: number;
}

interface Expected {
  findings: { at: string; severity: string; message: { en: string; ko: string }; fixes: string[] }[];
  /** The text after the first finding's preferred (else first) fix, when it has one. */
  fixed?: string;
}

function textOf(file: string, o: CaseOptions): string {
  const text = decodeLatin1(readFileSync(file));
  if (!o.padTo) return text;
  return text + '#' + 'x'.repeat(Math.max(0, o.padTo - text.length - 2)) + '\n';
}

function findingsOf(code: string, text: string, o: CaseOptions, locale: Locale) {
  const ls = getLanguageService({ locale });
  const a = ls.analyze(text, o);
  const { findings } = ls.diagnostics(text.length, a, o);
  const ls0 = a?.parsed.lineStarts ?? [0];
  return findings
    .filter((f) => f.code === code)
    .map((f) => {
      const p = offsetToPosition(ls0, f.span.start);
      return { f, at: `${p.line + 1}:${p.character + 1}` };
    });
}

function actual(code: string, text: string, o: CaseOptions): Expected {
  const en = findingsOf(code, text, o, 'en');
  const ko = findingsOf(code, text, o, 'ko');
  assert.equal(ko.length, en.length, 'the same findings in both languages');
  const first = en[0]?.f;
  const fix = first?.fixes.find((x) => x.preferred) ?? first?.fixes[0];
  return {
    findings: en.map((x, i) => ({ at: x.at, severity: x.f.severity, message: { en: x.f.message, ko: ko[i]!.f.message }, fixes: x.f.fixes.map((y) => y.title) })),
    ...(fix ? { fixed: applyEdits(text, fix.edits) } : {}),
  };
}

test('every registered rule has a fixture folder with a case that gets it and one that is clean', () => {
  const folders = readdirSync(DIR).sort();
  assert.deepEqual(folders.filter((f) => !REGISTRY.some((r) => r.code === f)), [], 'folders of rules that are not registered');
  const missing: string[] = [];
  for (const r of REGISTRY) {
    const dir = join(DIR, r.code);
    const cases = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.properties')) : [];
    const expectations = cases.map((n) => join(dir, n.replace(/\.properties$/, '.expected.json'))).filter(existsSync).map((p) => JSON.parse(readFileSync(p, 'utf8')) as Expected);
    if (!expectations.some((e) => e.findings.length > 0) || !expectations.some((e) => e.findings.length === 0)) missing.push(r.code);
  }
  assert.deepEqual(missing, [], 'rules without a triggering and a clean case in test/fixtures/rules/<code>/');
});

for (const r of REGISTRY) {
  const dir = join(DIR, r.code);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.properties')).sort()) {
    test(`rules/${r.code}/${name}`, () => {
      const input = join(dir, name);
      const optFile = input.replace(/\.properties$/, '.options.json');
      const o: CaseOptions = existsSync(optFile) ? JSON.parse(readFileSync(optFile, 'utf8')) : {};
      const got = actual(r.code, textOf(input, o), o);
      if (o.padTo && got.fixed !== undefined) delete got.fixed;
      const expFile = input.replace(/\.properties$/, '.expected.json');
      if (UPDATE || !existsSync(expFile)) {
        if (!UPDATE) assert.fail(`missing ${expFile}; run with UPDATE_FIXTURES=1 and review it`);
        writeFileSync(expFile, JSON.stringify(got, null, 2) + '\n');
        return;
      }
      assert.deepEqual(got, JSON.parse(readFileSync(expFile, 'utf8')));
    });
  }
}
