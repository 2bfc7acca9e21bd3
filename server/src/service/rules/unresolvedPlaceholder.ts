// unresolved-placeholder: a template placeholder Kafka does not expand: `${VAR}` (envsubst, shell,
// Spring), `{{ var }}` (Helm, Jinja), `<API KEY>` (copied from documentation). Kafka resolves only
// `${provider:[path:]key}` for a provider declared in config.providers (ConfigTransformer's pattern needs
// the colon), so these reach the producer as written: a number or class fails to parse, a host is
// refused, a password never matches. If a template step fills the file in before Kafka reads it, the
// rendered file is the one to check.
import { isSecretKey } from '../secrets';
import { bootstrapRefusal } from './bootstrapServers';
import type { Finding } from '../types';
import { clip, declaredProviders, finding, isDefaultSyntax, placeholders } from './context';
import { defineRule } from './definition';

export const unresolvedPlaceholder = defineRule({
  code: 'unresolved-placeholder',
  defaultSeverity: 'warning',
  severities: ['warning', 'error'],
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: ['security.protocol'], plugins: true },
  example: { bad: 'bootstrap.servers=${KAFKA_BROKERS}\n', good: 'bootstrap.servers=broker1:9092\n' },
  docs: {
    en: {
      summary: "A template placeholder Kafka does not expand (`${VAR}`, `{{ var }}`, `<API KEY>`).",
      what: "Reports values holding a placeholder of another tool: `${VAR}` (shell, envsubst, Spring), `{{ var }}` (Helm, Jinja) or `<API KEY>` copied from documentation. Kafka's own `${provider:path:key}` references are `unknown-config-provider`'s.",
      why: "Kafka expands only `${provider:[path:]key}` for a declared config provider; anything else reaches the producer as written. A number or class then fails to parse and a host is refused (the producer does not start: error), a password never matches (warning).",
      fix: "Fill the value in, or let the template step render the file before Kafka reads it and check the rendered file.",
    },
    ko: {
      summary: "Kafka가 펼치지 않는 템플릿 자리 표시자(`${VAR}`, `{{ var }}`, `<API KEY>`).",
      what: "다른 도구의 자리 표시자를 담은 값을 찾습니다: `${VAR}`(셸, envsubst, Spring), `{{ var }}`(Helm, Jinja), 문서에서 복사한 `<API KEY>`. Kafka 자체의 `${provider:path:key}` 참조는 `unknown-config-provider`가 다룹니다.",
      why: "Kafka는 선언된 설정 제공자의 `${provider:[path:]key}`만 펼치고, 나머지는 쓴 그대로 프로듀서에 전달합니다. 숫자나 클래스는 해석에 실패하고 호스트는 거부되며(프로듀서가 시작하지 않음: 오류), 비밀번호는 맞지 않습니다(경고).",
      fix: "값을 채우거나, Kafka가 읽기 전에 템플릿 단계가 파일을 만들게 하고 만들어진 파일을 검사하세요.",
    },
  },
  check(ctx, out: Finding[]) {
    const declared = declaredProviders(ctx.orig.values);
    for (const i of ctx.checkedEntries()) {
      const e = ctx.entries[i]!;
      const found = placeholders(e.value).filter((p) => p.kind !== 'provider' || isDefaultSyntax(p, declared));
      if (found.length === 0) continue;
      const p = found[0]!;
      // the placeholder is template text, not the secret; still, a secret key's value is never quoted back
      const shown = isSecretKey(e.key) ? ctx.msg('rule.unresolved-placeholder.thePlaceholder') : `'${clip(p.text, 40)}'`;
      const r = ctx.check(i);
      const refusal = r !== undefined && !r.ok ? r.message : e.key === 'bootstrap.servers' ? bootstrapRefusal(e.value, ctx.target.version) : undefined;
      const refused = refusal !== undefined;
      const env = p.kind === 'dollar' || p.kind === 'provider' ? /^\$\{([A-Za-z_][A-Za-z0-9_]*)[:}]/.exec(p.text)?.[1] : undefined;
      const how = env
        ? ctx.msg('rule.unresolved-placeholder.toReadTheEnvironment', { env })
        : '';
      const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
      const at = raw === e.value ? { start: e.valueSpan.start + p.start, end: e.valueSpan.start + p.end } : (e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan);
      const fails = refused ? ctx.msg('rule.shared.andDoesNotStart', { refusal }) : '';
      out.push(finding('unresolved-placeholder', refused ? 'error' : 'warning',
        ctx.msg('rule.unresolved-placeholder.fillInBeforeKafka', { shown, key: clip(e.key), fails, how }),
        at, [], { data: { placeholder: p.kind, ...(found.length > 1 ? { more: found.length - 1 } : {}) } }));
    }
  },
});
