// serializer-class: key.serializer / value.serializer names a class that is not a Serializer: a
// Deserializer (Kafka's or a plugin's, copied from a consumer config), or Kafka's Serde / Serdes /
// interface types. KafkaProducer gets the class and AbstractConfig.getConfiguredInstance refuses it:
// KafkaException "class X is not an instance of org.apache.kafka.common.serialization.Serializer",
// thrown while the producer is built (2.8.0 … trunk). The fix names the matching Serializer.
import { javaTrim, KAFKA_CLASSES, pluginOfClass, SERIALIZATION_PACKAGE, versionAtLeast } from '#core';
import type { Finding, Fix } from '../types';
import { finding, literalIssue, setValueEdit, shortClass } from './context';
import { defineRule } from './definition';

const BY_NAME = new Map(KAFKA_CLASSES.map((c) => [c.name, c]));

/** A Kafka class of a role at a version, by name (nested Serdes classes count as Serdes). */
function kafkaClass(name: string, version: string) {
  const c = BY_NAME.get(name) ?? (name.startsWith(`${SERIALIZATION_PACKAGE}Serdes$`) ? BY_NAME.get(`${SERIALIZATION_PACKAGE}Serdes`) : undefined);
  if (!c || !versionAtLeast(version, c.since) || (c.removed && versionAtLeast(version, c.removed))) return undefined;
  return c;
}

export const serializerClass = defineRule({
  code: 'serializer-class',
  defaultSeverity: 'error',
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: ['key.serializer', 'value.serializer'] },
  example: { bad: 'value.serializer=org.apache.kafka.common.serialization.StringDeserializer\n', good: 'value.serializer=org.apache.kafka.common.serialization.StringSerializer\n' },
  docs: {
    en: {
      summary: "key.serializer or value.serializer names a class that is not a Serializer.",
      what: "Reports a `key.serializer` / `value.serializer` that names a Deserializer (Kafka's or a plugin's, often copied from a consumer config) or one of Kafka's Serde, Serdes or interface types.",
      why: "The producer loads the class and refuses it: KafkaException \"… is not an instance of org.apache.kafka.common.serialization.Serializer\", thrown while the producer is built, so it does not start.",
      fix: "Use the matching Serializer (the quick fix names it, e.g. `StringDeserializer` → `StringSerializer`).",
    },
    ko: {
      summary: "key.serializer나 value.serializer가 Serializer가 아닌 클래스를 지정함.",
      what: "`key.serializer` / `value.serializer`가 Deserializer(Kafka나 플러그인의 것, 흔히 컨슈머 설정에서 복사)나 Kafka의 Serde, Serdes, 인터페이스 타입을 지정하면 알립니다.",
      why: "프로듀서는 클래스를 불러온 뒤 거부합니다: 프로듀서를 만드는 도중 KafkaException \"… is not an instance of org.apache.kafka.common.serialization.Serializer\"가 나서 시작하지 않습니다.",
      fix: "짝이 맞는 Serializer를 쓰세요(빠른 수정이 알려 줍니다. 예: `StringDeserializer` → `StringSerializer`).",
    },
  },
  check(ctx, out: Finding[]) {
    for (const slot of ['key.serializer', 'value.serializer'] as const) {
      const idx = ctx.byKey.get(slot);
      if (!idx || ctx.orig.overwritten.has(slot)) continue;
      for (const i of idx) {
        if (literalIssue(ctx, i)) continue;
        const e = ctx.entries[i]!;
        const name = javaTrim(e.value);
        const k = kafkaClass(name, ctx.target.version);
        const p = pluginOfClass(name);
        let counterpart: string | undefined;
        let what: string;
        if (k?.role === 'deserializer' || p?.role.role === 'deserializer') {
          counterpart = k?.counterpart ?? p?.role.counterpart;
          what = ctx.msg('rule.serializer-class.aDeserializerAConsumer');
        } else if (k && (k.role === 'interface' || k.role === 'serde')) {
          const m = /Serdes\$(\w+?)Serde$/.exec(name);
          counterpart = m ? `${SERIALIZATION_PACKAGE}${m[1]}Serializer` : undefined;
          if (counterpart && !kafkaClass(counterpart, ctx.target.version)) counterpart = undefined;
          what = k.role === 'interface' ? ctx.msg('rule.serializer-class.anInterfaceNotA') : ctx.msg('rule.serializer-class.aSerdeForKafka');
        } else continue;
        const fixes: Fix[] = counterpart
          ? [{ title: ctx.msg('rule.serializer-class.changeTo', { counterpart: shortClass(counterpart) }), edits: [setValueEdit(e, counterpart)], preferred: true, safe: ctx.text.slice(e.valueSpan.start, e.valueSpan.end) === e.value }]
          : [];
        const use = counterpart ? ctx.msg('rule.serializer-class.useIn', { counterpart, slot }) : ctx.msg('rule.serializer-class.nameASerializerClass', { slot });
        out.push(finding('serializer-class', 'error',
          ctx.msg('rule.serializer-class.notASerializer', { use, name: shortClass(name), what, className: name }),
          e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan, fixes, { data: { class: name, ...(counterpart ? { suggestion: counterpart } : {}) } }));
      }
    }
  },
});
