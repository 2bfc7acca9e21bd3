// invalid-value: a value ConfigDef cannot parse as the key's type, or that its enum / non-empty
// validator refuses. The producer does not start (ConfigException; a few keys without a validator
// fail a moment later in the constructor, wrapped in KafkaException).
import { javaTrim } from '#core';
import { scoreSuggestions } from '../suggest';
import type { Finding, Fix } from '../types';
import { isSecretKey } from '../secrets';
import { emptyItemFix, emptyItemSpan, finding, literalIssue, pluginWho, setValueEdit, show, type Rule, type RuleContext } from './context';

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
    const fix = emptyItemFix(ctx, i);
    if (fix) fixes.push(fix);
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
      if (literalIssue(ctx, i)) continue; // quoted-value / unresolved-placeholder / unknown-config-provider say why
      const e = ctx.entries[i]!;
      if (ctx.orig.overwritten.has(e.key)) continue; // console-producer-ignored says why it does not matter
      const info = ctx.info(e.key)!;
      const secret = isSecretKey(e.key);
      const shown = secret ? ctx.t('this value', '이 값') : show(javaTrim(e.value));
      const plugin = info.plugin;
      const who = plugin ? pluginWho(ctx, info) : ctx.who;
      const ignored = plugin?.invalid === 'ignored';
      const construct = 'stage' in r && r.stage === 'construct';
      const outcome = ignored
        ? ctx.t(`${who} does not use it and carries on as if it were not set`, `${who}는 이 값을 쓰지 않고 설정하지 않은 것처럼 동작합니다`)
        : plugin
          ? ctx.t(`the producer does not start (${plugin.parser === 'configdef' ? 'ConfigException' : 'IllegalArgumentException'} while ${who} is configured)`, `${who}를 설정할 때 예외가 나서 프로듀서가 시작하지 않습니다(${plugin.parser === 'configdef' ? 'ConfigException' : 'IllegalArgumentException'})`)
          : construct
            ? ctx.t('KafkaProducer fails to construct (KafkaException)', 'KafkaProducer 생성이 실패합니다(KafkaException)')
            : ctx.t('the producer does not start (ConfigException)', '프로듀서가 시작하지 않습니다(ConfigException)');
      const fixes = valueFixes(ctx, i, r.kind);
      const emptyItem = r.kind === 'empty' && info.type === 'list' && fixes.length > 0;
      // what to do first: the preferred replacement, else what the key takes
      const to = emptyItem ? undefined : fixes.find((f) => f.preferred)?.edits[0]?.newText;
      const action = emptyItem
        ? ctx.t(`Remove the empty entry in '${e.key}' (a doubled or trailing comma)`, `'${e.key}'의 빈 항목(겹치거나 끝에 남은 쉼표)을 지우세요`)
        : to !== undefined
        ? ctx.t(`Change ${shown} to '${to}' in '${e.key}'`, `'${e.key}'의 ${shown}을(를) '${to}'(으)로 바꾸세요`)
        : r.kind === 'empty'
          ? ctx.t(`Give '${e.key}' a non-empty value`, `'${e.key}'에 비어 있지 않은 값을 쓰세요`)
          : ctx.t(`Write ${r.expected} for '${e.key}'`, `'${e.key}'에는 ${r.expected}을(를) 쓰세요`);
      const reason = secret ? '' : ` (${r.message})`;
      const span = emptyItem ? emptyItemSpan(ctx, i) : e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
      out.push(
        finding(
          'invalid-value',
          ignored ? 'warning' : 'error',
          ctx.t(`${action}: ${who} refuses ${shown}${reason}; ${outcome}.`, `${action}: ${who}는 ${shown}을(를) 받지 않습니다${reason}. ${outcome}.`),
          span,
          fixes,
          { data: { kind: r.kind, expected: r.expected, ...(plugin ? { plugins: plugin.readers.map((x) => x.id) } : {}) } },
        ),
      );
    }
  },
};
