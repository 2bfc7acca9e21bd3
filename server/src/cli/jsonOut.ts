// JSON output for reports too large for one string: the same text as JSON.stringify(value, null, 2)
// (plus a newline), handed to `write` in chunks. A 10 MB config gives a report of several hundred
// MB, over V8's largest string (~512 MB): JSON.stringify threw "Invalid string length" there.

const CHUNK = 1 << 20;
/** Containers this shallow, and arrays this long, are walked; anything else is one native JSON.stringify. */
const WALK_DEPTH = 3;
const WALK_LENGTH = 64;

/** Writes `value` as JSON.stringify(value, null, 2) + '\n' would, in chunks of about 1 MB. */
export function writeJson(value: unknown, write: (chunk: string) => void): void {
  let buf = '';
  const emit = (s: string): void => {
    buf += s;
    if (buf.length >= CHUNK) { write(buf); buf = ''; }
  };
  // Iterative, so that deep nesting cannot overflow the stack (reports are shallow, but this is cheap).
  type Frame = { close: string; pad: string; items: [string | null, unknown][]; i: number };
  const stack: Frame[] = [];
  const open = (v: unknown, pad: string): void => {
    if (v === null || typeof v !== 'object') { emit(JSON.stringify(v) ?? 'null'); return; }
    const isArray = Array.isArray(v);
    if (stack.length > WALK_DEPTH && !(isArray && v.length > WALK_LENGTH)) {
      // small: the native serializer, re-indented to where it stands
      emit(JSON.stringify(v, null, 2).replace(/\n/g, `\n${pad}`));
      return;
    }
    const items: [string | null, unknown][] = isArray
      ? (v as unknown[]).map((x) => [null, x])
      : Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
    if (items.length === 0) { emit(isArray ? '[]' : '{}'); return; }
    emit(isArray ? '[' : '{');
    stack.push({ close: isArray ? ']' : '}', pad, items, i: 0 });
  };
  open(value, '');
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i === f.items.length) {
      stack.pop();
      emit(`\n${f.pad}${f.close}`);
      continue;
    }
    const [k, v] = f.items[f.i]!;
    const inner = `${f.pad}  `;
    emit(`${f.i > 0 ? ',' : ''}\n${inner}${k === null ? '' : `${JSON.stringify(k)}: `}`);
    f.i++;
    // in arrays, what JSON.stringify cannot represent becomes null
    open(k === null && (v === undefined || typeof v === 'function' || typeof v === 'symbol') ? null : v, inner);
  }
  emit('\n');
  if (buf) write(buf);
}
