// console-producer-ignored: keys kafka-console-producer.sh always overwrites (compression.type from
// --compression-codec, the serializers, bootstrap.servers from --bootstrap-server), so the file line is dead.
import { CONSOLE_OPTION } from '../producer';
import type { Finding } from '../types';
import { finding, type Rule } from './context';

export const consoleProducerIgnored: Rule = {
  codes: ['console-producer-ignored'],
  check(ctx, out: Finding[]) {
    if (ctx.target.client !== 'console-producer') return;
    for (const key of ctx.orig.overwritten) {
      const opt = CONSOLE_OPTION[key];
      const v = ctx.orig.values.get(key);
      for (const i of ctx.byKey.get(key) ?? []) {
        const e = ctx.entries[i]!;
        out.push(
          finding(
            'console-producer-ignored',
            key === 'compression.type' ? 'warning' : 'hint',
            ctx.t(
              `${opt ? `Pass ${opt} instead` : 'Remove this line'}: kafka-console-producer always overwrites ${key}${opt ? ` with its ${opt} option` : ` with ${v}`}${key === 'compression.type' ? ' (default none)' : ''}, so this line has no effect.`,
              `${opt ? `대신 ${opt}를 쓰세요` : '이 줄을 지우세요'}: kafka-console-producer는 ${key}를 항상 ${opt ? `${opt} 옵션 값` : v}으로 덮어써서 이 줄은 효과가 없습니다.`,
            ),
            e.keySpan,
            [],
            { tags: ['unnecessary'] },
          ),
        );
      }
    }
  },
};
