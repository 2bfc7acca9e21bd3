// invalid-value: a value ConfigDef cannot parse as the key's type, or that its enum / non-empty
// validator refuses. The producer does not start (ConfigException; a few keys without a validator
// fail a moment later in the constructor, wrapped in KafkaException).
import { expectedText, javaTrim } from '#core';
import { scoreSuggestions } from '../suggest';
import type { Finding, Fix } from '../types';
import { isSecretKey } from '../secrets';
import { emptyItemFix, emptyItemSpan, finding, literalIssue, pluginWho, setValueEdit, show, type RuleContext } from './context';
import { defineRule } from './definition';

function valueFixes(ctx: RuleContext, i: number, kind: string): Fix[] {
  const e = ctx.entries[i]!;
  const info = ctx.info(e.key)!;
  const v = javaTrim(e.value);
  const fixes: Fix[] = [];
  if (kind === 'enum' && info.validValues) {
    const exact = info.validValues.filter((x) => x.toLowerCase() === v.toLowerCase());
    const close = exact.length ? exact : scoreSuggestions(v, [...info.validValues]).map((s) => s.key);
    close.forEach((x, n) => fixes.push({ title: ctx.msg('rule.invalid-value.changeTo', { value: x }), edits: [setValueEdit(e, x)], preferred: n === 0, safe: exact.length === 1 && n === 0 }));
  } else if (info.type === 'boolean') {
    const b = /^(yes|on|1|y|enabled?)$/i.test(v) ? 'true' : /^(no|off|0|n|disabled?)$/i.test(v) ? 'false' : undefined;
    if (b) fixes.push({ title: ctx.msg('rule.invalid-value.changeTo', { value: b }), edits: [setValueEdit(e, b)], preferred: true });
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
        fixes.push({ title: ctx.msg('rule.invalid-value.changeTo', { value: String(n) }), edits: [setValueEdit(e, String(n))], preferred: true });
      }
    }
  }
  return fixes;
}

export const invalidValue = defineRule({
  code: 'invalid-value',
  defaultSeverity: 'error',
  severities: ['error', 'warning'],
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: [], plugins: true },
  example: { bad: 'acks=everything\n', good: 'acks=all\n' },
  docs: {
    en: {
      summary: 'A value Kafka cannot parse or its validator refuses: the producer does not start.',
      what: 'Reports a value that ConfigDef cannot parse as the key\'s type (a number, a boolean, a class, a list) or that the key\'s validator refuses (not one of the allowed values, empty where it must not be, an empty list item from Kafka 4.2).',
      why: 'KafkaProducer checks every value when it is constructed and throws ConfigException on the first bad one (a few keys fail a moment later, wrapped in KafkaException): the application cannot send at all.',
      fix: 'Write a value of the expected type; the quick fixes offer the closest allowed value, `true`/`false` for yes/on/1, a number without a unit suffix, the list without empty items.',
    },
    ko: {
      summary: 'Kafka가 해석하지 못하거나 검증기가 거부하는 값: 프로듀서가 시작하지 않습니다.',
      what: 'ConfigDef가 키의 타입(숫자, 불리언, 클래스, 목록)으로 해석하지 못하는 값이나, 키의 검증기가 거부하는 값(허용 값이 아님, 비면 안 되는데 비어 있음, Kafka 4.2부터는 목록의 빈 항목)을 찾습니다.',
      why: 'KafkaProducer는 생성될 때 모든 값을 검사하고 처음 만난 잘못된 값에서 ConfigException을 던집니다(몇몇 키는 조금 뒤 KafkaException으로 실패). 애플리케이션은 아무것도 보낼 수 없습니다.',
      fix: '기대하는 타입의 값을 쓰세요. 빠른 수정은 가장 가까운 허용 값, yes/on/1 대신 `true`/`false`, 단위 접미사를 뺀 숫자, 빈 항목을 뺀 목록을 제안합니다.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const i of ctx.checkedEntries()) {
      const r = ctx.check(i);
      if (!r || r.ok || r.kind === 'range') continue;
      if (literalIssue(ctx, i)) continue; // quoted-value / unresolved-placeholder / unknown-config-provider say why
      const e = ctx.entries[i]!;
      if (ctx.orig.overwritten.has(e.key)) continue; // console-producer-ignored says why it does not matter
      const info = ctx.info(e.key)!;
      const secret = isSecretKey(e.key);
      const shown = secret ? ctx.msg('rule.invalid-value.thisValue') : show(javaTrim(e.value));
      const plugin = info.plugin;
      const who = plugin ? pluginWho(ctx, info) : ctx.who;
      const ignored = plugin?.invalid === 'ignored';
      const construct = 'stage' in r && r.stage === 'construct';
      const outcome = ignored
        ? ctx.msg('rule.invalid-value.doesNotUseIt', { who })
        : plugin
          ? ctx.msg('rule.shared.pluginDoesNotStart', { exception: plugin.parser === 'configdef' ? 'ConfigException' : 'IllegalArgumentException', who })
          : construct
            ? ctx.msg('rule.invalid-value.failsToConstruct')
            : ctx.msg('rule.shared.doesNotStart');
      const fixes = valueFixes(ctx, i, r.kind);
      const emptyItem = r.kind === 'empty' && info.type === 'list' && fixes.length > 0;
      // what to do first: the preferred replacement, else what the key takes
      const to = emptyItem ? undefined : fixes.find((f) => f.preferred)?.edits[0]?.newText;
      const action = emptyItem
        ? ctx.msg('rule.invalid-value.removeTheEmptyEntry', { key: e.key })
        : to !== undefined
        ? ctx.msg('rule.invalid-value.changeToIn', { shown, to, key: e.key })
        : r.kind === 'empty'
          ? ctx.msg('rule.invalid-value.giveANonEmpty', { key: e.key })
          : ctx.msg('rule.invalid-value.writeFor', { expected: expectedText(ctx.locale, r.expected), key: e.key });
      const reason = secret ? '' : ` (${r.message})`;
      const span = emptyItem ? emptyItemSpan(ctx, i) : e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
      out.push(
        finding(
          'invalid-value',
          ignored ? 'warning' : 'error',
          ctx.msg('rule.invalid-value.refuses', { action, who, shown, reason, outcome }),
          span,
          fixes,
          { data: { kind: r.kind, expected: expectedText('en', r.expected), ...(plugin ? { plugins: plugin.readers.map((x) => x.id) } : {}) } },
        ),
      );
    }
  },
});
