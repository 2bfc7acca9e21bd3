// missing-required: key.serializer / value.serializer have no default (and bootstrap.servers needs a
// value to connect; required outright from 4.2). Only for the plain Java client: application code may
// pass serializer instances or add the keys itself, hence information, not error.
import type { Finding } from '../types';
import { finding } from './context';
import { defineRule } from './definition';

export const missingRequired = defineRule({
  code: 'missing-required',
  defaultSeverity: 'information',
  category: 'names',
  onKey: false,
  scope: { kind: 'file', reads: ['bootstrap.servers', 'key.serializer', 'value.serializer'], firstEntry: true },
  appliesTo: { clients: ['java'] },
  example: {
    bad: 'acks=all\n',
    good: 'bootstrap.servers=localhost:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=org.apache.kafka.common.serialization.StringSerializer\nacks=all\n',
  },
  docs: {
    en: {
      summary: 'bootstrap.servers or a serializer is not set (unless the application adds it in code).',
      what: 'For the Java client, reports a file without `bootstrap.servers`, `key.serializer` or `value.serializer`, at its first line.',
      why: 'The serializers have no default and the producer needs servers to connect to: unless the application passes them in code (serializer instances, a bootstrap list from elsewhere), KafkaProducer fails to start with ConfigException. Many applications do add them, hence information, not error.',
      fix: 'Add the missing keys, or silence the rule for the file with `# kpc-disable missing-required` when the application supplies them.',
    },
    ko: {
      summary: 'bootstrap.servers나 serializer가 없습니다(애플리케이션 코드가 넣지 않는다면 문제).',
      what: 'Java 클라이언트에서 `bootstrap.servers`, `key.serializer`, `value.serializer` 중 빠진 것이 있는 파일을 첫 줄에서 알려 줍니다.',
      why: 'serializer에는 기본값이 없고, 프로듀서는 접속할 서버가 필요합니다. 애플리케이션이 코드에서 넣지 않으면(serializer 인스턴스, 다른 곳에서 읽은 bootstrap 목록) KafkaProducer가 ConfigException으로 시작하지 못합니다. 코드에서 넣는 애플리케이션도 많아서 오류가 아니라 정보로 알립니다.',
      fix: '빠진 키를 추가하거나, 애플리케이션이 넣어 준다면 `# kpc-disable missing-required`로 이 파일에서 끄세요.',
    },
  },
  check(ctx, out: Finding[]) {
    if (ctx.entries.length === 0) return;
    const missing = ['bootstrap.servers', 'key.serializer', 'value.serializer'].filter((k) => !ctx.byKey.has(k));
    if (missing.length === 0) return;
    const first = ctx.entries[0]!;
    const keys = missing.join(', ');
    out.push(
      finding(
        'missing-required',
        'information',
        missing.length > 1
          ? ctx.msg('rule.missing-required.setThem', { keys })
          : ctx.msg('rule.missing-required.setIt', { keys }),
        { start: first.keySpan.start, end: first.keySpan.start },
        [],
        { data: { missing } },
      ),
    );
  },
});
