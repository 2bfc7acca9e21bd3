// idempotence-retries: the idempotent producer needs retries > 0.
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry, removeLineEdit, setValueEdit } from './context';
import { anchor, IDEMPOTENCE_KEYS, idempotenceRelated, problems, whyOn } from './idempotence';
import { defineRule } from './definition';

export const idempotenceRetries = defineRule({
  code: 'idempotence-retries',
  defaultSeverity: 'error',
  severities: ['error', 'warning'],
  category: 'idempotence',
  onKey: true,
  scope: { kind: 'file', reads: IDEMPOTENCE_KEYS },
  example: { bad: 'enable.idempotence=true\nretries=0\n', good: 'enable.idempotence=true\n' },
  docs: {
    en: {
      summary: 'retries=0 while idempotence is on: a ConfigException, or idempotence silently off.',
      what: 'Reports `retries=0` in a producer whose idempotence is on (explicitly, through transactional.id, or by default).',
      why: 'The idempotent producer needs retries. Asked for explicitly, Kafka throws ConfigException "Must set retries to non-zero when using the idempotent producer"; only on by default, Kafka turns idempotence off and logs it at INFO.',
      fix: 'Remove `retries=0` (the default retries until delivery.timeout.ms runs out), or write `enable.idempotence=false` if you really want no retries.',
    },
    ko: {
      summary: '멱등성이 켜진 상태에서 retries=0: ConfigException이 나거나 멱등성이 조용히 꺼집니다.',
      what: '멱등성이 켜진(명시적으로, transactional.id로, 또는 기본값으로) 프로듀서의 `retries=0`을 찾습니다.',
      why: '멱등 프로듀서는 재시도가 필요합니다. 명시적으로 켰다면 Kafka가 ConfigException "Must set retries to non-zero when using the idempotent producer"를 던지고, 기본값으로만 켜져 있다면 멱등성을 끄고 INFO 로그만 남깁니다.',
      fix: '`retries=0`을 지우거나(기본값은 delivery.timeout.ms가 다할 때까지 재시도) 정말 재시도를 원하지 않으면 `enable.idempotence=false`를 쓰세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const line = lastEntry(ctx, 'retries')?.entry;
    for (const p of problems(ctx, 'retries')) {
      const at = anchor(ctx, 'retries');
      const fixes = line
        ? [
            { title: ctx.msg('rule.idempotence-retries.removeRetries0Default'), edits: [removeLineEdit(ctx, line)], preferred: true },
            { title: ctx.msg('rule.idempotence-retries.setRetriesMax'), edits: [setValueEdit(line, '2147483647')] },
          ]
        : [];
      if (p.outcome === 'error') {
        out.push(finding('idempotence-retries', 'error', ctx.msg('rule.idempotence-retries.removeRetries0While', { whyOn: whyOn(ctx), who: ctx.who }), at.span, fixes, idempotenceRelated(ctx, at.span)));
      } else {
        out.push(
          finding(
            'idempotence-retries',
            'warning',
            ctx.msg('rule.idempotence-retries.removeRetries0Or', { who: ctx.who }),
            at.span,
            [...fixes, { title: ctx.msg('rule.shared.addIdempotenceFalse'), edits: [insertLineEdit(ctx, 'enable.idempotence=false', line)] }],
          ),
        );
      }
    }
  },
});
