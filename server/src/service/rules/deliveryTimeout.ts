// delivery-timeout-too-small: delivery.timeout.ms must be >= linger.ms + request.timeout.ms
// (KafkaProducer.configureDeliveryTimeout). Explicit → KafkaException at construction; default → silently
// raised to the sum with a WARN.
import { deliverySum, parseIntStrict } from '../producer';
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry, relatedLines, setValueEdit, type RuleContext } from './context';
import { defineRule } from './definition';

function part(ctx: RuleContext, key: string): string {
  const e = ctx.effective.get(key);
  const src = e?.source === 'console-producer' ? ctx.msg('rule.delivery-timeout-too-small.fromKafkaConsoleProducer') : e?.source === 'default' ? ctx.msg('rule.delivery-timeout-too-small.default') : '';
  return `${key}=${e?.value ?? '?'}${src}`;
}

/** The two keys whose sum delivery.timeout.ms must reach, as `related` lines. */
function summands(ctx: RuleContext): [string, string][] {
  return [
    ['linger.ms', ctx.msg('rule.delivery-timeout-too-small.lingerMsCountsToward')],
    ['request.timeout.ms', ctx.msg('rule.delivery-timeout-too-small.requestTimeoutMsCounts')],
  ];
}

export const deliveryTimeout = defineRule({
  code: 'delivery-timeout-too-small',
  defaultSeverity: 'error',
  severities: ['error', 'warning'],
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: ['delivery.timeout.ms', 'linger.ms', 'request.timeout.ms'] },
  example: { bad: 'delivery.timeout.ms=30000\n', good: 'delivery.timeout.ms=120000\n' },
  docs: {
    en: {
      summary: 'delivery.timeout.ms below linger.ms + request.timeout.ms.',
      what: 'Reports a `delivery.timeout.ms` smaller than `linger.ms` plus `request.timeout.ms`, and a linger.ms or request.timeout.ms that pushes that sum above the default delivery.timeout.ms.',
      why: 'A record must be able to wait for its batch and one request within its delivery timeout. Written explicitly, a smaller value makes the KafkaProducer constructor fail (ConfigException inside KafkaException); left at its default, Kafka silently raises delivery.timeout.ms to the sum and logs a WARN.',
      fix: 'Set `delivery.timeout.ms` to at least the sum (the quick fix writes the sum), or lower linger.ms / request.timeout.ms.',
    },
    ko: {
      summary: 'linger.ms + request.timeout.ms보다 작은 delivery.timeout.ms.',
      what: '`linger.ms`와 `request.timeout.ms`의 합보다 작은 `delivery.timeout.ms`를 찾고, 그 합이 기본 delivery.timeout.ms를 넘게 만드는 linger.ms나 request.timeout.ms도 알려 줍니다.',
      why: '레코드는 전달 제한 시간 안에 배치 대기와 요청 한 번을 마칠 수 있어야 합니다. 명시한 값이 더 작으면 KafkaProducer 생성이 실패하고(ConfigException을 감싼 KafkaException), 기본값이라면 Kafka가 delivery.timeout.ms를 그 합으로 조용히 올리고 WARN 로그를 남깁니다.',
      fix: '`delivery.timeout.ms`를 합 이상으로 두거나(빠른 수정은 합을 씁니다) linger.ms나 request.timeout.ms를 줄이세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const sum = deliverySum(ctx.effective);
    if (sum === undefined) return;
    const dtLine = lastEntry(ctx, 'delivery.timeout.ms')?.entry;
    const parts = `${part(ctx, 'linger.ms')} + ${part(ctx, 'request.timeout.ms')} = ${sum}`;
    if (dtLine) {
      const dt = parseIntStrict(dtLine.value);
      if (dt === undefined || dt >= sum) return;
      out.push(
        finding(
          'delivery-timeout-too-small',
          'error',
          ctx.msg('rule.delivery-timeout-too-small.raiseDeliveryTimeoutMs', { sum, dt, parts, who: ctx.who }),
          dtLine.valueSpan,
          [{ title: ctx.msg('rule.delivery-timeout-too-small.setDeliveryTimeoutMs', { sum }), edits: [setValueEdit(dtLine, String(sum))], preferred: true }],
          relatedLines(ctx, dtLine.span, summands(ctx)),
        ),
      );
      return;
    }
    const dflt = parseIntStrict(ctx.info('delivery.timeout.ms')?.default ?? undefined);
    if (dflt === undefined || dflt >= sum) return;
    const cause = lastEntry(ctx, 'linger.ms')?.entry ?? lastEntry(ctx, 'request.timeout.ms')?.entry;
    if (!cause) return;
    out.push(
      finding(
        'delivery-timeout-too-small',
        'warning',
        ctx.msg('rule.delivery-timeout-too-small.setToMakeVisible', { sum, parts, dflt, who: ctx.who }),
        cause.span,
        [{ title: ctx.msg('rule.delivery-timeout-too-small.addDeliveryTimeoutMs', { sum }), edits: [insertLineEdit(ctx, `delivery.timeout.ms=${sum}`, cause)], preferred: true }],
        relatedLines(ctx, cause.span, summands(ctx)),
      ),
    );
  },
});
