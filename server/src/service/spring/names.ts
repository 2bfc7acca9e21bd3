// Spring Boot property names as the binder sees them (behaviours `name-elements`, `map-key-dots-kept`,
// `map-key-stripped`): how a name from a file splits into elements, when two names are the same
// property (relaxed binding), and which key a Map<String, String> entry gets.
// Ported from the rules of ConfigurationPropertyName (ElementsParser, elementEquals, Form.ORIGINAL),
// identical at every Boot GA tag 2.7.0 → 4.1.1; see schemas/spring/behaviours.ts.

export type ElementType = 'uniform' | 'dashed' | 'non-uniform' | 'indexed' | 'numerically-indexed';

export interface NameElement {
  /** the element's characters (inside the brackets for an indexed element) */
  text: string;
  type: ElementType;
  /** offsets of `text` in the name string */
  start: number;
  end: number;
}

export interface ParsedName {
  name: string;
  elements: NameElement[];
  /**
   * pieces of the name that yield no element, offsets in the name: a piece with no letter or digit
   * (`@@` in `a.@@.b`) or an empty one between dots (`a..b`, a leading or trailing dot)
   */
  dropped: { start: number; end: number }[];
}

const isAlpha = (c: string): boolean => c >= 'a' && c <= 'z';
const isNumeric = (c: string): boolean => c >= '0' && c <= '9';
const isAlphaNumeric = (c: string): boolean => isAlpha(c) || isNumeric(c);
/** ElementsParser.isValidChar: lowercase a-z, 0-9, and '-' when not first. */
const isValidChar = (c: string, index: number): boolean => isAlpha(c) || isNumeric(c) || (index !== 0 && c === '-');
const isIndexed = (t: ElementType | 'empty'): boolean => t === 'indexed' || t === 'numerically-indexed';
/**
 * Java's Character.toLowerCase of one UTF-16 unit. JS lowercases U+0130 (İ) to two characters where
 * Java gives 'i'; other multi-character results cannot pass the a-z test either way.
 */
const lower = (c: string): string => (c === '\u0130' ? 'i' : c.toLowerCase());

function updateType(existing: ElementType | 'empty', c: string, index: number): ElementType | 'empty' {
  if (isIndexed(existing)) {
    if (existing === 'numerically-indexed' && !isNumeric(c)) return 'indexed';
    return existing;
  }
  if (existing === 'empty' && isValidChar(c, index)) return index === 0 ? 'uniform' : 'non-uniform';
  if (existing === 'uniform' && c === '-') return 'dashed';
  if (!isValidChar(c, index)) {
    // Java compares Character.toLowerCase(ch); a lowercase that is not one char (rare Unicode) counts as invalid
    const l = lower(c);
    if (existing === 'empty' && !(l.length === 1 && isValidChar(l, index))) return 'empty';
    return 'non-uniform';
  }
  return existing;
}

const parseMemo = new Map<string, ParsedName>();

/** ConfigurationPropertyName.adapt(name, '.'): the elements of a name read from a property source. */
export function parseName(name: string): ParsedName {
  const memo = parseMemo.get(name);
  if (memo) return memo;
  const elements: NameElement[] = [];
  const dropped: ParsedName['dropped'] = [];
  const add = (start: number, end: number, type: ElementType | 'empty'): void => {
    if (end - start < 1) {
      // `x.[a]` and `[a].b` have an empty piece next to a bracket by design; `a..b` and `a.` lose one
      const atDotOrEnd = end === name.length || name[end] === '.';
      if (atDotOrEnd && !(start > 0 && name[start - 1] === ']') && name.length > 0) dropped.push({ start, end });
      return;
    }
    if (type === 'empty') {
      dropped.push({ start, end });
      return;
    }
    elements.push({ text: name.slice(start, end), type, start, end });
  };
  let open = 0;
  let start = 0;
  let type: ElementType | 'empty' = 'empty';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '[') {
      if (open === 0) {
        add(start, i, type);
        start = i + 1;
        type = 'numerically-indexed';
      }
      open++;
    } else if (c === ']') {
      open--;
      if (open === 0) {
        add(start, i, type);
        start = i + 1;
        type = 'empty';
      }
    } else if (!isIndexed(type) && c === '.') {
      add(start, i, type);
      start = i + 1;
      type = 'empty';
    } else {
      type = updateType(type, c, i - start);
    }
  }
  if (open !== 0) type = 'non-uniform';
  add(start, name.length, type);
  const parsed: ParsedName = { name, elements, dropped };
  if (parseMemo.size > 5000) parseMemo.clear();
  parseMemo.set(name, parsed);
  return parsed;
}

