// How a message's `{name}` placeholders are filled: one function for every part of the catalog.
export type MessageParams = Record<string, string | number>;

/** `text` with its `{name}` placeholders filled from `params` (a name `params` lacks stays as written). */
export function fillPlaceholders(text: string, params?: MessageParams): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}
