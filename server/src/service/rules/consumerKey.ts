// consumer-key: a key that belongs to a consumer, broker, topic, admin client, Streams or Connect.
// The producer ignores it (logged as unused), which usually means the file was copied from elsewhere.
import { otherComponentKey } from '#core';
import type { Finding } from '../types';
import { finding, removeLineEdit, type Rule } from './context';

const KO: Record<string, string> = { consumer: '컨슈머', broker: '브로커', topic: '토픽', admin: 'AdminClient', streams: 'Kafka Streams', connect: 'Kafka Connect' };

export const consumerKey: Rule = {
  codes: ['consumer-key'],
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
};
