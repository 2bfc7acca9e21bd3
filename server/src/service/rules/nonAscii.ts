// non-ascii: Kafka reads the file as ISO-8859-1 (Properties.load(InputStream)), so characters saved as
// UTF-8 arrive as two to four different characters. The fix writes \uXXXX, which Java decodes exactly.
import { findNonAscii } from '#core';
import type { Finding } from '../types';
import { isSecretKey } from '../secrets';
import { clip, finding } from './context';
import { defineRule } from './definition';

const NON_ASCII = /[^\x00-\x7f]/g;
const MAX_ENTRIES = 200;

export const nonAscii = defineRule({
  code: 'non-ascii',
  defaultSeverity: 'warning',
  severities: ['warning', 'information'],
  category: 'file',
  onKey: false,
  scope: { kind: 'file', reads: 'all' },
  example: { bad: 'client.id=주문\n', good: 'client.id=\\uC8FC\\uBB38\n' },
  docs: {
    en: {
      summary: 'Non-ASCII text that Kafka reads as different characters (the file is read as ISO-8859-1).',
      what: 'Reports keys and values with characters outside ASCII, and shows what Kafka reads instead.',
      why: 'Kafka\'s tools and most applications load the file with Properties.load(InputStream), which reads ISO-8859-1: a character saved as UTF-8 arrives as two to four other characters, so a client.id, a topic-like value or a password is not what was written.',
      fix: 'Write the characters as `\\uXXXX` escapes (the quick fix, also applied by `kpc fix`), which Java decodes exactly.',
    },
    ko: {
      summary: 'Kafka가 다른 문자로 읽는 비ASCII 텍스트(파일을 ISO-8859-1로 읽음).',
      what: 'ASCII 밖의 문자가 있는 키와 값을 찾고, Kafka가 대신 읽는 문자를 보여 줍니다.',
      why: 'Kafka 도구와 대부분의 애플리케이션은 Properties.load(InputStream)으로 파일을 ISO-8859-1로 읽습니다. UTF-8로 저장된 문자 하나가 다른 문자 2~4개로 들어오므로 client.id, 값, 비밀번호가 쓴 것과 달라집니다.',
      fix: '그 문자를 `\\uXXXX` 이스케이프로 쓰세요(빠른 수정, `kpc fix`도 적용). Java가 정확히 해석합니다.',
    },
  },
  check(ctx, out: Finding[]) {
    const bomLen = ctx.parsed.bom === 'U+FEFF' ? 1 : ctx.parsed.bom === 'latin1-utf8' ? 3 : 0;
    // cheap prefilter: most files are pure ASCII
    if (ctx.asciiOnly) return;
    NON_ASCII.lastIndex = bomLen;
    if (!NON_ASCII.test(ctx.text)) return;
    // Entries with non-ASCII text, at most MAX_ENTRIES of them (a binary file would give one finding per byte run).
    const picked: number[] = [];
    let more = 0;
    let firstMore = -1;
    const text = ctx.text;
    for (let i = 0; i < ctx.entries.length; i++) {
      const e = ctx.entries[i]!;
      let has = false;
      for (let j = Math.max(e.keySpan.start, bomLen); j < e.valueSpan.end; j++) {
        if (text.charCodeAt(j) >= 0x80) {
          has = true;
          break;
        }
      }
      if (!has) continue;
      if (picked.length < MAX_ENTRIES) picked.push(i);
      else if (more++ === 0) firstMore = i;
    }
    if (picked.length === 0) return;
    const subset = { ...ctx.parsed, entries: picked.map((i) => ctx.entries[i]!) };
    for (const r of findNonAscii(subset, { decoded: ctx.decoded })) {
      const run = { ...r, entryIndex: picked[r.entryIndex]! };
      if (!run.misread) continue;
      const e = ctx.entries[run.entryIndex]!;
      const secret = run.part === 'value' && isSecretKey(e.key);
      const escaped = clip(run.escaped, 60);
      const reads = clip(run.kafkaReads, 40);
      const written = clip(run.text, 20);
      const whole = clip(run.kafkaWhole);
      const part = run.part === 'key' ? ctx.msg('rule.non-ascii.key') : ctx.msg('rule.non-ascii.value');
      const message = secret
        ? ctx.msg('rule.non-ascii.writeTheNonAscii', { key: clip(e.key) })
        : ctx.msg('rule.non-ascii.writeInsteadTheFile', { escaped, reads, written, part, whole });
      out.push(
        finding('non-ascii', 'warning', message, run.span, [{ title: ctx.msg('rule.non-ascii.writeAsUxxxxEscapes'), edits: [{ span: run.span, newText: run.escaped }], preferred: true, safe: true }], {
          data: { part: run.part },
        }),
      );
    }
    if (more > 0) {
      const e = ctx.entries[firstMore]!;
      out.push(
        finding(
          'non-ascii',
          'information',
          ctx.msg('rule.non-ascii.checkTheEncoding', { others: more - 1, lines: more }),
          e.keySpan,
        ),
      );
    }
  },
});
