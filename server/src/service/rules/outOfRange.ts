// out-of-range: a number outside the key's range validator (atLeast / between are inclusive).
import { javaTrim } from '#core';
import type { Finding, Fix } from '../types';
import { finding, setValueEdit, show, type Rule } from './context';

export const outOfRange: Rule = {
  codes: ['out-of-range'],
  check(ctx, out: Finding[]) {
    for (let i = 0; i < ctx.entries.length; i++) {
      const r = ctx.check(i);
      if (!r || r.ok || r.kind !== 'range') continue;
      const e = ctx.entries[i]!;
      if (ctx.orig.overwritten.has(e.key)) continue;
      const info = ctx.info(e.key);
      const n = Number(javaTrim(e.value));
      const fixes: Fix[] = [];
      const min = info?.range?.min;
      const max = info?.range?.max;
      if (min !== undefined && n < min) fixes.push({ title: ctx.t(`Change to the minimum ${min}`, `최솟값 ${min}(으)로 변경`), edits: [setValueEdit(e, String(min))], preferred: true });
      else if (max !== undefined && n > max) fixes.push({ title: ctx.t(`Change to the maximum ${max}`, `최댓값 ${max}(으)로 변경`), edits: [setValueEdit(e, String(max))], preferred: true });
      out.push(
        finding(
          'out-of-range',
          'error',
          ctx.t(`${ctx.who} rejects ${show(javaTrim(e.value))} for '${e.key}': ${r.message}; the producer does not start (ConfigException).`, `${ctx.who}는 '${e.key}'=${show(javaTrim(e.value))}를 거부합니다: ${r.message}. 프로듀서가 시작하지 않습니다(ConfigException).`),
          e.valueSpan,
          fixes,
          { data: { expected: r.expected } },
        ),
      );
    }
  },
};
