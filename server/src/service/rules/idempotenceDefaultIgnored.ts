// idempotence-default-ignored: Kafka 3.0.0 and 3.1.0 document enable.idempotence=true as the default
// but only turn idempotence on when the key is written (KAFKA-13598, fixed in 3.0.1 / 3.1.1 / 3.2.0).
// Said where the file shows it cares about delivery guarantees (acks=all).
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry, type Rule } from './context';

export const idempotenceDefaultIgnored: Rule = {
  codes: ['idempotence-default-ignored'],
  check(ctx, out: Finding[]) {
    const { version, patch } = ctx.target;
    if (!((version === '3.0' || version === '3.1') && patch === 0)) return;
    if (ctx.idem.explicit || ctx.byKey.has('transactional.id')) return;
    const acks = lastEntry(ctx, 'acks')?.entry;
    if (!acks || !['all', '-1'].includes(acks.value.trim())) return;
    out.push(
      finding(
        'idempotence-default-ignored',
        'information',
        ctx.t(
          `Add enable.idempotence=true: Kafka ${ctx.ver} lists it as the default but does not apply it unless the key is written (KAFKA-13598), so this producer is NOT idempotent.`,
          `enable.idempotence=true를 추가하세요: Kafka ${ctx.ver}은 기본값을 true로 표시하지만 키를 직접 쓰지 않으면 적용하지 않아서(KAFKA-13598) 이 프로듀서는 멱등성이 꺼져 있습니다.`,
        ),
        acks.keySpan,
        [{ title: ctx.t('Add enable.idempotence=true', 'enable.idempotence=true 추가'), edits: [insertLineEdit(ctx, 'enable.idempotence=true', acks)], preferred: true }],
      ),
    );
  },
};
