// unknown-directive: a comment that starts like a `# kpc:` directive but is none the analysis knows, or a
// `# kpc: client=` with a client it does not know. The comment then does nothing.
import type { Finding } from '../types';
import { defineRule } from './definition';

export const unknownDirective = defineRule({
  code: 'unknown-directive',
  defaultSeverity: 'warning',
  category: 'file',
  onKey: false,
  scope: { kind: 'directives' },
  example: { bad: '# kpc: kafka-versoin=3.9\nacks=all\n', good: '# kpc: kafka-version=3.9\nacks=all\n' },
  docs: {
    en: {
      summary: 'A `# kpc:` comment the checker does not understand; it has no effect.',
      what: 'Reports a comment that starts like a directive (`kpc:`, `kpc-…`) but is none of `kpc: kafka-version=X`, `kpc: client=java|console-producer`, `kpc: allow KEY…`, `kpc-disable[-next-line] [CODE…]`, and a `kpc: client=` naming another client.',
      why: 'A misspelt directive is silently a plain comment: the version, the client, the allowed keys or the silenced findings it was meant to set do not apply, so the file is checked differently from what its author expects.',
      fix: 'Spell the directive as listed in the message (completion after `# kpc` offers them).',
    },
    ko: {
      summary: '검사기가 이해하지 못하는 `# kpc:` 주석: 아무 효과가 없습니다.',
      what: '지시문처럼 시작하지만(`kpc:`, `kpc-…`) `kpc: kafka-version=X`, `kpc: client=java|console-producer`, `kpc: allow KEY…`, `kpc-disable[-next-line] [CODE…]` 중 어느 것도 아닌 주석과, 다른 클라이언트를 적은 `kpc: client=`를 찾습니다.',
      why: '철자가 틀린 지시문은 조용히 평범한 주석이 됩니다. 설정하려던 버전, 클라이언트, 허용 키, 끄려던 검사가 적용되지 않아 작성자의 생각과 다르게 검사됩니다.',
      fix: '메시지에 나온 대로 지시문을 쓰세요(`# kpc` 뒤에서 자동 완성이 제안합니다).',
    },
  },
  check(ctx, out: Finding[]) {
    const badClient = ctx.resolution.badClientComment;
    if (badClient) {
      out.push({ code: 'unknown-directive', severity: 'warning', message: ctx.msg('rule.unknown-directive.useClientJavaOr', { value: badClient.value, client: ctx.target.client }), span: badClient.comment.span, fixes: [] });
    }
    for (const c of ctx.directives.bad) {
      out.push({ code: 'unknown-directive', severity: 'warning', message: ctx.msg('rule.unknown-directive.useAKnownKpc'), span: c.span, fixes: [] });
    }
  },
});
