// Which documents the extension works on: producer configs (our language) and, unless
// `kafkaProducerConfig.springBootFiles` is false, Spring Boot application files in the languages other
// extensions give them (matched by file pattern; their language is left alone).
import * as vscode from 'vscode';
import { CONFIG_SECTION, LANGUAGE_ID, SPRING_FILE_PATTERN, SPRING_FILES_SETTING, SPRING_LANGUAGE_IDS } from '#core';

export function springEnabled(): boolean {
  return vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>(SPRING_FILES_SETTING, true) !== false;
}

/** The language client's document selector. */
export function documentSelector(): { language: string; pattern?: string }[] {
  const spring = springEnabled() ? SPRING_LANGUAGE_IDS.map((language) => ({ language, pattern: SPRING_FILE_PATTERN })) : [];
  return [{ language: LANGUAGE_ID }, ...spring];
}

export function isSpringDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId !== LANGUAGE_ID && springEnabled() && SPRING_LANGUAGE_IDS.some((language) => vscode.languages.match({ language, pattern: SPRING_FILE_PATTERN }, doc) > 0);
}

/** A document the server checks. */
export function isProducerDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID || isSpringDocument(doc);
}
