// unknown-config-provider: a `${name:path:key}` reference to a provider the file does not set up.
// AbstractConfig builds providers only for the names in config.providers (split on "," without trimming)
// that have config.providers.<name>.class; ConfigTransformer leaves a reference to any other name as it
// is, so the key gets the literal text (a password that never matches, a number that fails to parse).
// Read in apache/kafka AbstractConfig.instantiateConfigProviders and ConfigTransformer.transform at
// 2.8.0, 3.9.0-rc3 and trunk 1eb7644349cb.
import { versionAtLeast } from '#core';
import { bootstrapRefusal } from './bootstrapServers';
import type { Finding, Fix } from '../types';
import { clip, declaredProviders, finding, insertLineEdit, isDefaultSyntax, lastEntry, placeholders, type RuleContext } from './context';
import { defineRule } from './definition';

const KAFKA_PROVIDERS: Record<string, { cls: string; since: string }> = {
  file: { cls: 'org.apache.kafka.common.config.provider.FileConfigProvider', since: '2.8' },
  dir: { cls: 'org.apache.kafka.common.config.provider.DirectoryConfigProvider', since: '2.8' },
  env: { cls: 'org.apache.kafka.common.config.provider.EnvVarConfigProvider', since: '3.5' },
};

/** Lines that declare `name` with Kafka's own provider class, as one edit. */
function declareFix(ctx: RuleContext, name: string): Fix | undefined {
  const k = KAFKA_PROVIDERS[name];
  if (!k || !versionAtLeast(ctx.target.version, k.since)) return undefined;
  const list = lastEntry(ctx, 'config.providers');
  const edits = [];
  if (list) {
    const v = list.entry.value;
    const raw = ctx.text.slice(list.entry.valueSpan.start, list.entry.valueSpan.end);
    if (raw !== v) return undefined;
    edits.push({ span: { start: list.entry.valueSpan.end, end: list.entry.valueSpan.end }, newText: v.trim() === '' ? name : `,${name}` });
    if (!ctx.orig.values.has(`config.providers.${name}.class`)) edits.push(insertLineEdit(ctx, `config.providers.${name}.class=${k.cls}`, list.entry));
  } else {
    edits.push(insertLineEdit(ctx, `config.providers=${name}`));
    // both lines in one insertion at the end, in order
    edits[0] = { ...edits[0]!, newText: edits[0]!.newText.replace(`config.providers=${name}`, `config.providers=${name}${ctx.eol}config.providers.${name}.class=${k.cls}`) };
  }
  return { title: ctx.msg('rule.unknown-config-provider.declareTheConfigProvider', { name, cls: k.cls.slice(k.cls.lastIndexOf('.') + 1) }), edits };
}

export const unknownConfigProvider = defineRule({
  code: 'unknown-config-provider',
  defaultSeverity: 'warning',
  severities: ['warning', 'error'],
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: 'all' },
  example: { bad: 'sasl.jaas.config=${file:/etc/kafka/secrets.properties:jaas}\n', good: 'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nsasl.jaas.config=${file:/etc/kafka/secrets.properties:jaas}\n' },
  docs: {
    en: {
      summary: "A `${provider:path:key}` reference to a config provider the file does not set up.",
      what: "Reports a `${name:path:key}` reference whose provider `name` is not listed in `config.providers` with a `config.providers.<name>.class`.",
      why: "Kafka builds config providers only for the names it is given and leaves any other reference as it is, so the key receives the literal `${…}` text: a password that never matches, a number or address Kafka refuses (then the producer does not start: error).",
      fix: "Declare the provider (the quick fix adds `config.providers` and, for Kafka's own `file`, `dir` and `env` providers, the class line), or correct the provider's name.",
    },
    ko: {
      summary: "파일이 설정하지 않은 설정 제공자를 가리키는 `${provider:path:key}` 참조.",
      what: "`${name:path:key}` 참조의 제공자 `name`이 `config.providers`에 없거나 `config.providers.<name>.class`가 없으면 알립니다.",
      why: "Kafka는 지정된 이름의 설정 제공자만 만들고 다른 참조는 그대로 두므로, 키는 `${…}` 글자를 그대로 받습니다: 맞지 않는 비밀번호, Kafka가 거부하는 숫자나 주소(그러면 프로듀서가 시작하지 않음: 오류).",
      fix: "제공자를 선언하거나(빠른 수정이 `config.providers`와, Kafka 자체의 `file`·`dir`·`env` 제공자라면 클래스 줄도 추가합니다) 제공자 이름을 고치세요.",
    },
  },
  check(ctx, out: Finding[]) {
    const declared = declaredProviders(ctx.orig.values);
    const listed = (ctx.orig.values.get('config.providers') ?? '').split(',');
    // Only a value holding `${` can hold a reference: the context keeps those entries (an edit updates the list).
    for (const i of ctx.referenceEntries()) {
      const e = ctx.entries[i]!;
      // ${VAR:default} with an environment-variable name is Spring's syntax: unresolved-placeholder speaks for it
      const refs = placeholders(e.value).filter((p) => p.kind === 'provider' && !declared.has(p.provider!) && !isDefaultSyntax(p, declared));
      if (refs.length === 0) continue;
      const p = refs[0]!;
      const name = p.provider!;
      const trimmedMatch = listed.find((n) => n !== name && n.trim() === name);
      const r = ctx.check(i);
      const refusal = r !== undefined && !r.ok ? r.message : e.key === 'bootstrap.servers' ? bootstrapRefusal(e.value, ctx.target.version) : undefined;
      const refused = refusal !== undefined;
      let message: string;
      if (trimmedMatch !== undefined) {
        message = ctx.msg('rule.unknown-config-provider.removeSpaces', { name, trimmedMatch, shown: clip(name, 30) });
      } else if (listed.includes(name)) {
        message = ctx.msg('rule.unknown-config-provider.addClass', { shown: clip(name, 30), name, key: clip(e.key) });
      } else {
        const fails = refused ? ctx.msg('rule.shared.andDoesNotStart', { refusal }) : '';
        message = ctx.msg('rule.unknown-config-provider.declareProvider', { name: clip(name, 30), key: clip(e.key), fails });
      }
      const fix = trimmedMatch === undefined && !listed.includes(name) ? declareFix(ctx, name) : undefined;
      const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
      const at = raw === e.value ? { start: e.valueSpan.start + p.start, end: e.valueSpan.start + p.end } : (e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan);
      out.push(finding('unknown-config-provider', refused ? 'error' : 'warning', message, at, fix ? [fix] : [], { data: { provider: name } }));
    }
  },
});
