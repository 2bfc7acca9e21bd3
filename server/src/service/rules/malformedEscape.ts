// malformed-escape: a bad \uXXXX escape. Properties.load throws IllegalArgumentException
// ("Malformed \uxxxx encoding"), so Java refuses the whole file, not just this line.
import type { Finding } from '../types';
import { finding, type Rule } from './context';

export const malformedEscape: Rule = {
  codes: ['malformed-escape'],
  check(ctx, out: Finding[]) {
    for (const p of ctx.parsed.problems) {
      out.push(
        finding(
          'malformed-escape',
          'error',
          ctx.t(
            `Write four hex digits after \\u (or \\\\u for a literal backslash-u): java.util.Properties.load throws IllegalArgumentException ("Malformed \\uxxxx encoding") on this escape, so the whole file fails to load.`,
            `\\u 뒤에 16진수 4자리를 쓰세요(글자 그대로는 \\\\u): 이 이스케이프 때문에 java.util.Properties.load가 IllegalArgumentException("Malformed \\uxxxx encoding")을 던져 파일 전체를 읽지 못합니다.`,
          ),
          p.span,
          [],
          { data: { parserCode: p.code } },
        ),
      );
    }
  },
};
