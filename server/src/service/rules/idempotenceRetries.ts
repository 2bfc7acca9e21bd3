// idempotence-retries: the idempotent producer needs retries > 0.
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry, removeLineEdit, setValueEdit, type Rule } from './context';
import { anchor, idempotenceRelated, problems, whyOn } from './idempotence';

export const idempotenceRetries: Rule = {
  codes: ['idempotence-retries'],
  check(ctx, out: Finding[]) {
    const line = lastEntry(ctx, 'retries')?.entry;
    for (const p of problems(ctx, 'retries')) {
      const at = anchor(ctx, 'retries');
      const fixes = line
        ? [
            { title: ctx.t('Remove retries=0 (default retries forever within delivery.timeout.ms)', 'retries=0 삭제(기본값: delivery.timeout.ms 안에서 계속 재시도)'), edits: [removeLineEdit(ctx, line)], preferred: true },
            { title: ctx.t('Set retries=2147483647', 'retries=2147483647로 변경'), edits: [setValueEdit(line, '2147483647')] },
          ]
        : [];
      if (p.outcome === 'error') {
        out.push(finding('idempotence-retries', 'error', ctx.t(`Remove retries=0: while ${whyOn(ctx)}, ${ctx.who} throws ConfigException "Must set retries to non-zero when using the idempotent producer".`, `retries=0을 지우세요: ${whyOn(ctx)} retries=0이면 ${ctx.who}가 ConfigException("Must set retries to non-zero when using the idempotent producer")을 던집니다.`), at.span, fixes, idempotenceRelated(ctx, at.span)));
      } else {
        out.push(
          finding(
            'idempotence-retries',
            'warning',
            ctx.t(`Remove retries=0, or add enable.idempotence=false if that is meant: retries=0 silently turns idempotence off (it is only on by default here; ${ctx.who} logs INFO).`, `retries=0을 지우거나, 의도한 것이면 enable.idempotence=false를 추가하세요: retries=0이면 멱등성이 조용히 꺼집니다(기본값으로만 켜져 있어서 ${ctx.who}가 끄고 INFO 로그만 남김).`),
            at.span,
            [...fixes, { title: ctx.t('Add enable.idempotence=false (say it is off on purpose)', 'enable.idempotence=false 추가(의도적으로 끔)'), edits: [insertLineEdit(ctx, 'enable.idempotence=false', line)] }],
          ),
        );
      }
    }
  },
};
