// The shared core: what the extension client, the preview webview, the CLI and the language service all
// need, behind this one entry (`import { … } from '#core'`, mapped in package.json "imports").
// Pure: no vscode, no LSP, no Node APIs, so every bundle can carry the part it uses.
export * from '../schemas/catalog/index';
export * from './directives';
export * from './edits';
export * from './locale';
export * from './protocol';
export * from './target';
export type * from './types';
export * from '../server/src/service/properties/parse';
export type * from '../server/src/service/properties/types';
export * from './simulatorInput';
export { SIMULATOR_KEYS, type SimulatorKey } from '../server/src/simulator/keys';
