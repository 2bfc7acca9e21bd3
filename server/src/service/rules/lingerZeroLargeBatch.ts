// linger-zero-large-batch: a raised batch.size does little when linger.ms is 0 (the default before 4.0):
// the sender ships whatever is ready as soon as it can, so batches rarely fill.
import { parseIntStrict } from '../producer';
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry } from './context';
import { defineRule } from './definition';

export const lingerZeroLargeBatch = defineRule({
  code: 'linger-zero-large-batch',
  defaultSeverity: 'hint',
  category: 'batching',
  onKey: true,
  scope: { kind: 'file', reads: ['batch.size', 'linger.ms'] },
  example: { target: 'kafka-version=3.9', bad: 'batch.size=262144\n', good: 'batch.size=262144\nlinger.ms=10\n' },
  docs: {
    en: {
      summary: 'A raised batch.size with linger.ms=0: the batches rarely fill.',
      what: 'Reports a `batch.size` above the 16 KiB default while `linger.ms` is 0 (written, or the default before Kafka 4.0).',
      why: 'With linger.ms=0 the sender ships whatever is ready as soon as it is free, so batches are sent long before they reach batch.size: the larger size costs memory and buys little throughput.',
      fix: 'Give batches a few milliseconds to fill: `linger.ms` between 5 and 50 (the quick fix adds linger.ms=5).',
    },
    ko: {
      summary: 'linger.ms=0에서 키운 batch.size: 배치가 거의 차지 않습니다.',
      what: '`linger.ms`가 0인데(직접 썼거나 Kafka 4.0 이전의 기본값) `batch.size`를 기본값 16 KiB보다 크게 둔 설정을 찾습니다.',
      why: 'linger.ms=0이면 sender가 비는 즉시 준비된 것을 보내므로 배치가 batch.size에 닿기 훨씬 전에 나갑니다. 큰 크기는 메모리만 쓰고 처리량은 별로 늘지 않습니다.',
      fix: '배치가 찰 시간을 몇 밀리초 주세요: `linger.ms`를 5–50으로(빠른 수정은 linger.ms=5를 추가).',
    },
  },
  check(ctx, out: Finding[]) {
    const batchLine = lastEntry(ctx, 'batch.size')?.entry;
    if (!batchLine) return;
    const batch = parseIntStrict(batchLine.value);
    const linger = ctx.effective.get('linger.ms');
    if (batch === undefined || batch <= 16384 || !linger || parseIntStrict(linger.value) !== 0) return;
    const lingerLine = lastEntry(ctx, 'linger.ms')?.entry;
    const isDefault = linger.source === 'default' ? ctx.msg('rule.linger-zero-large-batch.theDefault', { ver: ctx.ver }) : '';
    out.push(
      finding(
        'linger-zero-large-batch',
        'hint',
        ctx.msg('rule.linger-zero-large-batch.setLingerMsTo', { isDefault, batch }),
        batchLine.keySpan,
        lingerLine ? [] : [{ title: ctx.msg('rule.linger-zero-large-batch.addLingerMs5'), edits: [insertLineEdit(ctx, 'linger.ms=5', batchLine)], preferred: true }],
      ),
    );
  },
});
