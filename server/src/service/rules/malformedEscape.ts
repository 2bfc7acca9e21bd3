// malformed-escape: a bad \uXXXX escape. Properties.load throws IllegalArgumentException
// ("Malformed \uxxxx encoding"), so Java refuses the whole file, not just this line.
import type { Finding } from '../types';
import { finding } from './context';
import { defineRule } from './definition';

export const malformedEscape = defineRule({
  code: 'malformed-escape',
  defaultSeverity: 'error',
  category: 'file',
  onKey: false,
  scope: { kind: 'entry' },
  example: { bad: 'ssl.truststore.location=C:\\users\\kafka\\truststore.jks\n', good: 'ssl.truststore.location=C:/users/kafka/truststore.jks\n' },
  docs: {
    en: {
      summary: 'A \\u escape without four hexadecimal digits: Java refuses the whole file.',
      what: 'Reports a `\\u` in a key or value that is not followed by four hexadecimal digits, such as a Windows path `C:\\users`.',
      why: 'java.util.Properties.load throws IllegalArgumentException ("Malformed \\uxxxx encoding") for the whole file, so the application gets no configuration at all, not just a wrong line.',
      fix: 'Write four hex digits after `\\u`, double the backslash (`\\\\u`) for a literal backslash-u, or write Windows paths with forward slashes.',
    },
    ko: {
      summary: '16진수 4자리가 없는 \\u 이스케이프: Java가 파일 전체를 읽지 못합니다.',
      what: '키나 값에서 뒤에 16진수 4자리가 오지 않는 `\\u`를 찾습니다. Windows 경로 `C:\\users`가 흔한 예입니다.',
      why: 'java.util.Properties.load는 이런 줄이 하나만 있어도 IllegalArgumentException("Malformed \\uxxxx encoding")을 던지므로, 그 줄만이 아니라 설정 전체가 애플리케이션에 전달되지 않습니다.',
      fix: '`\\u` 뒤에 16진수 4자리를 쓰거나, 글자 그대로의 역슬래시-u는 `\\\\u`로, Windows 경로는 `/`로 쓰세요.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const p of ctx.parsed.problems) {
      out.push(
        finding(
          'malformed-escape',
          'error',
          ctx.msg('rule.malformed-escape.writeFourHexDigits'),
          p.span,
          [],
          { data: { parserCode: p.code } },
        ),
      );
    }
  },
});
