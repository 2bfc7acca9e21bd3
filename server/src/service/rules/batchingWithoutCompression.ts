// batching-without-compression: batching tuned up but compression.type is none. Compression works per
// batch, so it is where bigger batches pay off most (the seed note: batching + compression together).
import { parseIntStrict } from '../producer';
import type { Finding, Fix } from '../types';
import { finding, insertLineEdit, lastEntry } from './context';
import { defineRule } from './definition';

export const batchingWithoutCompression = defineRule({
  code: 'batching-without-compression',
  defaultSeverity: 'hint',
  category: 'batching',
  onKey: true,
  scope: { kind: 'file', reads: ['compression.type', 'batch.size', 'linger.ms'] },
  example: { bad: 'batch.size=262144\nlinger.ms=20\n', good: 'batch.size=262144\nlinger.ms=20\ncompression.type=lz4\n' },
  docs: {
    en: {
      summary: 'Batching tuned up while compression.type is none.',
      what: 'Reports a raised `batch.size` (above 16 KiB) or `linger.ms` (above 5) while `compression.type` is none.',
      why: 'The producer compresses whole batches, so compression is where larger batches pay off most: lz4 or zstd usually cuts network and disk use several times for little CPU.',
      fix: 'Set `compression.type=lz4` or `zstd` (the quick fix adds lz4); for kafka-console-producer pass `--compression-codec`.',
    },
    ko: {
      summary: 'compression.type이 none인데 배치를 키운 설정.',
      what: '`compression.type`이 none인 상태에서 `batch.size`(16 KiB 초과)나 `linger.ms`(5 초과)를 키운 설정을 찾습니다.',
      why: '프로듀서는 배치 전체를 압축하므로 큰 배치의 이득은 압축에서 가장 큽니다. lz4나 zstd는 적은 CPU로 네트워크와 디스크 사용량을 보통 몇 배 줄입니다.',
      fix: '`compression.type=lz4` 또는 `zstd`를 쓰세요(빠른 수정은 lz4 추가). kafka-console-producer라면 `--compression-codec`을 주세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const comp = ctx.effective.get('compression.type');
    if (!comp || comp.value.trim() !== 'none') return;
    const batchLine = lastEntry(ctx, 'batch.size')?.entry;
    const lingerLine = lastEntry(ctx, 'linger.ms')?.entry;
    const batch = batchLine ? parseIntStrict(batchLine.value) : undefined;
    const linger = lingerLine ? parseIntStrict(lingerLine.value) : undefined;
    const at = batch !== undefined && batch > 16384 ? batchLine : linger !== undefined && linger > 5 ? lingerLine : undefined;
    if (!at) return;
    const console = ctx.target.client === 'console-producer';
    const fixes: Fix[] = console || lastEntry(ctx, 'compression.type') ? [] : [{ title: ctx.msg('rule.batching-without-compression.addCompressionTypeLz4'), edits: [insertLineEdit(ctx, 'compression.type=lz4', at)] }];
    const via = console ? ctx.msg('rule.batching-without-compression.kafkaConsoleProducerCompression') : '';
    out.push(
      finding(
        'batching-without-compression',
        'hint',
        ctx.msg('rule.batching-without-compression.considerCompressionTypeLz4', { via }),
        at.keySpan,
        fixes,
      ),
    );
  },
});
