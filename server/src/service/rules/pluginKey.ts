// plugin-key: a key only a plugin reads (a Schema Registry serializer's, Glue's, an interceptor's) in a
// file that names none of the classes that read it. Kafka passes it on and nothing uses it.
// Distinctive names stay quiet (the class may be set in code) unless the file fills every place such a
// class could go with something else; names other components use too (`compression`, `max.retries`)
// get this note instead of unknown-key.
import { pluginById, pluginOfClass, type PluginSlot } from '#core';
import { nearMiss } from '../nearMiss';
import { classesInSlot, suggestablePlugins } from '../plugins';
import type { Finding, Fix } from '../types';
import { clip, finding, readerClasses, removeLineEdit, renameKeyEdit, shortClass } from './context';
import { defineRule } from './definition';

export const pluginKey = defineRule({
  code: 'plugin-key',
  defaultSeverity: 'information',
  category: 'names',
  onKey: true,
  scope: { kind: 'file', reads: [], plugins: true },
  example: { bad: 'region=eu-west-1\n', good: 'value.serializer=com.amazonaws.services.schemaregistry.serializers.GlueSchemaRegistryKafkaSerializer\nregion=eu-west-1\n' },
  docs: {
    en: {
      summary: "A key only a plugin reads, in a file that names none of the classes that read it.",
      what: "Reports a key that a serializer, interceptor or other plugin reads (a Schema Registry serializer, AWS Glue, Apicurio, Confluent monitoring …) when the file names none of the classes that read it. Names only a plugin uses stay quiet unless every place such a class could go holds something else (the class may be set in code); names other components use too get this note instead of `unknown-key`.",
      why: "Kafka passes keys it does not know on to the plugins, so nothing fails; but with no plugin that reads it, the setting does nothing, which usually means the serializer line was changed or forgotten.",
      fix: "Name the plugin class the message suggests in its place (e.g. `value.serializer`), or remove the key.",
    },
    ko: {
      summary: "플러그인만 읽는 키인데, 파일에 그 키를 읽는 클래스가 하나도 없음.",
      what: "직렬화기, 인터셉터 등 플러그인(Schema Registry 직렬화기, AWS Glue, Apicurio, Confluent 모니터링 …)이 읽는 키를 그 키를 읽는 클래스가 파일에 없을 때 알립니다. 플러그인만 쓰는 이름은 그 클래스가 들어갈 자리가 모두 다른 값으로 채워진 경우에만 알리고(클래스는 코드에서 지정할 수도 있으므로), 다른 구성 요소도 쓰는 이름은 `unknown-key` 대신 이 안내를 받습니다.",
      why: "Kafka는 모르는 키를 플러그인에 넘겨 주므로 실패하지는 않습니다. 하지만 읽는 플러그인이 없으면 설정은 아무 일도 하지 않으며, 보통 직렬화기 줄을 바꾸었거나 빠뜨렸다는 뜻입니다.",
      fix: "메시지가 알려 주는 플러그인 클래스를 그 자리(예: `value.serializer`)에 지정하거나 키를 지우세요.",
    },
  },
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      if (key === '' || ctx.info(key) || ctx.isAllowed(key)) continue;
      const info = ctx.pluginInfo(key);
      const p = info?.plugin;
      if (!p || p.active) continue;
      const readers = p.readers.map((r) => pluginById(r.id)).filter((x) => x !== undefined);
      const slots = [...new Set(readers.flatMap((r) => r.classes.filter((c) => c.role !== 'deserializer').flatMap((c) => c.slots)))] as PluginSlot[];
      // every place a reader could be named is taken by a class we know that does not read it (Kafka's own, or
      // a catalogued plugin): certainly nothing reads the key. A class we do not know (another registry's
      // serializer, the user's own) may well read it.
      const known = (s: PluginSlot): boolean => classesInSlot(ctx.orig.values, s).every((c) => c.startsWith('org.apache.kafka.') || pluginOfClass(c) !== undefined);
      const taken = slots.length > 0 && slots.every((s) => ctx.orig.values.has(s) && known(s));
      if (p.distinctive && !taken) continue;
      const names = readerClasses(info!);
      const cls = p.classes[0] ? shortClass(p.classes[0]) : undefined;
      const where = slots.filter((s) => s.endsWith('serializer')).length === 2 ? 'value.serializer' : slots[0];
      // a common name (Glue's `compression`) in a file without its plugin is more likely a producer key misspelt
      const near = p.distinctive ? undefined : nearMiss(key, ctx.target.version, suggestablePlugins(ctx.plugins));
      const sugg = near?.clear?.key ?? near?.candidates[0]?.key;
      const named = cls ?? names;
      for (const i of idx) {
        const e = ctx.entries[i]!;
        const fixes: Fix[] = [];
        if (sugg) fixes.push({ title: ctx.msg('rule.plugin-key.changeTo', { sugg }), edits: [renameKeyEdit(e, sugg)], preferred: true });
        fixes.push({ title: ctx.msg('rule.shared.removeLine', { key: clip(key) }), edits: [removeLineEdit(ctx, e)] });
        let message: string;
        if (sugg) {
          message = ctx.msg('rule.plugin-key.didYouMeanIs', { sugg, key, names, who: ctx.who });
        } else if (taken && where) {
          const shown = clip(ctx.orig.values.get(where) ?? '', 60);
          const setBy = ctx.orig.fromTool.has(where) ? ctx.msg('rule.plugin-key.setByKafkaConsole') : '';
          message = p.classes.length > 1
            ? ctx.msg('rule.plugin-key.nameInSlotReaders', { named, where, key, names, shown, setBy })
            : ctx.msg('rule.plugin-key.nameInSlotReader', { named, where, key, names, shown, setBy });
        } else {
          const inSlot = where ? ctx.msg('rule.plugin-key.in', { where }) : '';
          message = p.classes.length > 1
            ? ctx.msg('rule.plugin-key.nameReaders', { named, inSlot, key, names })
            : ctx.msg('rule.plugin-key.nameReader', { named, inSlot, key, names });
        }
        out.push(finding('plugin-key', 'information', message, e.keySpan, fixes, { data: { plugins: p.readers.map((r) => r.id), ...(sugg ? { suggestions: [sugg] } : {}) } }));
      }
    }
  },
});
