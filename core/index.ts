// The shared core: what the extension client, the preview webview, the CLI and the language service all
// need, behind this one entry (`import { … } from '#core'`, mapped in package.json "imports").
// Pure: no vscode, no LSP, no Node APIs, so every bundle can carry the part it uses.
export * from '../schemas/catalog/index'; // the catalog: Kafka's facts per version
export * from './properties/parse'; // the java.util.Properties reader
export type * from './properties/types';
export * from './properties/nonAscii';
export * from './lineIndex';
export type * from './types';
export * from './locale';
export * from './messages/index'; // the message catalog, one per language
export * from './expected'; // what a key takes, in words
export * from './versionProblem'; // why a Kafka version cannot be used, in words
export * from './directives'; // the `# kpc:` grammar
export * from './target';
export * from './edits';
export * from './simulatorInput';
export * from './protocol'; // what client and server agree on besides LSP
