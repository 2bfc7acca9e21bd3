// buffer-smaller-than-batch: buffer.memory must exceed batch.size (the seed note's "buffer.memory > batch.size").
import { parseIntStrict } from '../producer';
import type { Finding } from '../types';
import { finding, lastEntry, relatedLines } from './context';
import { defineRule } from './definition';

export const bufferSmallerThanBatch = defineRule({
  code: 'buffer-smaller-than-batch',
  defaultSeverity: 'hint',
  category: 'batching',
  onKey: true,
  scope: { kind: 'file', reads: ['batch.size', 'buffer.memory'] },
  example: { bad: 'batch.size=1048576\nbuffer.memory=1048576\n', good: 'batch.size=1048576\nbuffer.memory=67108864\n' },
  docs: {
    en: {
      summary: 'buffer.memory not larger than batch.size.',
      what: 'Reports a `buffer.memory` that is not larger than `batch.size` (written or default values).',
      why: 'The producer allocates batches from buffer.memory: when one batch can fill it, send() blocks for up to max.block.ms waiting for memory, and records larger than buffer.memory fail.',
      fix: 'Make `buffer.memory` several times `batch.size` (the default 32 MiB against 16 KiB batches), or lower batch.size.',
    },
    ko: {
      summary: 'batch.size보다 크지 않은 buffer.memory.',
      what: '`buffer.memory`가 `batch.size`보다 크지 않은 설정(명시한 값이든 기본값이든)을 찾습니다.',
      why: '프로듀서는 buffer.memory에서 배치를 할당합니다. 배치 하나가 버퍼를 가득 채울 수 있으면 send()가 메모리를 기다리며 max.block.ms까지 멈추고, buffer.memory보다 큰 레코드는 실패합니다.',
      fix: '`buffer.memory`를 `batch.size`의 몇 배로 두거나(기본값은 16 KiB 배치에 32 MiB) batch.size를 줄이세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const batch = parseIntStrict(ctx.effective.get('batch.size')?.value);
    const buffer = parseIntStrict(ctx.effective.get('buffer.memory')?.value);
    if (batch === undefined || buffer === undefined || buffer > batch) return;
    const at = lastEntry(ctx, 'buffer.memory')?.entry ?? lastEntry(ctx, 'batch.size')?.entry;
    if (!at) return;
    out.push(
      finding(
        'buffer-smaller-than-batch',
        'hint',
        ctx.msg('rule.buffer-smaller-than-batch.makeBufferMemoryLarger', { buffer, batch }),
        at.keySpan,
        [],
        relatedLines(ctx, at.span, [['batch.size', ctx.msg('rule.buffer-smaller-than-batch.batchSizeIsSet')], ['buffer.memory', ctx.msg('rule.shared.bufferMemoryIsSet')]]),
      ),
    );
  },
});
