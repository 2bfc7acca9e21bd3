// Writes what is generated from the rule registry: docs/rules/CODE.md, the README's rule list, the
// kafkaProducerConfig.severity properties in package.json and their descriptions in package.nls*.json.
// `--check` writes nothing and exits 1 when a file is stale (test/unit/rules/registry.test.ts runs it).
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './rulesGenerated';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const files = generatedFiles((p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined));
let stale = 0;
for (const [path, text] of files.write) {
  const full = join(root, path);
  const cur = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (cur === text) continue;
  stale++;
  if (check) console.error(`stale: ${path}`);
  else {
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    console.log(`wrote ${path}`);
  }
}
for (const name of readdirSync(join(root, 'docs/rules'))) {
  const path = `docs/rules/${name}`;
  if (files.write.has(path)) continue;
  stale++;
  if (check) console.error(`not a rule's page: ${path}`);
  else {
    unlinkSync(join(root, path));
    console.log(`removed ${path}`);
  }
}
if (check && stale) {
  console.error('run `npm run rules:docs`');
  process.exitCode = 1;
}
