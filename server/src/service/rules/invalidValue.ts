// invalid-value: a value ConfigDef cannot parse as the key's type, or that its enum / non-empty
// validator refuses. The producer does not start (ConfigException; a few keys without a validator
// fail a moment later in the constructor, wrapped in KafkaException).
import { javaTrim, parseJavaList } from '#core';
import { scoreSuggestions } from '../suggest';
import type { Finding, Fix } from '../types';
import { finding, isSecretKey, setValueEdit, show, type Rule, type RuleContext } from './context';

function valueFixes(ctx: RuleContext, i: number, kind: string): Fix[] {
  const e = ctx.entries[i]!;
  const info = ctx.info(e.key)!;
  const v = javaTrim(e.value);
  const fixes: Fix[] = [];
  if (kind === 'enum' && info.validValues) {
    const exact = info.validValues.filter((x) => x.toLowerCase() === v.toLowerCase());
    const close = exact.length ? exact : scoreSuggestions(v, [...info.validValues]).map((s) => s.key);
    close.forEach((x, n) => fixes.push({ title: ctx.t(`Change to '${x}'`, `'${x}'(으)로 변경`), edits: [setValueEdit(e, x)], preferred: n === 0, safe: exact.length === 1 && n === 0 }));
  } else if (info.type === 'boolean') {
    const b = /^(yes|on|1|y|enabled?)$/i.test(v) ? 'true' : /^(no|off|0|n|disabled?)$/i.test(v) ? 'false' : undefined;
    if (b) fixes.push({ title: ctx.t(`Change to '${b}'`, `'${b}'(으)로 변경`), edits: [setValueEdit(e, b)], preferred: true });
  } else if (kind === 'empty' && info.type === 'list') {
    // KIP-1161 (4.2+): `a,,b` or `a,` is refused; the same list without its empty items is what was meant
    const items = parseJavaList(e.value).filter((x) => x !== '');
    const fixed = [...new Set(items)].join(',');
    if (items.length) fixes.push({ title: ctx.t(`Change to '${fixed}'`, `'${fixed}'(으)로 변경`), edits: [setValueEdit(e, fixed)], preferred: true, safe: true });
  } else if ((info.type === 'int' || info.type === 'long' || info.type === 'short') && v !== '') {
    const m = /^([+-]?\d+)(?:\.0+)?\s*(k|kb|m|mb|g|gb|ms|s|l)?$/i.exec(v.replace(/_/g, ''));
    if (m) {
      const unit = (m[2] ?? '').toLowerCase();
      const mult = unit.startsWith('k') ? 1024 : unit.startsWith('m') && unit !== 'ms' ? 1024 * 1024 : unit.startsWith('g') ? 1024 ** 3 : unit === 's' && info.unit === 'ms' ? 1000 : 1;
      const n = BigInt(m[1]!) * BigInt(mult);
      if (unit === '' || unit === 'l' || unit === 'ms' || (unit === 's' && info.unit === 'ms') || (mult > 1 && info.unit === 'bytes')) {
        fixes.push({ title: ctx.t(`Change to '${n}'`, `'${n}'(으)로 변경`), edits: [setValueEdit(e, String(n))], preferred: true });
      }
    }
  }
  return fixes;
}

export const invalidValue: Rule = {
  codes: ['invalid-value'],
  check(ctx, out: Finding[]) {
    for (let i = 0; i < ctx.entries.length; i++) {
      const r = ctx.check(i);
      if (!r || r.ok || r.kind === 'range') continue;
      const e = ctx.entries[i]!;
      if (ctx.orig.overwritten.has(e.key)) continue; // console-producer-ignored says why it does not matter
      const info = ctx.info(e.key);
      const secret = isSecretKey(e.key, info);
      const shown = secret ? ctx.t('this value', '이 값') : show(javaTrim(e.value));
      const construct = 'stage' in r && r.stage === 'construct';
      const outcome = construct
        ? ctx.t('KafkaProducer fails to construct (KafkaException)', 'KafkaProducer 생성이 실패합니다(KafkaException)')
        : ctx.t('the producer does not start (ConfigException)', '프로듀서가 시작하지 않습니다(ConfigException)');
      const span = e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
      out.push(
        finding(
          'invalid-value',
          'error',
          secret
            ? ctx.t(`${ctx.who} rejects this value for '${e.key}' (expected ${r.expected}); ${outcome}.`, `${ctx.who}는 '${e.key}'의 이 값을 거부합니다(기대값: ${r.expected}). ${outcome}.`)
            : ctx.t(`${ctx.who} rejects ${shown} for '${e.key}': ${r.message}${r.kind === 'type' ? ` (expected ${r.expected})` : ''}; ${outcome}.`, `${ctx.who}는 '${e.key}'의 ${shown}을(를) 거부합니다: ${r.message}${r.kind === 'type' ? ` (기대값: ${r.expected})` : ''}. ${outcome}.`),
          span,
          valueFixes(ctx, i, r.kind),
          { data: { kind: r.kind, expected: r.expected } },
        ),
      );
    }
  },
};
