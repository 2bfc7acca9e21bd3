// Quick fixes that silence a finding with a comment, as `# noqa` does for ruff and
// `eslint-disable-next-line` for ESLint: `# kpc-disable-next-line CODE` above the line, or
// `# kpc-disable CODE` at the top of the file. An existing directive of the same kind gets the code
// appended instead of a second comment. core/directives.ts reads them.
import { lineEnding, lineOfOffset, lowerBound, parseDirective, message, type Locale } from '#core';
import type { Analysis } from './analyze';
import type { Finding, TextEdit } from './types';

export interface Suppression {
  title: string;
  edits: TextEdit[];
}

/** A `kpc-disable` / `kpc-disable-next-line` comment that already lists codes: a new code is appended to it. */
function lists(kind: 'disable' | 'disable-next-line', c: { text: string }): boolean {
  const d = parseDirective(c.text);
  return d?.kind === kind && d.codes.length > 0;
}

/** The end of a comment's text without trailing blanks: where a code is appended. */
function appendAt(text: string, span: { start: number; end: number }): number {
  let end = span.end;
  while (end > span.start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\f')) end--;
  return end;
}

/**
 * For a code action request: a function giving, per finding, "Ignore CODE on this line" (when the
 * finding starts a logical line) and "Ignore CODE in this file".
 */
export function suppressor(a: Analysis, locale: Locale = 'en'): (f: Finding) => Suppression[] {
  const { text, lineStarts, comments, entries, bom } = a.parsed;
  const eol = lineEnding(text);
  let fileEdit: ((code: string) => TextEdit) | undefined;
  const fileLevelEdit = (code: string): TextEdit => {
    if (!fileEdit) {
      const directive = comments.find((c) => lists('disable', c));
      if (directive) {
        const at = appendAt(text, directive.span);
        fileEdit = (c) => ({ span: { start: at, end: at }, newText: `,${c}` });
      } else if (!bom) {
        fileEdit = (c) => ({ span: { start: 0, end: 0 }, newText: `# kpc-disable ${c}${eol}` });
      } else {
        // Java keeps a byte order mark as part of the first line: before it the mark would move to the
        // next line, after it '# …' would be a key. The comment goes after the first logical line.
        const first = entries[0];
        const next = first && first.line === 0 ? first.lineCount : 1;
        fileEdit = next < lineStarts.length
          ? (c) => ({ span: { start: lineStarts[next]!, end: lineStarts[next]! }, newText: `# kpc-disable ${c}${eol}` })
          : (c) => ({ span: { start: text.length, end: text.length }, newText: `${eol}# kpc-disable ${c}` });
      }
    }
    return fileEdit(code);
  };
  return (f) => {
    const out: Suppression[] = [];
    const line = lineOfOffset(lineStarts, f.span.start);
    // A finding about the whole file sits at offset 0 with no width; a comment put above line 0 would
    // become line 0 itself, so only the file-wide form fits it.
    const fileLevel = f.span.start === 0 && f.span.end === 0;
    // The directive covers one physical line; a comment inserted inside a continued entry would become
    // part of its value, so the line must be where its logical line starts.
    const e = entries[lowerBound(entries, (x) => x.span.end, f.span.start)];
    const startsLine = !e || e.span.start > f.span.start || e.line === line;
    // Above line 0 of a file with a byte order mark the mark would move to the next line (see above).
    if (!fileLevel && startsLine && !(bom && line === 0)) {
      const prev = comments[lowerBound(comments, (c) => c.line, line - 1)];
      let edit: TextEdit;
      if (prev && prev.line === line - 1 && lists('disable-next-line', prev)) {
        const at = appendAt(text, prev.span);
        edit = { span: { start: at, end: at }, newText: `,${f.code}` };
      } else {
        const start = lineStarts[line]!;
        const indent = /^[ \t\f]*/.exec(text.slice(start, start + 200))![0];
        edit = { span: { start, end: start }, newText: `${indent}# kpc-disable-next-line ${f.code}${eol}` };
      }
      out.push({ title: message(locale, 'suppress.ignoreLine', { code: f.code }), edits: [edit] });
    }
    out.push({ title: message(locale, 'suppress.ignoreFile', { code: f.code }), edits: [fileLevelEdit(f.code)] });
    return out;
  };
}
