// out-of-range: a number outside the key's range validator (atLeast / between are inclusive).
import { expectedText, javaTrim } from '#core';
import type { Finding, Fix } from '../types';
import { finding, pluginWho, setValueEdit, show } from './context';
import { defineRule } from './definition';

export const outOfRange = defineRule({
  code: 'out-of-range',
  defaultSeverity: 'error',
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: [], plugins: true },
  example: { bad: 'batch.size=-1\n', good: 'batch.size=16384\n' },
  docs: {
    en: {
      summary: 'A number outside the range Kafka accepts for the key: the producer does not start.',
      what: 'Reports a number below the minimum or above the maximum of the key\'s range validator (both ends included).',
      why: 'KafkaProducer validates ranges when it is constructed and throws ConfigException, so the application cannot send at all.',
      fix: 'Write a number inside the range; the quick fix sets the nearest bound.',
    },
    ko: {
      summary: 'Kafka가 그 키에 허용하는 범위 밖의 숫자: 프로듀서가 시작하지 않습니다.',
      what: '키의 범위 검증기보다 작거나 큰 숫자를 찾습니다(양 끝 포함).',
      why: 'KafkaProducer는 생성될 때 범위를 검사하고 ConfigException을 던지므로 애플리케이션은 아무것도 보낼 수 없습니다.',
      fix: '범위 안의 숫자를 쓰세요. 빠른 수정은 가장 가까운 경계값으로 바꿉니다.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const i of ctx.checkedEntries()) {
      const r = ctx.check(i);
      if (!r || r.ok || r.kind !== 'range') continue;
      const e = ctx.entries[i]!;
      if (ctx.orig.overwritten.has(e.key)) continue;
      const info = ctx.info(e.key);
      const n = Number(javaTrim(e.value));
      const fixes: Fix[] = [];
      const who = info?.plugin ? pluginWho(ctx, info) : ctx.who;
      const min = info?.range?.min;
      const max = info?.range?.max;
      const range = min !== undefined && max !== undefined
        ? ctx.msg('rule.out-of-range.between', { min, max })
        : min !== undefined ? ctx.msg('rule.out-of-range.atLeast', { min }) : ctx.msg('rule.out-of-range.atMost', { max: String(max) });
      const outcome = info?.plugin ? ctx.msg('rule.shared.pluginDoesNotStart', { exception: 'ConfigException', who }) : ctx.msg('rule.shared.doesNotStart');
      const value = show(javaTrim(e.value));
      if (min !== undefined && n < min) fixes.push({ title: ctx.msg('rule.out-of-range.changeToTheMinimum', { min }), edits: [setValueEdit(e, String(min))], preferred: true });
      else if (max !== undefined && n > max) fixes.push({ title: ctx.msg('rule.out-of-range.changeToTheMaximum', { max }), edits: [setValueEdit(e, String(max))], preferred: true });
      out.push(
        finding(
          'out-of-range',
          'error',
          ctx.msg('rule.out-of-range.forRefuses', { range, key: e.key, who, value, message: r.message, outcome }),
          e.valueSpan,
          fixes,
          { data: { expected: expectedText('en', r.expected) } },
        ),
      );
    }
  },
});
