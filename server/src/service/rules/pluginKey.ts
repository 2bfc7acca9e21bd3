// plugin-key: a key only a plugin reads (a Schema Registry serializer's, Glue's, an interceptor's) in a
// file that names none of the classes that read it. Kafka passes it on and nothing uses it.
// Distinctive names stay quiet (the class may be set in code) unless the file fills every place such a
// class could go with something else; names other components use too (`compression`, `max.retries`)
// get this note instead of unknown-key.
import { pluginById, pluginOfClass, type PluginSlot } from '#core';
import { nearMiss } from '../nearMiss';
import { classesInSlot, suggestablePlugins } from '../plugins';
import type { Finding, Fix } from '../types';
import { clip, finding, readerClasses, removeLineEdit, renameKeyEdit, shortClass, type Rule } from './context';

export const pluginKey: Rule = {
  codes: ['plugin-key'],
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
      for (const i of idx) {
        const e = ctx.entries[i]!;
        const fixes: Fix[] = [];
        if (sugg) fixes.push({ title: ctx.t(`Change to '${sugg}'`, `'${sugg}'(으)로 변경`), edits: [renameKeyEdit(e, sugg)], preferred: true });
        fixes.push({ title: ctx.t(`Remove '${clip(key)}'`, `'${clip(key)}' 줄 삭제`), edits: [removeLineEdit(ctx, e)] });
        let message: string;
        if (sugg) {
          message = ctx.t(
            `Did you mean '${sugg}'? '${key}' is read only by ${names}, which this file does not name, so ${ctx.who} passes it on unused.`,
            `'${sugg}'을(를) 뜻했나요? '${key}'는 ${names}만 읽는데 이 파일은 그것을 지정하지 않아서 ${ctx.who}는 쓰지 않고 넘깁니다.`,
          );
        } else if (taken && where) {
          const shown = clip(ctx.orig.values.get(where) ?? '', 60);
          message = ctx.t(
            `Name ${cls ?? names} in ${where} or remove '${key}': only ${names} read${p.classes.length > 1 ? '' : 's'} it, and ${where} here is ${shown}${ctx.orig.fromTool.has(where) ? ' (set by kafka-console-producer)' : ''}.`,
            `${where}에 ${cls ?? names}을(를) 지정하거나 '${key}'를 지우세요: ${names}만 읽는 키인데 여기 ${where}는 ${shown}입니다${ctx.orig.fromTool.has(where) ? '(kafka-console-producer가 지정)' : ''}.`,
          );
        } else {
          message = ctx.t(
            `Name ${cls ?? names}${where ? ` in ${where}` : ''} if it should read '${key}': only ${names} read${p.classes.length > 1 ? '' : 's'} this key, and this file names none of them.`,
            `'${key}'를 읽게 하려면 ${where ? `${where}에 ` : ''}${cls ?? names}을(를) 지정하세요: ${names}만 읽는 키인데 이 파일은 그중 어느 것도 지정하지 않습니다.`,
          );
        }
        out.push(finding('plugin-key', 'information', message, e.keySpan, fixes, { data: { plugins: p.readers.map((r) => r.id), ...(sugg ? { suggestions: [sugg] } : {}) } }));
      }
    }
  },
};
