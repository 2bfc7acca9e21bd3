// non-ascii: Kafka reads the file as ISO-8859-1 (Properties.load(InputStream)), so characters saved as
// UTF-8 arrive as two to four different characters. The fix writes \uXXXX, which Java decodes exactly.
import { findNonAscii } from '#core';
import type { Finding } from '../types';
import { isSecretKey } from '../secrets';
import { clip, finding, type Rule } from './context';

const NON_ASCII = /[^\x00-\x7f]/g;
const MAX_ENTRIES = 200;

export const nonAscii: Rule = {
  codes: ['non-ascii'],
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
      const message = secret
        ? ctx.t(
            `Write the non-ASCII characters in the value of '${clip(e.key)}' as \\uXXXX escapes: Kafka reads the file as ISO-8859-1, so it gets different characters than written.`,
            `'${clip(e.key)}' 값의 ASCII가 아닌 문자를 \\uXXXX 이스케이프로 쓰세요: Kafka는 파일을 ISO-8859-1로 읽어 다른 문자를 받습니다.`,
          )
        : ctx.t(
            `Write ${clip(run.escaped, 60)} instead: the file is read as ISO-8859-1, so Kafka reads '${clip(run.kafkaReads, 40)}' here, not '${clip(run.text, 20)}', and the ${run.part} becomes '${clip(run.kafkaWhole)}'.`,
            `${clip(run.escaped, 60)}로 쓰세요: 파일을 ISO-8859-1로 읽으므로 Kafka는 여기를 '${clip(run.text, 20)}'가 아니라 '${clip(run.kafkaReads, 40)}'로 읽고 ${run.part === 'key' ? '키' : '값'}가 '${clip(run.kafkaWhole)}'가 됩니다.`,
          );
      out.push(
        finding('non-ascii', 'warning', message, run.span, [{ title: ctx.t('Write as \\uXXXX escapes', '\\uXXXX 이스케이프로 쓰기'), edits: [{ span: run.span, newText: run.escaped }], preferred: true, safe: true }], {
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
          ctx.t(`Check that this is a properties file in the right encoding: this line and ${more - 1} more contain non-ASCII text too (not listed one by one).`, `올바른 인코딩의 properties 파일인지 확인하세요: 이 줄을 포함해 ${more}개 줄에 ASCII가 아닌 문자가 더 있습니다(개별 표시 생략).`),
          e.keySpan,
        ),
      );
    }
  },
};
