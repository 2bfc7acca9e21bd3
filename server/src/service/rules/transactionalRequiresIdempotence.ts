// transactional-requires-idempotence: a transactional.id with idempotence off (explicitly, or turned off
// by acks / retries / max.in.flight) → ConfigException "Cannot set a transactional.id without also
// enabling idempotence".
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, removeLineEdit, type Rule } from './context';
import { anchor, problems } from './idempotence';

export const transactionalRequiresIdempotence: Rule = {
  codes: ['transactional-requires-idempotence'],
  check(ctx, out: Finding[]) {
    for (const _p of problems(ctx, 'transactional')) {
      const at = anchor(ctx, 'transactional.id');
      const idemLine = lastEntry(ctx, 'enable.idempotence')?.entry;
      const off = ctx.idem.requested === false;
      const cause = off
        ? ctx.t('enable.idempotence=false', 'enable.idempotence=false')
        : ctx.idem.problems
            .filter((p) => p.outcome === 'disabled')
            .map((p) => `${p.kind === 'max-in-flight' ? 'max.in.flight.requests.per.connection' : p.kind}=${p.value}`)
            .join(', ') + ctx.t(' turns idempotence off', '가 멱등성을 끕니다');
      const fixes: Fix[] = off && idemLine ? [{ title: ctx.t('Remove enable.idempotence=false', 'enable.idempotence=false 삭제'), edits: [removeLineEdit(ctx, idemLine)], preferred: true }] : [];
      out.push(
        finding(
          'transactional-requires-idempotence',
          'error',
          ctx.t(`${off ? 'Remove enable.idempotence=false' : `Keep idempotence on (${cause})`}: transactional.id needs idempotence, so ${ctx.who} throws ConfigException "Cannot set a transactional.id without also enabling idempotence".`, `${off ? 'enable.idempotence=false를 지우세요' : `멱등성을 켜 두세요(${cause})`}: transactional.id는 멱등성이 필요해서 ${ctx.who}가 ConfigException("Cannot set a transactional.id without also enabling idempotence")을 던집니다.`),
          at.span,
          fixes,
          relatedLines(
            ctx,
            at.span,
            off
              ? [['enable.idempotence', ctx.t('idempotence is turned off here', '여기서 멱등성을 끕니다')]]
              : ctx.idem.problems
                  .filter((p) => p.outcome === 'disabled')
                  .map((p): [string, string] => [p.kind === 'max-in-flight' ? 'max.in.flight.requests.per.connection' : p.kind, ctx.t('this turns idempotence off', '이 설정이 멱등성을 끕니다')]),
          ),
        ),
      );
    }
  },
};
