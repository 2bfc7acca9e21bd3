import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Import boundaries (docs/architecture.md): the catalogs and the shared core stand on their own, the language
// service and the simulator are pure (no editor, no LSP, no Node), the client talks to the server only
// over LSP, and everyone reaches the shared core through its one entry, #core.
const EDITOR = { regex: '^vscode$', message: 'only the extension client (client/src) talks to the editor API' };
const LSP = { regex: '^vscode-(languageserver|languageclient|jsonrpc)', message: 'LSP belongs to the server wiring (server/src/lsp) and the client' };
const NODE = { regex: '^(node:|(fs|path|os|child_process|net|http|https|url|worker_threads|stream|crypto)(/|$))', message: 'pure code: no Node APIs (the CLI and the server wiring do I/O)' };
const CORE_BY_PATH = { regex: '(^|/)core(/|$)', message: "import the shared core through its one entry: '#core'" };
const CATALOG_BY_PATH = { regex: '(^|/)schemas/', message: "the catalog comes through the shared core: '#core'" };
// The Spring Boot facts (schemas/spring) are read by the Spring readers alone, so no other bundle carries them.
const CATALOG_BY_PATH_IN_SPRING = { regex: '(^|/)schemas/(?!spring/)', message: "the catalog comes through the shared core: '#core'" };
// The project readers (server/src/service/project) also read Boot's managed kafka-clients versions and the .kpc.json schema.
const CATALOG_BY_PATH_IN_PROJECT = { regex: '(^|/)schemas/(?!spring/|kpc-config$)', message: "the catalog comes through the shared core: '#core'" };
const SERVER_INTERNALS = { regex: '(^|/)server/', message: 'the client reaches the server over LSP only; shared code comes from #core' };
const LSP_SERVER_SIDE = { regex: '^vscode-(languageserver|jsonrpc)', message: 'the client uses vscode-languageclient; the server side of LSP is server/src/lsp' };
const FILES_IN_CLIENT = { regex: '^(node:)?(fs|child_process)(/|$)', message: 'the client reads documents through the editor, not the file system' };
const FACES = { regex: '(^|/)(lsp|cli|client|webview)(/|$)|(^|/)server$', message: 'the service, the simulator and the core know nothing of the faces that use them (LSP server, CLI, client, webview)' };

/** One boundary: files and what they must not import (one block per file set, so no block overrides another). */
const boundary = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-results/**', 'schemas/generated/**', 'bench/results/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['webview/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  boundary(['schemas/catalog/**', 'schemas/spring/**'], [EDITOR, LSP, NODE, { regex: '^#core$|(^|/)(core|server|client|webview)/', message: 'the catalogs (Kafka facts, Spring Boot facts) are the ground floor: they import nothing of the project' }]),
  boundary(['core/**'], [EDITOR, LSP, NODE, FACES, { regex: '(^|/)server/', message: 'the core stands below the server: it imports only the catalog and itself' }, { regex: '^#core$', message: 'inside the core, import its files directly (index.ts is the entry for everyone else)' }]),
  boundary(['server/src/service/**', 'server/src/simulator/**'], [EDITOR, LSP, NODE, FACES, CORE_BY_PATH, CATALOG_BY_PATH], ['server/src/service/spring/**', 'server/src/service/project/**']),
  boundary(['server/src/service/project/**'], [EDITOR, LSP, NODE, FACES, CORE_BY_PATH, CATALOG_BY_PATH_IN_PROJECT]),
  boundary(['server/src/service/spring/**'], [EDITOR, LSP, NODE, FACES, CORE_BY_PATH, CATALOG_BY_PATH_IN_SPRING]),
  boundary(['server/src/lsp/**', 'server/src/server.ts'], [EDITOR, CORE_BY_PATH, CATALOG_BY_PATH, { regex: '(^|/)(cli|client|webview)/', message: 'the server wiring uses the service, not the other faces' }]),
  boundary(['server/src/cli/**'], [EDITOR, LSP, CORE_BY_PATH, CATALOG_BY_PATH, { regex: '(^|/)(lsp|client|webview)/', message: 'the CLI uses the service and the simulator, not the other faces' }]),
  boundary(['client/src/**'], [LSP_SERVER_SIDE, FILES_IN_CLIENT, SERVER_INTERNALS, CATALOG_BY_PATH, CORE_BY_PATH]),
  boundary(['webview/src/**'], [EDITOR, LSP, NODE, CORE_BY_PATH, CATALOG_BY_PATH, { regex: '(^|/)server/src/(?!simulator/)|(^|/)client/', message: 'the webview runs the simulator (server/src/simulator) and the shared core, nothing else of the host' }]),
);

