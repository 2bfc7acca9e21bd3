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

/** The same as UTF-8. */
function bytesOf(value: object): Buffer {
  let b = BYTES_OF.get(value);
  if (!b) {
    b = Buffer.from(jsonOf(value), 'utf8');
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

/**
 * The pull diagnostics report `{ kind: 'full', resultId, items }`, whose JSON is put together from each item's
 * kept JSON: an item sent in an earlier report (the same Diagnostic object) is not serialized again.
 */
export function fullReport<D extends object>(resultId: string, items: D[]): { kind: 'full'; resultId: string; items: D[] } {
  const report = { kind: 'full' as const, resultId, items };
  CHUNKS.set(report, () => {
    const out: Buffer[] = [Buffer.from(`{"kind":"full","resultId":${JSON.stringify(report.resultId)},"items":[`, 'utf8')];
    report.items.forEach((d, i) => {
      if (i > 0) out.push(COMMA);
      out.push(bytesOf(d));
    });
    out.push(CLOSE);
    return out;
  });
  return report;
}

/** The kept JSON of `value` in chunks, or undefined when it was not marked (then it is serialized as usual). */
export function chunksOf(value: unknown): readonly Buffer[] | undefined {
  return value !== null && typeof value === 'object' ? CHUNKS.get(value)?.() : undefined;
}
