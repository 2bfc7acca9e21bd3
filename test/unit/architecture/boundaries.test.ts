// The import boundaries of eslint.config.mjs hold (docs/architecture.md): each line below is an import a
// part must not make, linted as if it stood in a file of that part; the last ones are allowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: file });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

const CASES: [file: string, source: string, allowed: boolean][] = [
  ['server/src/service/x.ts', "import * as x from 'vscode';", false],
  ['server/src/service/x.ts', "import { x } from 'vscode-languageserver';", false],
  ['server/src/service/x.ts', "import { x } from '../lsp/features';", false],
  ['server/src/service/rules/x.ts', "import * as x from 'node:fs';", false],
  ['server/src/service/x.ts', "import { x } from '../../../schemas/catalog/index';", false],
  ['server/src/simulator/x.ts', "import { x } from '../cli/simulate';", false],
  ['core/x.ts', "import { x } from 'vscode-languageserver';", false],
  ['core/x.ts', "import { x } from '#core';", false],
  ['core/x.ts', "import { x } from '../server/src/service/analyze';", false],
  ['schemas/catalog/x.ts', "import { x } from '#core';", false],
  ['schemas/spring/x.ts', "import { x } from '../../server/src/service/spring/index';", false],
  ['server/src/service/x.ts', "import { x } from '../../../schemas/spring/index';", false],
  ['server/src/service/spring/x.ts', "import { x } from '../../../../schemas/catalog/index';", false],
  ['server/src/service/spring/x.ts', "import * as x from 'node:fs';", false],
  ['client/src/x.ts', "import { x } from '../../server/src/service/analyze';", false],
  ['client/src/preview/x.ts', "import { x } from '../../../core/edits';", false],
  ['client/src/x.ts', "import { x } from 'vscode-languageserver/node';", false],
  ['webview/src/x.ts', "import { x } from '../../server/src/service/analyze';", false],
  ['webview/src/x.ts', "import * as x from 'vscode';", false],
  ['server/src/lsp/x.ts', "import { x } from '../cli/check';", false],
  ['server/src/cli/x.ts', "import { x } from '../lsp/startServer';", false],
  ['server/src/service/x.ts', "import { x } from '#core';", true],
  ['client/src/x.ts', "import * as x from 'vscode';", true],
  ['webview/src/x.ts', "import { x } from '../../server/src/simulator/index';", true],
  ['server/src/lsp/x.ts', "import { x } from 'vscode-languageserver';", true],
  ['core/x.ts', "import { x } from '../schemas/catalog/index';", true],
  ['server/src/service/spring/x.ts', "import { x } from '../../../../schemas/spring/index';", true],
];

test('each part imports only what its boundary allows', async () => {
  for (const [file, source, allowed] of CASES) assert.equal(await restricted(file, source), !allowed, `${file}: ${source}`);
});
