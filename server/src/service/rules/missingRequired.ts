// missing-required: key.serializer / value.serializer have no default (and bootstrap.servers needs a
// value to connect; required outright from 4.2). Only for the plain Java client: application code may
// pass serializer instances or add the keys itself, hence information, not error.
import type { Finding } from '../types';
import { finding, type Rule } from './context';

export const missingRequired: Rule = {
  codes: ['missing-required'],
  check(ctx, out: Finding[]) {
    if (ctx.target.client !== 'java' || ctx.entries.length === 0) return;
    const missing = ['bootstrap.servers', 'key.serializer', 'value.serializer'].filter((k) => !ctx.byKey.has(k));
    if (missing.length === 0) return;
    const first = ctx.entries[0]!;
    out.push(
      finding(
        'missing-required',
        'information',
        ctx.t(
          `Set ${missing.join(', ')} here or in the application: without ${missing.length > 1 ? 'them' : 'it'}, KafkaProducer fails to start (ConfigException / no resolvable bootstrap servers).`,
          `${missing.join(', ')}를 여기나 애플리케이션 코드에서 설정하세요: 없으면 KafkaProducer가 시작하지 못합니다(ConfigException).`,
        ),
        { start: first.keySpan.start, end: first.keySpan.start },
        [],
        { data: { missing } },
      ),
    );
  },
};
