// consumer-key: a key that belongs to a consumer, broker, topic, admin client, Streams or Connect.
// The producer ignores it (logged as unused). Client keys (consumer, admin) are information: client
// configs are often shared by a producer, a consumer and an admin client (Confluent Cloud hands out one
// such file). Broker, topic, Streams and Connect keys are a warning: the file was copied from elsewhere.
// A key a later producer takes over (client.rack from 4.4) says from which version the producer reads it.
// key.deserializer / value.deserializer in a file without the producer's serializer get the reverse
// hint: the producer needs key.serializer / value.serializer with the matching Serializer.
import { javaTrim, KAFKA_CLASSES, otherComponentKey, pluginOfClass } from '#core';
import type { Finding, Fix } from '../types';
import { finding, removeLineEdit, renameKeyEdit, shortClass } from './context';
import { defineRule } from './definition';

const COUNTERPART = new Map(KAFKA_CLASSES.filter((c) => c.counterpart).map((c) => [c.name, c.counterpart!]));

export const consumerKey = defineRule({
  code: 'consumer-key',
  defaultSeverity: 'warning',
  severities: ['warning', 'information'],
  category: 'names',
  onKey: true,
  scope: { kind: 'file', reads: ['key.serializer', 'value.serializer'], plugins: true },
  example: { bad: 'bootstrap.servers=localhost:9092\nlog.retention.hours=168\n', good: 'bootstrap.servers=localhost:9092\n' },
  docs: {
    en: {
      summary: 'A consumer, broker, topic, admin, Streams or Connect key in a producer config.',
      what: 'Reports a key that belongs to another Kafka component (consumer, broker, topic, admin client, Kafka Streams, Kafka Connect) and that the producer of the target version does not read.',
      why: 'The producer ignores such a key (it is logged as unused). A consumer or admin client key is information only, since one client file is often shared by a producer, a consumer and an admin client; a broker, topic, Streams or Connect key is a warning: the file was copied from another component\'s config, and the setting the author relied on does nothing here. `key.deserializer` / `value.deserializer` in a file without the producer\'s serializer is a warning that names the matching `Serializer`.',
      fix: 'Remove the line (the quick fix), or move it to the component that reads it.',
    },
    ko: {
      summary: '프로듀서 설정 안의 컨슈머·브로커·토픽·Admin·Streams·Connect 키.',
      what: '다른 Kafka 구성 요소(컨슈머, 브로커, 토픽, AdminClient, Kafka Streams, Kafka Connect)의 키 가운데 대상 버전의 프로듀서가 읽지 않는 키를 찾습니다.',
      why: '프로듀서는 이런 키를 무시합니다(미사용 키 로그). 한 클라이언트 설정 파일을 프로듀서, 컨슈머, AdminClient가 함께 쓰는 일이 많으므로 컨슈머·AdminClient 키는 정보로만 알립니다. 브로커, 토픽, Streams, Connect 키는 다른 구성 요소의 설정을 복사해 왔다는 뜻이라 경고이며, 작성자가 기대한 설정은 여기서 아무 일도 하지 않습니다. 프로듀서 직렬화기 없이 `key.deserializer` / `value.deserializer`만 있는 파일에는 짝이 맞는 `Serializer`를 알려 주는 경고를 냅니다.',
      fix: '줄을 지우거나(빠른 수정) 그 키를 읽는 구성 요소의 설정으로 옮기세요.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      if (ctx.info(key) || ctx.isAllowed(key)) continue;
      const other = otherComponentKey(key, ctx.target.version);
      if (!other) continue;
      const client = other.component === 'consumer' || other.component === 'admin';
      for (const i of idx) {
        const e = ctx.entries[i]!;
        const serializerKey = key === 'key.deserializer' ? 'key.serializer' : key === 'value.deserializer' ? 'value.serializer' : undefined;
        if (serializerKey && !ctx.byKey.has(serializerKey)) {
          // the reverse hint: this file was meant for a producer but says deserializer
          const cls = javaTrim(e.value);
          const ser = COUNTERPART.get(cls) ?? pluginOfClass(cls)?.role.counterpart;
          const fixes: Fix[] = [{ title: ctx.msg('rule.consumer-key.changeTo', { serializerKey, assign: ser ? `=${shortClass(ser)}` : '' }), edits: [renameKeyEdit(e, serializerKey), ...(ser && ctx.text.slice(e.valueSpan.start, e.valueSpan.end) === e.value ? [{ span: e.valueSpan, newText: ser }] : [])], preferred: true }];
          const serializer = ser ? `=${ser}` : ctx.msg('rule.consumer-key.withASerializerClass');
          out.push(finding('consumer-key', 'warning',
            ctx.msg('rule.consumer-key.useIsTheConsumer', { serializerKey, serializer, key }),
            e.keySpan, fixes, { data: { component: other.component, ...(ser ? { suggestion: ser } : {}) } }));
          continue;
        }
        out.push(
          finding(
            'consumer-key',
            client ? 'information' : 'warning',
            ctx.msg(client ? 'rule.consumer-key.removeUnlessShared' : 'rule.consumer-key.removeOtherSetting', { key, component: ctx.msg(`rule.consumer-key.component.${other.component}`), note: other.note[ctx.locale] }) +
              (other.producerFrom ? ctx.msg('rule.consumer-key.theProducerReadsIt', { producerFrom: other.producerFrom }) : ''),
            e.keySpan,
            [{ title: ctx.msg('rule.shared.removeLine', { key }), edits: [removeLineEdit(ctx, e)] }],
            { tags: ['unnecessary'], data: { component: other.component, ...(other.producerFrom ? { producerFrom: other.producerFrom } : {}) } },
          ),
        );
      }
    }
  },
});
