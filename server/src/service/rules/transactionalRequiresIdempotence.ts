// transactional-requires-idempotence: a transactional.id with idempotence off (explicitly, or turned off
// by acks / retries / max.in.flight) → ConfigException "Cannot set a transactional.id without also
// enabling idempotence".
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, removeLineEdit } from './context';
import { anchor, IDEMPOTENCE_KEYS, problems } from './idempotence';
import { defineRule } from './definition';

export const transactionalRequiresIdempotence = defineRule({
  code: 'transactional-requires-idempotence',
  defaultSeverity: 'error',
  category: 'idempotence',
  onKey: true,
  scope: { kind: 'file', reads: IDEMPOTENCE_KEYS },
  example: { bad: 'transactional.id=orders-tx\nenable.idempotence=false\n', good: 'transactional.id=orders-tx\n' },
  docs: {
    en: {
      summary: 'A transactional.id with idempotence off: the producer does not start.',
      what: 'Reports a `transactional.id` in a producer whose idempotence is off, written as enable.idempotence=false or turned off by acks, retries or max.in.flight.requests.per.connection.',
      why: 'Transactions are built on the idempotent producer: Kafka throws ConfigException "Cannot set a transactional.id without also enabling idempotence".',
      fix: 'Remove `enable.idempotence=false` (the quick fix) and the settings that turn idempotence off, or remove `transactional.id` if the producer is not transactional.',
    },
    ko: {
      summary: '멱등성이 꺼진 상태의 transactional.id: 프로듀서가 시작하지 않습니다.',
      what: '멱등성이 꺼진(enable.idempotence=false로, 또는 acks·retries·max.in.flight.requests.per.connection 때문에) 프로듀서의 `transactional.id`를 찾습니다.',
      why: '트랜잭션은 멱등 프로듀서 위에서 동작합니다. Kafka는 ConfigException "Cannot set a transactional.id without also enabling idempotence"를 던집니다.',
      fix: '`enable.idempotence=false`(빠른 수정)와 멱등성을 끄는 설정을 지우거나, 트랜잭션을 쓰지 않는다면 `transactional.id`를 지우세요.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const _p of problems(ctx, 'transactional')) {
      const at = anchor(ctx, 'transactional.id');
      const idemLine = lastEntry(ctx, 'enable.idempotence')?.entry;
      const off = ctx.idem.requested === false;
      const cause = off
        ? ctx.msg('rule.transactional-requires-idempotence.enableIdempotenceFalse')
        : ctx.idem.problems
            .filter((p) => p.outcome === 'disabled')
            .map((p) => `${p.kind === 'max-in-flight' ? 'max.in.flight.requests.per.connection' : p.kind}=${p.value}`)
            .join(', ') + ctx.msg('rule.transactional-requires-idempotence.turnsIdempotenceOff');
      const fixes: Fix[] = off && idemLine ? [{ title: ctx.msg('rule.transactional-requires-idempotence.removeEnableIdempotenceFalse'), edits: [removeLineEdit(ctx, idemLine)], preferred: true }] : [];
      const action = off ? ctx.msg('rule.transactional-requires-idempotence.removeIdempotenceFalseAction') : ctx.msg('rule.transactional-requires-idempotence.keepIdempotenceOn', { cause });
      out.push(
        finding(
          'transactional-requires-idempotence',
          'error',
          ctx.msg('rule.transactional-requires-idempotence.transactionalIdNeedsIdempotence', { action, who: ctx.who }),
          at.span,
          fixes,
          relatedLines(
            ctx,
            at.span,
            off
              ? [['enable.idempotence', ctx.msg('rule.transactional-requires-idempotence.idempotenceIsTurnedOff')]]
              : ctx.idem.problems
                  .filter((p) => p.outcome === 'disabled')
                  .map((p): [string, string] => [p.kind === 'max-in-flight' ? 'max.in.flight.requests.per.connection' : p.kind, ctx.msg('rule.transactional-requires-idempotence.thisTurnsIdempotenceOff')]),
          ),
        ),
      );
    }
  },
});
