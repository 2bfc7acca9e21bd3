// Answers whose JSON the server keeps, so that sending one again does not serialize it again: the stdio
// writer (stdioWriter.ts) asks `chunksOf` for a result's JSON and sends the bytes kept here. A completion
// list asked for twice at one place of one text, a diagnostic sent again after an edit elsewhere: their
// UTF-8 is made once. The bytes are exactly JSON.stringify's (test/unit/lsp/serialized.test.ts), so what a
// client reads is the same whichever transport carries it (over IPC Node serializes the objects itself).
// Kept objects must not change after they were handed out (they never do: answers are built fresh).

/** The UTF-8 JSON of an object as the chunks that make it up, in order. */
type Chunks = () => readonly Buffer[];

const CHUNKS = new WeakMap<object, Chunks>();
const JSON_OF = new WeakMap<object, string>();
const BYTES_OF = new WeakMap<object, Buffer>();

/** `value`'s JSON (`JSON.stringify`), made on first use and kept while `value` lives. */
export function jsonOf(value: object): string {
  let s = JSON_OF.get(value);
  if (s === undefined) {
    s = JSON.stringify(value);
    JSON_OF.set(value, s);
  }
  return s;
}

/** The same as UTF-8 (the string itself is kept only when `jsonOf` was asked for it). */
function bytesOf(value: object): Buffer {
  let b = BYTES_OF.get(value);
  if (!b) {
    b = Buffer.from(JSON_OF.get(value) ?? JSON.stringify(value), 'utf8');
    BYTES_OF.set(value, b);
  }
  return b;
}

/** Marks `value` as an answer that may be sent again unchanged: its JSON is made once, when first sent. */
export function sendsAsIs<T extends object>(value: T): T {
  if (!CHUNKS.has(value)) CHUNKS.set(value, () => [bytesOf(value)]);
  return value;
}

const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');

/** An item's JSON as chunks: its own kept chunks when it has some, else its JSON made once. */
function itemChunks(d: unknown): readonly Buffer[] {
  if (d === null || typeof d !== 'object') return [Buffer.from(JSON.stringify(d) ?? 'null', 'utf8')];
  return CHUNKS.get(d)?.() ?? [bytesOf(d)];
}

function listChunks(open: Buffer, items: readonly unknown[], close: Buffer): Buffer[] {
  const out: Buffer[] = [open];
  items.forEach((d, i) => {
    if (i > 0) out.push(COMMA);
    out.push(...itemChunks(d));
  });
  out.push(close);
  return out;
}

/**
 * `value`, whose JSON is put together from its other fields and each item of its last field `list` (an array):
 * an item sent before (the same object) is not serialized again. For a pull report `{ kind, resultId, items }`,
 * a publishDiagnostics notification's `{ uri, version, diagnostics }` and an outline node's `children`.
 */
export function withKeptItems<T extends object, K extends keyof T & string>(value: T, list: K): T {
  CHUNKS.set(value, () => {
    const keys = Object.keys(value);
    const items = value[list] as unknown;
    // Only as promised (the list last, an array): otherwise serialized whole, as JSON.stringify would.
    if (keys[keys.length - 1] !== list || !Array.isArray(items)) return [Buffer.from(JSON.stringify(value), 'utf8')];
    const rest = JSON.stringify(Object.fromEntries(keys.slice(0, -1).map((k) => [k, (value as Record<string, unknown>)[k]])));
    return listChunks(Buffer.from(`${rest.length > 2 ? `${rest.slice(0, -1)},` : '{'}${JSON.stringify(list)}:[`, 'utf8'), items, CLOSE);
  });
  return value;
}

const OPEN_LIST = Buffer.from('[');
const CLOSE_LIST = Buffer.from(']');

/** An array answer (the outline) whose JSON is put together from its items' kept JSON. */
export function withKeptList<T>(items: T[]): T[] {
  CHUNKS.set(items, () => listChunks(OPEN_LIST, items, CLOSE_LIST));
  return items;
}

/** The kept JSON of `value` in chunks, or undefined when it was not marked (then it is serialized as usual). */
export function chunksOf(value: unknown): readonly Buffer[] | undefined {
  return value !== null && typeof value === 'object' ? CHUNKS.get(value)?.() : undefined;
}
