// plugin-startup-error: a plugin the file names refuses to start with this config: a key it requires is
// missing (the Schema Registry serializers without schema.registry.url, USER_INFO without
// basic.auth.user.info, Apicurio without apicurio.registry.url …) or two keys it will not take together
// are both set. It throws while KafkaProducer is being built, which fails with
// KafkaException("Failed to construct kafka producer") caused by the plugin's exception (the catalog
// records each exception and where it was read).
import { javaTrim, pluginById, type PluginSlot } from '#core';
import type { Finding } from '../types';
import { finding, lastEntry, relatedLines, shortClass } from './context';
import { defineRule } from './definition';

export const pluginStartupError = defineRule({
  code: 'plugin-startup-error',
  defaultSeverity: 'error',
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: 'all' },
  example: { bad: 'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer\n', good: 'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer\nschema.registry.url=http://registry:8081\n' },
  docs: {
    en: {
      summary: "A plugin the file names refuses this config: the producer does not start.",
      what: "For each plugin the file names (serializers, interceptors, config providers …), checks the start-up rules the catalog records for it: a key it requires that is missing (a Schema Registry serializer without `schema.registry.url`, `USER_INFO` credentials without `basic.auth.user.info`, Apicurio without `apicurio.registry.url` …), or two keys it refuses together.",
      why: "The plugin throws while KafkaProducer is being built, so the producer fails with \"Failed to construct kafka producer\", caused by the plugin's exception, before it sends anything.",
      fix: "Add the key the message names, or remove one of the two keys that clash.",
    },
    ko: {
      summary: "파일이 지정한 플러그인이 이 설정을 거부: 프로듀서가 시작하지 않습니다.",
      what: "파일이 지정한 플러그인(직렬화기, 인터셉터, 설정 제공자 …)마다 카탈로그에 기록된 시작 조건을 확인합니다: 필요한 키가 없음(`schema.registry.url` 없는 Schema Registry 직렬화기, `basic.auth.user.info` 없는 `USER_INFO` 자격 증명, `apicurio.registry.url` 없는 Apicurio …), 또는 함께 쓸 수 없는 두 키가 모두 있음.",
      why: "플러그인이 KafkaProducer를 만드는 도중에 예외를 던지므로, 프로듀서는 아무것도 보내기 전에 그 예외를 원인으로 하는 \"Failed to construct kafka producer\"로 실패합니다.",
      fix: "메시지가 알려 주는 키를 추가하거나, 충돌하는 두 키 중 하나를 지우세요.",
    },
  },
  check(ctx, out: Finding[]) {
    const seen = new Set<string>();
    for (const [id, slots] of ctx.plugins) {
      const plugin = pluginById(id);
      if (!plugin || slots.length === 0) continue;
      const namingSlot = slots[slots.length - 1]!;
      const className = plugin.classes.find((c) => c.role !== 'deserializer' && c.slots.includes(namingSlot))?.name ?? plugin.name;
      const who = `${shortClass(className)} (${namingSlot})`;
      const value = (k: string): string | undefined => ctx.orig.values.get(k);
      // requirements that share a condition (OAUTHBEARER needs three keys) make one finding
      const groups = new Map<string, { reqs: NonNullable<typeof plugin.requires>; }>();
      for (const req of plugin.requires ?? []) {
        if (req.slot && !slots.includes(req.slot as PluginSlot)) continue;
        if (req.when) {
          const v = value(req.when.key);
          if (v === undefined || !req.when.equals.includes(v)) continue;
        }
        const have = (k: string | undefined): boolean => {
          if (!k) return false;
          const v = value(k);
          return v !== undefined && (!req.when || javaTrim(v) !== '');
        };
        if (have(req.key) || have(req.orKey)) continue;
        const id = `${req.when?.key ?? ''}=${req.when?.equals.join('|') ?? ''}`;
        const g = groups.get(id) ?? { reqs: [] };
        g.reqs.push(req);
        groups.set(id, g);
      }
      for (const { reqs } of groups.values()) {
        const req = reqs[0]!;
        const keys = reqs.map((r) => r.key);
        const dedupe = `r|${keys.join(',')}|${req.when?.key ?? ''}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const at = (req.when ? lastEntry(ctx, req.when.key) : undefined) ?? lastEntry(ctx, req.slot ?? namingSlot);
        if (!at) continue; // the naming value came from the tool, not the file
        const because = req.when ? ctx.msg('rule.plugin-startup-error.because', { key: req.when.key, equals: req.when.equals[0]! }) : '';
        const list = keys.map((k) => `'${k}'`).join(ctx.msg('rule.plugin-startup-error.and'));
        out.push(finding('plugin-startup-error', 'error',
          keys.length > 1
            ? ctx.msg('rule.plugin-startup-error.addThem', { list, because, who, exception: req.exception })
            : ctx.msg('rule.plugin-startup-error.addIt', { list, because, who, exception: req.exception }),
          at.entry.keySpan, [],
          { data: { plugin: id, missing: keys, source: req.source.where }, ...relatedLines(ctx, at.entry.span, [[namingSlot, ctx.msg('rule.plugin-startup-error.isNamedHere', { className: shortClass(className) })]]) },
        ));
      }
      for (const c of plugin.conflicts ?? []) {
        const [a, b] = c.keys;
        const va = value(a);
        const vb = value(b);
        if (va === undefined || vb === undefined || va === '' || vb === '') continue;
        const dedupe = `c|${a}|${b}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const ea = lastEntry(ctx, a);
        const eb = lastEntry(ctx, b);
        const at = ea && eb ? (ea.index > eb.index ? ea : eb) : ea ?? eb;
        if (!at) continue;
        const other = at === ea ? b : a;
        out.push(finding('plugin-startup-error', 'error',
          ctx.msg('rule.plugin-startup-error.keepOnlyOneOf', { a, b, who, exception: c.exception }),
          at.entry.keySpan, [],
          { data: { plugin: id, conflict: [a, b], source: c.source.where }, ...relatedLines(ctx, at.entry.span, [[other, ctx.msg('rule.plugin-startup-error.isSetHere', { other })]]) },
        ));
      }
    }
  },
});
