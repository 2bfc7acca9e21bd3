// Where the package's own files are (docs/rules/), for links in kpc's output: one folder up from the bundle
// (dist/cli.js), three from the sources (server/src/cli, when run with tsx).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package root as a file URI ending in `/`, or undefined when docs/rules/ is not beside kpc. */
export function packageRootUri(): string | undefined {
  const root = [resolve(__dirname, '..'), resolve(__dirname, '../../..')].find((d) => existsSync(join(d, 'docs', 'rules')));
  return root ? pathToFileURL(root).href + '/' : undefined;
}
