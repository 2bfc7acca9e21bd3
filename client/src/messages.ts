// The client's strings come from the one message catalog (core/messages), in VS Code's display language.
import * as vscode from 'vscode';
import { message, normalizeLocale, type Locale, type MessageKey, type MessageParams } from '#core';

/** The language VS Code shows its own interface in (`ko`, `ko-KR` → 'ko'; anything else → 'en'). */
export const uiLocale = (): Locale => normalizeLocale(vscode.env.language);

/** The message `key` in VS Code's display language. */
export const t = (key: MessageKey, params?: MessageParams): string => message(uiLocale(), key, params);
