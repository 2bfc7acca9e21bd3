// How a message's `{name}` placeholders are filled: one function for every part of the catalog.
export type MessageParams = Record<string, string | number>;

/** Each message split at its placeholders once (literal, name, literal, …): filling is then a join, not a regex. */
const SPLIT = new Map<string, readonly string[]>();

/** `text` with its `{name}` placeholders filled from `params` (a name `params` lacks stays as written). */
export function fillPlaceholders(text: string, params?: MessageParams): string {
  if (!params) return text;
  let parts = SPLIT.get(text);
  if (!parts) {
    parts = text.split(/\{(\w+)\}/);
    SPLIT.set(text, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}
