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
  return { title: ctx.t(`Declare the '${name}' config provider (${k.cls.slice(k.cls.lastIndexOf('.') + 1)})`, `'${name}' config provider 선언 (${k.cls.slice(k.cls.lastIndexOf('.') + 1)})`), edits };
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
    for (let i = 0; i < ctx.entries.length; i++) {
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
        message = ctx.t(
          `Remove the spaces around '${name}' in config.providers: Kafka splits it on commas without trimming, so the provider is named '${trimmedMatch}' and \${${clip(name, 30)}:…} stays unresolved.`,
          `config.providers의 '${name}' 주변 공백을 지우세요: Kafka는 쉼표로만 나누고 공백을 다듬지 않아서 provider 이름이 '${trimmedMatch}'가 되고 \${${clip(name, 30)}:…}는 풀리지 않습니다.`,
        );
      } else if (listed.includes(name)) {
        message = ctx.t(
          `Add config.providers.${clip(name, 30)}.class: '${name}' is listed in config.providers without a class, so Kafka sets up no such provider and leaves \${${clip(name, 30)}:…} in ${clip(e.key)} as it is.`,
          `config.providers.${clip(name, 30)}.class를 추가하세요: '${name}'가 config.providers에 있지만 클래스가 없어서 Kafka가 provider를 만들지 않고 ${clip(e.key)}의 \${${clip(name, 30)}:…}를 그대로 둡니다.`,
        );
      } else {
        message = ctx.t(
          `Declare the config provider '${clip(name, 30)}' (config.providers=${clip(name, 30)} and config.providers.${clip(name, 30)}.class): without it Kafka leaves \${${clip(name, 30)}:…} in ${clip(e.key)} as it is${refused ? ' and the producer does not start (ConfigException: ' + refusal + ')' : ''}.`,
          `config provider '${clip(name, 30)}'를 선언하세요(config.providers=${clip(name, 30)}, config.providers.${clip(name, 30)}.class): 선언이 없으면 Kafka는 ${clip(e.key)}의 \${${clip(name, 30)}:…}를 그대로 둡니다${refused ? '. 프로듀서가 시작하지 않습니다(ConfigException: ' + refusal + ')' : ''}.`,
        );
      }
      const fix = trimmedMatch === undefined && !listed.includes(name) ? declareFix(ctx, name) : undefined;
      const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
      const at = raw === e.value ? { start: e.valueSpan.start + p.start, end: e.valueSpan.start + p.end } : (e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan);
      out.push(finding('unknown-config-provider', refused ? 'error' : 'warning', message, at, fix ? [fix] : [], { data: { provider: name } }));
    }
  },
});
