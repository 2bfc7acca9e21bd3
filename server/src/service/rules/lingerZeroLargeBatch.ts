// linger-zero-large-batch: a raised batch.size does little when linger.ms is 0 (the default before 4.0):
// the sender ships whatever is ready as soon as it can, so batches rarely fill.
import { parseIntStrict } from '../producer';
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry, type Rule } from './context';

export const lingerZeroLargeBatch: Rule = {
  codes: ['linger-zero-large-batch'],
  check(ctx, out: Finding[]) {
    const batchLine = lastEntry(ctx, 'batch.size')?.entry;
    if (!batchLine) return;
    const batch = parseIntStrict(batchLine.value);
    const linger = ctx.effective.get('linger.ms');
    if (batch === undefined || batch <= 16384 || !linger || parseIntStrict(linger.value) !== 0) return;
    const lingerLine = lastEntry(ctx, 'linger.ms')?.entry;
    out.push(
      finding(
        'linger-zero-large-batch',
        'hint',
        ctx.t(
          `Set linger.ms to 5–50 so batches can fill: with linger.ms=0${linger.source === 'default' ? ` (the ${ctx.ver} default)` : ''} records are sent as soon as the sender is free, so batch.size=${batch} rarely fills.`,
          `배치가 차도록 linger.ms를 5–50으로 두세요: linger.ms=0${linger.source === 'default' ? `(${ctx.ver} 기본값)` : ''}이면 보낼 수 있을 때 바로 보내므로 batch.size=${batch}가 잘 차지 않습니다.`,
        ),
        batchLine.keySpan,
        lingerLine ? [] : [{ title: ctx.t('Add linger.ms=5', 'linger.ms=5 추가'), edits: [insertLineEdit(ctx, 'linger.ms=5', batchLine)], preferred: true }],
      ),
    );
  },
};
