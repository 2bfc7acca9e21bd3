// A tokenizer for Gradle build scripts, Groovy and Kotlin DSL: enough of both languages to find string
// literals (with their `$name` / `${…}` templates), identifiers, punctuation, line breaks and the block
// each token sits in, while never being fooled by comments or by quotes inside strings. It reads code as
// text; nothing is evaluated or run. Unknown characters become punctuation, so any input tokenizes.

export type StrPart = { text: string } | { ref: string[] } | { expr: Token[] };

export type Token =
  | { t: 'id'; v: string; line: number; block: readonly string[] }
  | { t: 'str'; parts: StrPart[]; line: number; block: readonly string[] }
  | { t: 'num'; v: string; line: number; block: readonly string[] }
  | { t: 'p'; v: string; line: number; block: readonly string[] }
  | { t: 'nl'; line: number; block: readonly string[] };

/** A token without its position and block (push adds them). */
type Init<T> = T extends unknown ? Omit<T, 'block' | 'line'> & { line?: number } : never;
type TokenInit = Init<Token>;

/** Longest first. */
const OPERATORS = ['?.', '!!', '::', '->', '==', '!=', '<=', '>=', '&&', '||', '+=', '-=', '..', '?:'];
const IDENT_START = /[A-Za-z_$\u00c0-\uffff]/;
const IDENT_PART = /[\w$\u00c0-\uffff]/;

/** At most this many tokens are produced (a build file is a few thousand); the rest of the text is ignored. */
export const MAX_TOKENS = 200_000;
const MAX_BLOCK_DEPTH = 64;

export function tokenize(text: string, dialect: 'groovy' | 'kotlin'): Token[] {
  return new Tokenizer(text, dialect).run();
}

class Tokenizer {
  private i = 0;
  private line = 1;
  private readonly out: Token[] = [];
  /** Names of the enclosing `name {` blocks (`dependencies`, `subprojects`, `ext` …); '' for others. Shared by
   * the tokens of one block (a new array only when a block opens or closes); at most MAX_BLOCK_DEPTH deep. */
  private blocks: readonly string[] = [];
  /** `{` opened past MAX_BLOCK_DEPTH, not recorded */
  private overflow = 0;

  constructor(
    private readonly s: string,
    private readonly dialect: 'groovy' | 'kotlin',
  ) {}

  run(): Token[] {
    this.scan(undefined, this.out);
    return this.out;
  }

  private push(list: Token[], tok: TokenInit): void {
    if (this.out.length + list.length >= MAX_TOKENS) {
      this.i = this.s.length;
      return;
    }
    list.push({ line: this.line, ...tok, block: this.blocks } as Token);
  }

