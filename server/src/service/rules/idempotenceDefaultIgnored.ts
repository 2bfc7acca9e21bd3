// idempotence-default-ignored: Kafka 3.0.0 and 3.1.0 document enable.idempotence=true as the default
// but only turn idempotence on when the key is written (KAFKA-13598, fixed in 3.0.1 / 3.1.1 / 3.2.0).
// Said where the file shows it cares about delivery guarantees (acks=all).
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry } from './context';
import { defineRule } from './definition';

export const idempotenceDefaultIgnored = defineRule({
  code: 'idempotence-default-ignored',
  defaultSeverity: 'information',
  category: 'idempotence',
  onKey: true,
  scope: { kind: 'file', reads: ['enable.idempotence', 'transactional.id', 'acks'] },
  appliesTo: { releases: ['3.0.0', '3.1.0'] },
  example: { target: 'kafka-version=3.0.0', bad: 'acks=all\n', good: 'acks=all\nenable.idempotence=true\n' },
  docs: {
    en: {
      summary: 'Kafka 3.0.0 and 3.1.0 do not apply the documented enable.idempotence=true default.',
      what: 'In Kafka 3.0.0 and 3.1.0, reports a file that asks for strong delivery (acks=all) but leaves enable.idempotence out.',
      why: 'These two releases document enable.idempotence=true as the default but turn idempotence on only when the key is written (KAFKA-13598, fixed in 3.0.1, 3.1.1 and 3.2.0): the producer is not idempotent, and retries may duplicate records.',
      fix: 'Add `enable.idempotence=true` (the quick fix), or upgrade to a fixed release.',
    },
    ko: {
      summary: 'Kafka 3.0.0과 3.1.0은 문서상의 기본값 enable.idempotence=true를 적용하지 않습니다.',
      what: 'Kafka 3.0.0과 3.1.0에서 강한 전달 보장(acks=all)을 원하면서 enable.idempotence를 쓰지 않은 파일을 알려 줍니다.',
      why: '이 두 릴리스는 enable.idempotence 기본값을 true로 문서화했지만 키를 직접 써야만 멱등성을 켭니다(KAFKA-13598, 3.0.1·3.1.1·3.2.0에서 수정). 프로듀서는 멱등성이 없고 재시도 때 레코드가 중복될 수 있습니다.',
      fix: '`enable.idempotence=true`를 추가하거나(빠른 수정) 수정된 릴리스로 올리세요.',
    },
  },
  check(ctx, out: Finding[]) {
    if (ctx.idem.explicit || ctx.byKey.has('transactional.id')) return;
    const acks = lastEntry(ctx, 'acks')?.entry;
    if (!acks || !['all', '-1'].includes(acks.value.trim())) return;
    out.push(
      finding(
        'idempotence-default-ignored',
        'information',
        ctx.msg('rule.idempotence-default-ignored.notHonoured', { ver: ctx.ver }),
        acks.keySpan,
        [{ title: ctx.msg('rule.idempotence-default-ignored.addEnableIdempotenceTrue'), edits: [insertLineEdit(ctx, 'enable.idempotence=true', acks)], preferred: true }],
      ),
    );
  },
});