/** Form.ORIGINAL: indexed, uniform and dashed elements as written; others keep a-z A-Z 0-9 '_' and a non-leading '-'. */
export function originalForm(el: NameElement): string {
  if (isIndexed(el.type) || el.type !== 'non-uniform') return el.text;
  let out = '';
  for (let i = 0; i < el.text.length; i++) {
    const c = el.text[i]!;
    const l = lower(c);
    if (c === '_' || (l.length === 1 && isValidChar(l, i))) out += c;
  }
  return out;
}

/** Form.UNIFORM (equality): indexed elements as written, others lowercased with only a-z 0-9 kept. */
export function uniformForm(el: NameElement): string {
  if (isIndexed(el.type)) return el.text;
  let out = '';
  for (const c of el.text) {
    const l = lower(c);
    if (l.length === 1 && isAlphaNumeric(l)) out += l;
  }
  return out;
}

/** Form.DASHED (how Boot prints a name): indexed as written, others lowercased keeping a-z 0-9 and non-leading '-'. */
export function dashedForm(el: NameElement): string {
  if (isIndexed(el.type)) return el.text;
  let out = '';
  for (let i = 0; i < el.text.length; i++) {
    const l = lower(el.text[i]!);
    if (l.length === 1 && isValidChar(l, i)) out += l;
  }
  return out;
}

/** ConfigurationPropertyName's element equality (defaultElementEquals, which the fast paths agree with). */
export function elementsEqual(a: NameElement, b: NameElement): boolean {
  const ia = isIndexed(a.type);
  const ib = isIndexed(b.type);
  const s1 = a.text;
  const s2 = b.text;
  let i1 = 0;
  let i2 = 0;
  while (i1 < s1.length) {
    if (i2 >= s2.length) return remainderIsNotAlphanumeric(s1, i1, ia);
    const c1 = ia ? s1[i1]! : lower(s1[i1]!);
    const c2 = ib ? s2[i2]! : lower(s2[i2]!);
    if (!ia && !isAlphaNumeric(c1)) i1++;
    else if (!ib && !isAlphaNumeric(c2)) i2++;
    else if (c1 !== c2) return false;
    else {
      i1++;
      i2++;
    }
  }
  if (i2 < s2.length) return remainderIsNotAlphanumeric(s2, i2, ib);
  return true;
}

function remainderIsNotAlphanumeric(s: string, from: number, indexed: boolean): boolean {
  if (indexed) return false;
  for (let i = from; i < s.length; i++) if (isAlphaNumeric(lower(s[i]!))) return false;
  return true;
}

/** Same property (relaxed): as many elements, each equal. */
export function namesEqual(a: ParsedName, b: ParsedName): boolean {
  if (a.elements.length !== b.elements.length) return false;
  for (let i = a.elements.length - 1; i >= 0; i--) if (!elementsEqual(a.elements[i]!, b.elements[i]!)) return false;
  return true;
}

/** `root` is a proper ancestor of `name` (isAncestorOf). */
export function isAncestorOf(root: ParsedName, name: ParsedName): boolean {
  if (root.elements.length >= name.elements.length) return false;
  for (let i = root.elements.length - 1; i >= 0; i--) if (!elementsEqual(root.elements[i]!, name.elements[i]!)) return false;
  return true;
}

/** The name in Boot's canonical (dashed) form, e.g. `spring.kafka.producer.batch-size`, `a[0]`, `a[x.y]`. */
export function canonicalName(n: ParsedName): string {
  let out = '';
  for (const el of n.elements) {
    if (isIndexed(el.type)) out += `[${el.text}]`;
    else out += (out ? '.' : '') + dashedForm(el);
  }
  return out;
}

export interface MapKey {
  /** the Map<String, String> key Boot binds */
  key: string;
  /** characters the binder removed from unbracketed elements, or pieces it dropped: the key differs from what was written */
  changed: boolean;
  /** the text after the map root as written (brackets included) */
  written: string;
}

/** The key of `name` in the Map<String, String> at `root` (root must be an ancestor of name). */
export function mapKey(root: ParsedName, name: ParsedName): MapKey {
  const rest = name.elements.slice(root.elements.length);
  let key = '';
  let changed = false;
  for (const el of rest) {
    const part = originalForm(el);
    if (part !== el.text) changed = true;
    key += (key ? '.' : '') + part;
  }
  const from = rest[0]?.start ?? name.name.length;
  const writtenStart = from > 0 && name.name[from - 1] === '[' ? from - 1 : from;
  if (name.dropped.some((d) => d.start >= writtenStart)) changed = true;
  return { key, changed, written: name.name.slice(writtenStart) };
}

/** Whether `name` is a list index of `root` (`root[0]`, `root[1]`...) and which. */
export function listIndexOf(root: ParsedName, name: ParsedName): number | undefined {
  if (name.elements.length !== root.elements.length + 1 || !isAncestorOf(root, name)) return undefined;
  const last = name.elements[name.elements.length - 1]!;
  return last.type === 'numerically-indexed' ? Number(last.text) : undefined;
}
