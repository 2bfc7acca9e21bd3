// The workspace the `kpc check DIR` benchmark generates: exactly N configs kpc finds, the skipped ones not,
// and every config's project detectable (so the bench measures build-file detection, not a fallback).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateWorkspace } from '../../../bench/workspace-bench';
import { nodeProjectFs } from '../../../server/src/node/projectFs';
import { findProducerConfigs } from '../../../server/src/node/discover';
import { ProjectContext } from '../../../server/src/service/project/detect';

test('bench workspace: N configs found, skipped folders skipped, every build file read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-ws-'));
  try {
    const gen = generateWorkspace(dir, 105);
    assert.equal(gen.services, 11);
    assert.ok(gen.skipped >= 50);
    const found = findProducerConfigs(dir);
    assert.equal(found.files.length, 105);
    assert.ok(found.files.every((f) => !/\/(node_modules|target|build)\//.test(f.slice(dir.length))));
    const ctx = new ProjectContext(nodeProjectFs);
    const minors = new Set(found.files.map((f) => ctx.detectKafkaVersion(f, dir)?.minor));
    assert.deepEqual([...minors].sort(), ['3.6', '3.7', '3.9', '4.1']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
