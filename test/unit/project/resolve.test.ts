// The language service's project() over an in-memory file system: the settings a file gets from its
// project, the plain project info other features read, and what the analysis then reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLanguageService } from '../../../server/src/service/languageService';
import { memFs } from './memfs';

const POM = (inner: string): string => `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>${inner}</project>`;
const KAFKA = (v: string): string => `<dependencies><dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>${v}</version></dependency></dependencies>`;
const BOOT = '<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version><relativePath/></parent>';

test('auto (or no setting): the build file decides; the info is plain values with where it came from', () => {
  const ls = getLanguageService({ projectFs: memFs({ '/repo/.git/HEAD': '', '/repo/svc/pom.xml': POM(KAFKA('3.6.1')) }) });
  for (const settings of [{}, { kafkaVersion: 'auto' }, { kafkaVersion: ' AUTO ' }]) {
    const p = ls.project('/repo/svc/src/producer.config', settings, '/repo')!;
    assert.equal(p.settings.kafkaVersion, '3.6.1');
    assert.equal(p.info.kafkaVersion, '3.6.1');
    assert.equal(p.info.source.origin, 'build');
    assert.equal(p.info.source.file, 'svc/pom.xml', 'relative to the workspace folder');
    const a = ls.analyze('enable.metrics.push=true\n', p.settings)!;
    assert.equal(a.version, '3.6');
    assert.ok(a.findings.some((f) => f.code === 'unknown-key' && /3\.7/.test(f.message)));
    const eff = ls.effectiveConfig(a, false);
    assert.deepEqual(eff.versionOrigin && { origin: eff.versionOrigin.origin, file: eff.versionOrigin.file, label: eff.versionOrigin.label }, { origin: 'build', file: 'svc/pom.xml', label: 'from pom.xml' });
  }
});

test('a setting wins over the build file, and the Spring Boot version is still known', () => {
  const ls = getLanguageService({ projectFs: memFs({ '/repo/.git/HEAD': '', '/repo/pom.xml': POM(BOOT) }) });
  const built = ls.project('/repo/producer.config', {})!;
  assert.equal(built.info.springBootVersion, '3.3.0');
  assert.equal(built.info.source.origin, 'build');
  const set = ls.project('/repo/producer.config', { kafkaVersion: '3.9' })!;
  assert.equal(set.settings.kafkaVersion, '3.9');
  assert.equal(set.info.source.origin, 'setting');
  assert.equal(set.info.springBootVersion, '3.3.0');
  assert.equal(ls.effectiveConfig(ls.analyze('acks=all\n', set.settings)!, false).versionOrigin, undefined, 'versionSource tells it');
});

test('.kpc.json: its version over the build file, its policy and client added; with errors it is left out, with a note', () => {
  const fs = { '/repo/.git/HEAD': '', '/repo/pom.xml': POM(KAFKA('3.6.1')), '/repo/.kpc.json': '{"kafkaVersion": "3.8", "springBootVersion": "3.4.1", "client": "console-producer", "policy": {"acks": {"value": "all"}}}' };
  const ls = getLanguageService({ projectFs: memFs(fs) });
  const p = ls.project('/repo/producer.config', {})!;
  assert.equal(p.settings.kafkaVersion, '3.8');
  assert.equal(p.settings.client, 'console-producer');
  assert.equal(p.info.source.origin, 'config');
  assert.equal(p.info.springBootVersion, '3.4.1');
  const a = ls.analyze('acks=1\n', p.settings)!;
  assert.ok(a.findings.some((f) => f.code === 'policy'), JSON.stringify(a.findings.map((f) => f.code)));

  const broken = getLanguageService({ projectFs: memFs({ ...fs, '/repo/.kpc.json': '{"kafkaVersion": "9.9", "polcy": {}}' }) }).project('/repo/producer.config', {})!;
  assert.equal(broken.settings.policy, undefined);
  assert.equal(broken.info.source.origin, 'build', 'the build file still tells the version');
  assert.ok(broken.info.source.notes.some((n) => /has errors and is not applied/.test(n.en) && /오류/.test(n.ko)), JSON.stringify(broken.info.source.notes));
  assert.ok(broken.configProblems && broken.configProblems.problems.length > 0);
});

test('projectChanged() reads the build file again; no projectFs: no project', () => {
  const files: Record<string, string> = { '/repo/.git/HEAD': '', '/repo/pom.xml': POM(KAFKA('3.6.1')) };
  const ls = getLanguageService({ projectFs: memFs(files) });
  assert.equal(ls.project('/repo/producer.config', {})!.info.kafkaVersion, '3.6.1');
  files['/repo/pom.xml'] = POM(KAFKA('3.9.0'));
  assert.equal(ls.project('/repo/producer.config', {})!.info.kafkaVersion, '3.6.1', 'cached until told');
  ls.projectChanged();
  assert.equal(ls.project('/repo/producer.config', {})!.info.kafkaVersion, '3.9.0');
  assert.equal(getLanguageService().project('/repo/producer.config', {}), undefined);
});
