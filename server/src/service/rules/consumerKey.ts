// consumer-key: a key that belongs to a consumer, broker, topic, admin client, Streams or Connect.
// The producer ignores it (logged as unused), which usually means the file was copied from elsewhere.
import { otherComponentKey } from '#core';
import type { Finding } from '../types';
import { finding, removeLineEdit } from './context';
import { defineRule } from './definition';

const KO: Record<string, string> = { consumer: '컨슈머', broker: '브로커', topic: '토픽', admin: 'AdminClient', streams: 'Kafka Streams', connect: 'Kafka Connect' };

export const consumerKey = defineRule({
  code: 'consumer-key',
  defaultSeverity: 'warning',
  category: 'names',
  onKey: true,
  scope: { kind: 'entry' },
  example: { bad: 'bootstrap.servers=localhost:9092\ngroup.id=orders\n', good: 'bootstrap.servers=localhost:9092\n' },
  docs: {
    en: {
      summary: 'A consumer, broker, topic, admin, Streams or Connect key in a producer config.',
      what: 'Reports a key that belongs to another Kafka component (consumer, broker, topic, admin client, Kafka Streams, Kafka Connect) and that the producer of the target version does not read.',
      why: 'The producer ignores such a key (it is logged as unused). It usually means the file was copied from another component\'s config, and the setting the author relied on does nothing here.',
      fix: 'Remove the line (the quick fix), or move it to the component that reads it.',
    },
    ko: {
      summary: '프로듀서 설정 안의 컨슈머·브로커·토픽·Admin·Streams·Connect 키.',
      what: '다른 Kafka 구성 요소(컨슈머, 브로커, 토픽, AdminClient, Kafka Streams, Kafka Connect)의 키 가운데 대상 버전의 프로듀서가 읽지 않는 키를 찾습니다.',
      why: '프로듀서는 이런 키를 무시합니다(미사용 키 로그). 보통 다른 구성 요소의 설정을 복사해 왔다는 뜻이며, 작성자가 기대한 설정은 여기서 아무 일도 하지 않습니다.',
      fix: '줄을 지우거나(빠른 수정) 그 키를 읽는 구성 요소의 설정으로 옮기세요.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      if (ctx.info(key) || ctx.isAllowed(key)) continue;
      const other = otherComponentKey(key, ctx.target.version);
      if (!other) continue;
      for (const i of idx) {
        const e = ctx.entries[i]!;
        out.push(
          finding(
            'consumer-key',
            'warning',
            ctx.t(`'${key}' is a ${other.component} setting; the producer ignores it. ${other.note}`, `'${key}'는 ${KO[other.component] ?? other.component} 설정이라 프로듀서가 무시합니다.`) +
              (other.producerFrom ? ctx.t(` The producer reads it from Kafka ${other.producerFrom} on.`, ` Kafka ${other.producerFrom}부터는 프로듀서도 읽습니다.`) : ''),
            e.keySpan,
            [{ title: ctx.t(`Remove '${key}'`, `'${key}' 줄 삭제`), edits: [removeLineEdit(ctx, e)] }],
            { tags: ['unnecessary'], data: { component: other.component, ...(other.producerFrom ? { producerFrom: other.producerFrom } : {}) } },
          ),
        );
      }
    }
  },
});
