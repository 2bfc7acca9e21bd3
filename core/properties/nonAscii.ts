/**
 * Non-ASCII text in keys and values, and what Kafka really reads for it.
 *
 * Kafka (`Utils.loadProps`) hands the file's bytes to `Properties.load(InputStream)`, which decodes
 * ISO-8859-1: one byte, one char. VS Code saves files as UTF-8 by default, so every character from
 * U+0080 up is written as 2 to 4 bytes and Kafka reads 2 to 4 different characters. That includes
 * U+0080–U+00FF (é, ü, ß, £...), which Latin-1 could represent as one byte: VS Code still writes
 * them as UTF-8 (é → C3 A9 → Kafka reads `Ã©`), unless the file's encoding was switched to
 * ISO 8859-1. The `\uXXXX` escape is read correctly whatever the encoding.
 */
import type { Span } from '../types';
import { decodeLatin1, parseProperties } from './parse';
import type { ParsedProperties } from './types';

export interface NonAsciiRun {
  /** Source span of a run of consecutive non-ASCII characters inside one key or value. */
  span: Span;
  /** The characters as the author typed them (Unicode). */
  text: string;
  /** What Kafka reads for them: the ISO-8859-1 decoding of their UTF-8 bytes (`é` → `Ã©`). */
  kafkaReads: string;
  /** Replacement for `span` that Kafka reads as `text`: one `\uXXXX` per UTF-16 code unit. */
  escaped: string;
  /** The bytes in the file (UTF-8 of `text`). */
  bytes: number[];
  /** False only in 'latin1' mode for bytes that are not UTF-8 (a file really saved as ISO-8859-1): Kafka reads them as meant. */
  misread: boolean;
  entryIndex: number;
  part: 'key' | 'value';
  /** The whole key or value (decoded) as Kafka reads it, e.g. `cafÃ©-producer` for `client.id=café-producer`. */
  kafkaWhole: string;
}

export interface NonAsciiOptions {
  /**
   * How the parsed text was decoded: 'unicode' (default: editor text, what the author typed; the file
   * is assumed saved as UTF-8) or 'latin1' (the CLI's `decodeLatin1` of the file's bytes: the text
   * already is what Kafka reads, and runs are decoded as UTF-8 to show what was meant).
   */
  decoded?: 'unicode' | 'latin1';
}

const encoder = new TextEncoder();

function escapeUnits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += '\\u' + s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return out;
}

/** Non-ASCII runs in every entry's key and value (comments are ignored: Kafka never uses them; a BOM is reported by `hasBom`). */
export function findNonAscii(parsed: ParsedProperties, options: NonAsciiOptions = {}): NonAsciiRun[] {
  const latin1 = options.decoded === 'latin1';
  const { text, entries } = parsed;
  const bomLen = parsed.bom === 'U+FEFF' ? 1 : parsed.bom === 'latin1-utf8' ? 3 : 0;
  const out: NonAsciiRun[] = [];
  entries.forEach((entry, entryIndex) => {
    let whole: { key: string; value: string } | undefined;
    const parts: ['key' | 'value', Span][] = [['key', entry.keySpan], ['value', entry.valueSpan]];
    for (const [part, span] of parts) {
      let i = Math.max(span.start, bomLen);
      while (i < span.end) {
        if (text.charCodeAt(i) < 0x80) {
          i++;
          continue;
        }
        const start = i;
        while (i < span.end && text.charCodeAt(i) >= 0x80) i++;
        const run = text.slice(start, i);
        if (!whole) {
          if (latin1) whole = entry;
          else {
            const raw = text.slice(entry.span.start, entry.span.end);
            const reread = parseProperties(decodeLatin1(encoder.encode(raw))).entries[0];
            whole = reread ?? { key: '', value: '' };
          }
        }
        let meant = run;
        let bytes: number[];
        let kafkaReads: string;
        let misread = true;
        if (latin1) {
          bytes = Array.from(run, (ch) => ch.charCodeAt(0) & 0xff);
          kafkaReads = run;
          try {
            meant = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
          } catch {
            meant = run;
            misread = false;
          }
        } else {
          const enc = encoder.encode(run);
          bytes = Array.from(enc);
          kafkaReads = decodeLatin1(enc);
        }
        out.push({
          span: { start, end: i },
          text: meant,
          kafkaReads,
          escaped: escapeUnits(meant),
          bytes,
          misread,
          entryIndex,
          part,
          kafkaWhole: part === 'key' ? whole.key : whole.value,
        });
      }
    }
  });
  return out;
}
