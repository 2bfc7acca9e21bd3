// A small element tree over saxes (a strict, non-validating XML parser: a file that is not well-formed
// XML is an error with its line and column, DTD entities are never expanded, nothing is fetched).
// Only what reading a pom.xml needs: element names, their text and the line each starts on.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name as written (`project`, `dependency`); a prefix, if any, is dropped. */
  name: string;
  children: XmlElement[];
  /** The element's own text and CDATA, trimmed (child elements' text not included). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; message: string; line: number; column: number };

/** Elements nested deeper than this are not kept (a pom needs five levels; a hostile file gets no deep recursion). */
const MAX_DEPTH = 64;

export function parseXml(text: string): XmlResult {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let depth = 0;
  let failure: { message: string; line: number; column: number } | undefined;
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > MAX_DEPTH) return;
    const colon = tag.name.indexOf(':');
    const el: XmlElement = { name: colon >= 0 ? tag.name.slice(colon + 1) : tag.name, children: [], text: '', line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  const addText = (t: string): void => {
    if (depth > MAX_DEPTH) return;
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    if (depth-- > MAX_DEPTH) return;
    const el = stack.pop();
    if (el) el.text = el.text.trim();
  });
  parser.on('error', (err) => {
    // The first error is the one to report; saxes would go on and report its consequences.
    failure ??= { message: err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, ''), line: parser.line, column: parser.column + 1 };
    throw err;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (!failure) failure = { message: err instanceof Error ? err.message : String(err), line: parser.line, column: parser.column + 1 };
  }
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, message: 'no root element', line: 1, column: 1 };
  return { ok: true, root };
}

/** The first child named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Every child named `name`. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** The text of the first child named `name`, or undefined when there is no such child. */
export function childText(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.text;
}