  /** Tokens into `list` until the end, or until the `}` that closes a `${` template (consumed). */
  private scan(template: { depth: number } | undefined, list: Token[]): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === '\n') {
        this.push(list, { t: 'nl' });
        this.line++;
        this.i++;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\ufeff') {
        this.i++;
        continue;
      }
      if (c === '\\' && s[this.i + 1] === '\n') {
        this.i++;
        continue;
      }
      if (c === '/' && s[this.i + 1] === '/') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === '/' && s[this.i + 1] === '*') {
        this.blockComment();
        continue;
      }
      if (c === '#' && s[this.i + 1] === '!' && this.i === 0) {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === '"' || c === "'") {
        this.string(list, c);
        continue;
      }
      if (c === '$' && s[this.i + 1] === '/' && this.dialect === 'groovy') {
        this.dollarSlashy(list);
        continue;
      }
      if (IDENT_START.test(c)) {
        const start = this.i;
        while (this.i < s.length && IDENT_PART.test(s[this.i]!)) this.i++;
        this.push(list, { t: 'id', v: s.slice(start, this.i) });
        continue;
      }
      if (c === '`' && this.dialect === 'kotlin') {
        const end = s.indexOf('`', this.i + 1);
        const stop = end < 0 || s.slice(this.i + 1, end).includes('\n') ? this.i + 1 : end + 1;
        this.push(list, { t: 'id', v: s.slice(this.i + 1, Math.max(this.i + 1, stop - 1)) });
        this.i = stop;
        continue;
      }
      if (c >= '0' && c <= '9') {
        const start = this.i;
        while (this.i < s.length && /[\w.]/.test(s[this.i]!) && !(s[this.i] === '.' && !/\d/.test(s[this.i + 1] ?? ''))) this.i++;
        this.push(list, { t: 'num', v: s.slice(start, this.i) });
        continue;
      }
      if (template) {
        if (c === '{') template.depth++;
        if (c === '}' && template.depth-- === 0) {
          this.i++;
          return;
        }
      }
      const op = OPERATORS.find((o) => s.startsWith(o, this.i));
      const v = op ?? c;
      if (!template) {
        if (v === '{') {
          // The block's name: the identifier before `{`, or before `(…) {` (`configure(subprojects) {` counts as `configure`).
          if (this.blocks.length < MAX_BLOCK_DEPTH) this.blocks = [...this.blocks, blockName(list)];
          else this.overflow++;
        } else if (v === '}') {
          if (this.overflow > 0) this.overflow--;
          else if (this.blocks.length > 0) this.blocks = this.blocks.slice(0, -1);
        }
      }
      this.push(list, { t: 'p', v });
      this.i += v.length;
    }
  }

  private blockComment(): void {
    const s = this.s;
    let depth = 0;
    while (this.i < s.length) {
      if (s.startsWith('/*', this.i)) {
        depth++;
        this.i += 2;
        // Kotlin comments nest; Groovy's end at the first `*/`.
        if (this.dialect === 'groovy' && depth > 1) depth = 1;
        continue;
      }
      if (s.startsWith('*/', this.i)) {
        this.i += 2;
        if (--depth === 0) return;
        continue;
      }
      if (s[this.i] === '\n') this.line++;
      this.i++;
    }
  }

  private string(list: Token[], quote: string): void {
    const s = this.s;
    const line = this.line;
    const triple = s.startsWith(quote.repeat(3), this.i);
    const delim = triple ? quote.repeat(3) : quote;
    this.i += delim.length;
    // Groovy: "…" and """…""" are templates, '…' and '''…''' are not. Kotlin: every string is (char literals are '…').
    const templated = this.dialect === 'kotlin' ? quote === '"' : quote === '"';
    // Kotlin raw strings ("""…""") have no escapes.
    const escapes = !(this.dialect === 'kotlin' && triple);
    const parts: StrPart[] = [];
    let text = '';
    const flush = (): void => {
      if (text) parts.push({ text });
      text = '';
    };
    while (this.i < s.length) {
      if (s.startsWith(delim, this.i)) {
        // """a"""" ends at the last three quotes
        if (triple) while (s[this.i + 3] === quote) { text += quote; this.i++; }
        this.i += delim.length;
        flush();
        this.push(list, { t: 'str', parts, line });
        return;
      }
      const c = s[this.i]!;
      if (c === '\n') {
        if (!triple) break; // an unterminated one-line string ends at the line break
        this.line++;
      }
      if (c === '\\' && escapes) {
        const n = s[this.i + 1];
        if (n === undefined) break;
        if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) {
          text += String.fromCharCode(parseInt(s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
          continue;
        }
        text += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n === '\n' ? '' : n;
        if (n === '\n') this.line++;
        this.i += 2;
        continue;
      }
      if (c === '$' && templated) {
        if (s[this.i + 1] === '{') {
          flush();
          this.i += 2;
          const expr: Token[] = [];
          const saved = this.blocks;
          this.blocks = [];
          this.scan({ depth: 0 }, expr);
          this.blocks = saved;
          parts.push({ expr });
          continue;
        }
        if (IDENT_START.test(s[this.i + 1] ?? '') && s[this.i + 1] !== '$') {
          flush();
          this.i++;
          const path: string[] = [];
          for (;;) {
            const start = this.i;
            while (this.i < s.length && IDENT_PART.test(s[this.i]!) && s[this.i] !== '$') this.i++;
            path.push(s.slice(start, this.i));
            // Groovy reads `$a.b` as a property path; Kotlin's `$a` ends at the name.
            if (this.dialect === 'groovy' && s[this.i] === '.' && IDENT_START.test(s[this.i + 1] ?? '') && s[this.i + 1] !== '$') {
              this.i++;
              continue;
            }
            break;
          }
          parts.push({ ref: path });
          continue;
        }
      }
      text += c;
      this.i++;
    }
    // Unterminated: keep what was read as a string so the rest of the file still tokenizes.
    flush();
    this.push(list, { t: 'str', parts, line });
  }

  private dollarSlashy(list: Token[]): void {
    const s = this.s;
    const line = this.line;
    const end = s.indexOf('/$', this.i + 2);
    const stop = end < 0 ? s.length : end;
    const text = s.slice(this.i + 2, stop);
    for (const ch of text) if (ch === '\n') this.line++;
    this.i = end < 0 ? s.length : end + 2;
    this.push(list, { t: 'str', parts: [{ text }], line });
  }
}

function blockName(list: Token[]): string {
  let j = list.length - 1;
  const stop = Math.max(0, j - 200); // a block name is close by; hostile input must not make this quadratic
  while (j >= stop && list[j]!.t === 'nl') j--;
  let tok = list[j];
  if (tok?.t === 'p' && tok.v === ')') {
    let depth = 0;
    for (; j >= stop; j--) {
      const x = list[j]!;
      if (x.t === 'p' && x.v === ')') depth++;
      if (x.t === 'p' && x.v === '(' && --depth === 0) break;
    }
    tok = list[j - 1];
  }
  return tok?.t === 'id' ? tok.v : '';
}

/** The text of a string token whose parts are all literal, else undefined. */
export function literal(tok: Token | undefined): string | undefined {
  if (tok?.t !== 'str') return undefined;
  let out = '';
  for (const p of tok.parts) {
    if (!('text' in p)) return undefined;
    out += p.text;
  }
  return out;
}
