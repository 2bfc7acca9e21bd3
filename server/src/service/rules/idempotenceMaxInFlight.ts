// idempotence-max-in-flight: the idempotent producer allows at most 5 requests in flight per connection.
// 2.8/3.0.0/3.1.0: checked in the KafkaProducer constructor (ConfigException wrapped in KafkaException);
// 3.0.1–3.9: error if idempotence is explicit, otherwise idempotence silently off (WARN);
// 4.0+: always an error while idempotence is on.
import { versionAtLeast } from '#core';
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry, setValueEdit } from './context';
import { anchor, IDEMPOTENCE_KEYS, idempotenceRelated, problems, whyOn } from './idempotence';
import { defineRule } from './definition';

export const idempotenceMaxInFlight = defineRule({
  code: 'idempotence-max-in-flight',
  defaultSeverity: 'error',
  severities: ['error', 'warning'],
  category: 'idempotence',
  onKey: true,
  scope: { kind: 'file', reads: IDEMPOTENCE_KEYS },
  example: { bad: 'enable.idempotence=true\nmax.in.flight.requests.per.connection=10\n', good: 'enable.idempotence=true\nmax.in.flight.requests.per.connection=5\n' },
  docs: {
    en: {
      summary: 'More than 5 requests in flight while idempotence is on: a ConfigException, or idempotence silently off.',
      what: 'Reports `max.in.flight.requests.per.connection` above 5 in a producer whose idempotence is on.',
      why: 'The broker keeps sequence numbers for at most 5 in-flight batches per partition. Kafka throws ConfigException when idempotence is explicit, and from Kafka 4.0 also when it is only on by default; in 3.0.1–3.9 a default idempotence is turned off instead (WARN), and retries may duplicate or reorder records.',
      fix: 'Set `max.in.flight.requests.per.connection=5` or less (the quick fix), or write `enable.idempotence=false` to say it is off on purpose.',
    },
    ko: {
      summary: '멱등성이 켜진 상태에서 진행 중 요청이 5개 초과: ConfigException이 나거나 멱등성이 조용히 꺼집니다.',
      what: '멱등성이 켜진 프로듀서에서 5보다 큰 `max.in.flight.requests.per.connection`을 찾습니다.',
      why: '브로커는 파티션마다 진행 중인 배치 5개까지만 시퀀스 번호를 기억합니다. 멱등성을 명시했다면 Kafka가 ConfigException을 던지고, Kafka 4.0부터는 기본값으로 켜진 경우에도 그렇습니다. 3.0.1–3.9에서는 기본값 멱등성이 대신 꺼지고(WARN) 재시도 때 레코드가 중복되거나 순서가 바뀔 수 있습니다.',
      fix: '`max.in.flight.requests.per.connection`을 5 이하로 두거나(빠른 수정), 의도적으로 끈 것이라면 `enable.idempotence=false`를 쓰세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const key = 'max.in.flight.requests.per.connection';
    const line = lastEntry(ctx, key)?.entry;
    for (const p of problems(ctx, 'max-in-flight')) {
      const at = anchor(ctx, key);
      const set5 = line ? [{ title: ctx.msg('rule.idempotence-max-in-flight.set5', { key }), edits: [setValueEdit(line, '5')], preferred: true }] : [];
      if (p.outcome === 'error') {
        const v4 = !ctx.idem.explicit && versionAtLeast(ctx.target.version, '4.0');
        out.push(
          finding(
            'idempotence-max-in-flight',
            'error',
            v4
              ? ctx.msg('rule.idempotence-max-in-flight.setTo5OrLessDefault', { key, value: p.value, who: ctx.who })
              : ctx.idem.legacy
                ? ctx.msg('rule.idempotence-max-in-flight.setTo5OrLessWrapped', { key, value: p.value, whyOn: whyOn(ctx), who: ctx.who })
                : ctx.msg('rule.idempotence-max-in-flight.setTo5OrLess', { key, value: p.value, whyOn: whyOn(ctx), who: ctx.who }),
            at.span,
            set5,
            idempotenceRelated(ctx, at.span),
          ),
        );
      } else {
        out.push(
          finding(
            'idempotence-max-in-flight',
            'warning',
            ctx.msg('rule.idempotence-max-in-flight.setTo5OrOff', { key, value: p.value, ver: ctx.ver }),
            at.span,
            [...set5, { title: ctx.msg('rule.shared.addIdempotenceFalse'), edits: [insertLineEdit(ctx, 'enable.idempotence=false', line)] }],
          ),
        );
      }
    }
  },
});
