// Every rule's message, in English and Korean, for the fixture files and examples, as a snapshot
// (test/fixtures/messages.snapshot.json; UPDATE_FIXTURES=1 rewrites it: review the diff), and the shape
// every message keeps: what to do comes first (the Problems panel shows about 80 characters), the
// reason after. Secret values never appear (the fixtures hold some).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { analyze } from '../../../server/src/service/analyze';
import { dialectOf } from '../../../server/src/service/dialect';
import { analyzeSpring } from '../../../server/src/service/spring/analysis';
import { decodeLatin1, offsetToPosition } from '#core';
import { ALL_CODES } from '../../../server/src/service/rules/index';
import { readProjectConfig } from '../../../server/src/service/project/config';
import type { ProjectPolicy } from '../../../server/src/service/project/policy';

const ROOT = join(__dirname, '..', '..', '..');
const SNAPSHOT = join(ROOT, 'test', 'fixtures', 'messages.snapshot.json');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
const FILES = [
  ...readdirSync(join(ROOT, 'test', 'fixtures')).filter((n) => n.endsWith('.properties')).sort().map((n) => join(ROOT, 'test', 'fixtures', n)),
  ...walk(join(ROOT, 'test', 'fixtures', 'spring')).filter((n) => /\.(?:properties|ya?ml)$/.test(n)),
  ...walk(join(ROOT, 'examples')),
  // a project with a team policy (.kpc.json), for the policy rule's messages
  join(ROOT, 'test', 'fixtures', 'projects', 'maven-team-policy', 'src', 'main', 'resources', 'payments.producer.properties'),
];

/** The team policy of the nearest .kpc.json above a fixture under test/fixtures/projects, if any. */
function policyFor(file: string): ProjectPolicy | undefined {
  for (let dir = dirname(file); dir.startsWith(join(ROOT, 'test', 'fixtures', 'projects')); dir = dirname(dir)) {
    const path = join(dir, '.kpc.json');
    if (existsSync(path)) return readProjectConfig(path, readFileSync(path, 'utf8')).config?.policy;
  }
  return undefined;
}
// the versions whose messages differ most (old address parsing, pre-4.0 idempotence and deprecations, KIP-1161 lists, 4.4's start-up checks and client.rack) and both clients
const TARGETS = [['2.8', 'java'], ['3.0.0', 'java'], ['3.9', 'java'], ['4.2', 'java'], ['4.2', 'console-producer'], ['4.4', 'java']] as const;

// Spring Boot files (read through their dialect, as the editor and kpc read them): the Kafka client Boot manages, and an old and a new Boot release
const SPRING_TARGETS = ['2.7', undefined] as const;

function springRows(file: string, rows: Record<string, string[]>): void {
  const bytes = readFileSync(file);
  const yaml = /\.ya?ml$/.test(file);
  const text = yaml ? bytes.toString('utf8') : decodeLatin1(bytes);
  for (const boot of SPRING_TARGETS) {
    for (const locale of ['en', 'ko'] as const) {
      const a = analyzeSpring(text, { locale, decoded: yaml ? 'unicode' : 'latin1', path: file, ...(boot ? { springBootVersion: boot } : {}) });
      rows[`boot-${boot ?? 'latest'}/${locale}`] = a.findings.map((f) => {
        const p = offsetToPosition(a.spring!.file.source.lineStarts, f.span.start);
        return `${p.line + 1}:${p.character + 1} ${f.code} ${f.message}`;
      });
    }
  }
}

function messages(): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const file of FILES) {
    const policy = policyFor(file);
    const rows: Record<string, string[]> = {};
    // test/fixtures/spring holds Spring Boot files under other names (the tests read them with --dialect spring)
    if (dialectOf({ uri: file }) === 'spring' || relative(ROOT, file).startsWith(join('test', 'fixtures', 'spring'))) {
      springRows(file, rows);
      out[relative(ROOT, file)] = rows;
      continue;
    }
    const text = decodeLatin1(readFileSync(file));
    for (const [v, client] of TARGETS) {
      for (const locale of ['en', 'ko'] as const) {
        const a = analyze(text, { kafkaVersion: v, client, locale, decoded: 'latin1', ...(policy ? { policy } : {}) });
        rows[`${v}/${client}/${locale}`] = a.findings.map((f) => {
          const p = offsetToPosition(a.parsed.lineStarts, f.span.start);
          return `${p.line + 1}:${p.character + 1} ${f.code} ${f.message}`;
        });
      }
    }
    out[relative(ROOT, file)] = rows;
  }
  return out;
}

// How an English message starts: an imperative, or the unknown-key form `Unknown key 'x' — did you mean …`.
const LEADS = /^(Add|Allow|Change|Check|Consider|Declare|Did you mean|Fill in|Fix|Give|In bootstrap\.servers, (?:add|use|write|separate)|Instead of|Keep|Leave|List|Make|Move|Name|Number|Pass|Pick|Plan|Raise|Remove|Separate|Set|Target|Turn|Unknown key '[^']*' — (?:did you mean|check|if)|Use|Write)\b/;

test('messages snapshot (en, ko) for every fixture and example', () => {
  const actual = messages();
  if (UPDATE || !existsSync(SNAPSHOT)) {
    if (!UPDATE) assert.fail('missing test/fixtures/messages.snapshot.json; run with UPDATE_FIXTURES=1 and review it');
    writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + '\n');
    return;
  }
  assert.deepEqual(actual, JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
});

test('every English message leads with what to do, and every rule code is in the snapshot', () => {
  const seen = new Set<string>();
  for (const [file, rows] of Object.entries(messages())) {
    for (const [target, list] of Object.entries(rows)) {
      for (const row of list) {
        const [, code, message] = /^\d+:\d+ (\S+) (.*)$/s.exec(row)!;
        seen.add(code!);
        if (target.endsWith('/en')) assert.match(message!, LEADS, `${file} ${target}: ${code} does not lead with an action: ${message}`);
        else assert.match(message!, /[\uAC00-\uD7A3]/, `${file} ${target}: ${code} has no Korean text: ${message}`);
      }
    }
  }
  const missing = ALL_CODES.filter((c) => !seen.has(c));
  assert.deepEqual(missing, [], `codes with no message in any fixture: ${missing.join(', ')}`);
});
