// One folder per rule, test/fixtures/rules/<code>/: files that get the rule's findings and files that do not,
// each with its expectation beside it (<case>.expected.json: the rule's findings with their messages in English
// and Korean, and the text after the first finding's preferred fix). Every registered rule needs a folder with
// at least one case that gets it and one that is clean. Adding a rule is one file and one folder.
// A case may name its target and settings in <case>.options.json ({ kafkaVersion, client, maxNumberOfProblems,
// padTo: pad the text with a comment line to this many characters }), and the team policy it is checked with in
// <case>.policy.json (a `.kpc.json`, read as kpc reads one). A Spring rule's cases are Spring Boot files
// (<case>.yml, <case>.properties), read through the facade as the editor reads them.
// UPDATE_FIXTURES=1 writes the expectations from the current output: review the diff by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLatin1, offsetToPosition, type Locale } from '#core';
import { applyEdits } from '../../../server/src/service/fixAll';
import { getLanguageService, type DocumentSettings } from '../../../server/src/service/languageService';
import { readProjectConfig } from '../../../server/src/service/project/config';
import { REGISTRY } from '../../../server/src/service/rules/index';
import type { RuleDefinition } from '../../../server/src/service/rules/definition';
import type { DocumentInfo } from '../../../server/src/service/dialect';
import type { NotChecked } from '../../../server/src/service/limit';
import { FIXTURES } from '../fixtureCases';

const DIR = join(FIXTURES, 'rules');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface CaseOptions extends DocumentSettings {
  padTo?: number;
  /** a limit of the editor's server that keeps the document from being analysed (workspace-limit) */
  notChecked?: NotChecked;
}

interface Expected {
  findings: { at: string; severity: string; message: { en: string; ko: string }; fixes: string[] }[];
  /** The text after the first finding's preferred (else first) fix, when it has one. */
  fixed?: string;
}

/** The case files of a rule: producer configs, or Spring Boot files for a Spring rule. */
const CASE = (r: RuleDefinition): RegExp => (r.dialect === 'spring' ? /\.(properties|ya?ml)$/ : /\.properties$/);

/** The document a Spring case is (what picks the Spring dialect in the editor). */
function springDoc(name: string): DocumentInfo {
  return { uri: `file:///project/src/main/resources/${name}`, languageId: name.endsWith('.properties') ? 'spring-boot-properties' : 'yaml' };
}

function textOf(file: string, o: CaseOptions): string {
  const bytes = readFileSync(file);
  const text = /\.ya?ml$/.test(file) ? bytes.toString('utf8') : decodeLatin1(bytes);
  if (!o.padTo) return text;
  return text + '#' + 'x'.repeat(Math.max(0, o.padTo - text.length - 2)) + '\n';
}

function findingsOf(code: string, text: string, o: CaseOptions, locale: Locale, doc?: DocumentInfo) {
  const ls = getLanguageService({ locale });
  const a = ls.analyze(text, o, undefined, doc);
  const { findings } = ls.diagnostics(text.length, o.notChecked ? undefined : a, o, o.notChecked);
  const ls0 = a?.spring?.file.source.lineStarts ?? a?.parsed.lineStarts ?? [0];
  return findings
    .filter((f) => f.code === code)
    .map((f) => {
      const p = offsetToPosition(ls0, f.span.start);
      return { f, at: `${p.line + 1}:${p.character + 1}` };
    });
}

function actual(code: string, text: string, o: CaseOptions, doc?: DocumentInfo): Expected {
  const en = findingsOf(code, text, o, 'en', doc);
  const ko = findingsOf(code, text, o, 'ko', doc);
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
    const cases = existsSync(dir) ? readdirSync(dir).filter((n) => CASE(r).test(n)) : [];
    const expectations = cases.map((n) => join(dir, n.replace(CASE(r), '.expected.json'))).filter(existsSync).map((p) => JSON.parse(readFileSync(p, 'utf8')) as Expected);
    if (!expectations.some((e) => e.findings.length > 0) || !expectations.some((e) => e.findings.length === 0)) missing.push(r.code);
  }
  assert.deepEqual(missing, [], 'rules without a triggering and a clean case in test/fixtures/rules/<code>/');
});

for (const r of REGISTRY) {
  const dir = join(DIR, r.code);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => CASE(r).test(n)).sort()) {
    test(`rules/${r.code}/${name}`, () => {
      const input = join(dir, name);
      const base = input.replace(CASE(r), '');
      const optFile = `${base}.options.json`;
      const o: CaseOptions = existsSync(optFile) ? JSON.parse(readFileSync(optFile, 'utf8')) : {};
      const policyFile = `${base}.policy.json`;
      if (existsSync(policyFile)) {
        const reading = readProjectConfig('.kpc.json', readFileSync(policyFile, 'utf8'));
        assert.deepEqual(reading.problems, [], `${policyFile} has problems`);
        o.policy = reading.config!.policy!;
      }
      const got = actual(r.code, textOf(input, o), o, r.dialect === 'spring' ? springDoc(name) : undefined);
      if (o.padTo && got.fixed !== undefined) delete got.fixed;
      const expFile = `${base}.expected.json`;
      if (UPDATE || !existsSync(expFile)) {
        if (!UPDATE) assert.fail(`missing ${expFile}; run with UPDATE_FIXTURES=1 and review it`);
        writeFileSync(expFile, JSON.stringify(got, null, 2) + '\n');
        return;
      }
      assert.deepEqual(got, JSON.parse(readFileSync(expFile, 'utf8')));
    });
  }
}
