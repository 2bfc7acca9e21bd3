// incremental-allocation-small-batch: buffer.memory.allocation.strategy=incremental grows batches in 16 KiB
// chunks; with batch.size below one chunk Kafka 4.4 quietly uses the full strategy instead (a WARN at most).
// Facts and sources: schemas/catalog/checks.ts.
import { CHECKS, INCREMENTAL_CHUNK_BYTES } from '#core';
import { parseIntStrict } from '../producer';
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, removeLineEdit, setValueEdit } from './context';
import { incrementalAllocation, introduced } from './startupChecks';
import { defineRule } from './definition';

const ID = 'incremental-allocation-small-batch';

export const incrementalAllocationSmallBatch = defineRule({
  code: 'incremental-allocation-small-batch',
  defaultSeverity: 'warning',
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: ['buffer.memory.allocation.strategy', 'batch.size'] },
  appliesTo: { since: CHECKS[ID].since },
  example: { bad: 'buffer.memory.allocation.strategy=incremental\nbatch.size=8192\n', good: 'buffer.memory.allocation.strategy=incremental\nbatch.size=16384\n' },
  docs: {
    en: {
      summary: 'The incremental buffer allocation with a batch.size below one 16 KiB chunk: Kafka silently uses the full strategy (4.4+).',
      what: 'From Kafka 4.4, reports `buffer.memory.allocation.strategy=incremental` while `batch.size` is below 16384 bytes.',
      why: 'The incremental strategy grows batches in 16 KiB chunks; with a smaller batch.size Kafka quietly falls back to the full strategy, so the setting does not do what it says.',
      fix: 'Raise `batch.size` to at least 16384 (the quick fix), or remove the strategy line.',
    },
    ko: {
      summary: '16 KiB 조각 하나보다 작은 batch.size와 incremental 버퍼 할당: Kafka가 말없이 full 전략을 씁니다(4.4+).',
      what: 'Kafka 4.4부터 `batch.size`가 16384바이트보다 작은데 `buffer.memory.allocation.strategy=incremental`인 설정을 찾습니다.',
      why: 'incremental 전략은 배치를 16 KiB 조각 단위로 키웁니다. batch.size가 더 작으면 Kafka가 조용히 full 전략으로 돌아가므로 설정이 적힌 대로 동작하지 않습니다.',
      fix: '`batch.size`를 16384 이상으로 올리거나(빠른 수정) 전략 줄을 지우세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const at = incrementalAllocation(ctx);
    if (!at) return;
    const batch = parseIntStrict(ctx.effective.get('batch.size')?.value);
    if (batch === undefined || batch >= INCREMENTAL_CHUNK_BYTES) return;
    const line = lastEntry(ctx, 'batch.size')?.entry;
    const fixes: Fix[] = [];
    if (line) fixes.push({ title: ctx.msg('rule.incremental-allocation-small-batch.setBatchSize', { chunk: INCREMENTAL_CHUNK_BYTES }), edits: [setValueEdit(line, String(INCREMENTAL_CHUNK_BYTES))], preferred: true });
    fixes.push({ title: ctx.msg('rule.incremental-allocation-small-batch.removeBufferMemoryAllocation'), edits: [removeLineEdit(ctx, at)] });
    out.push(
      finding(
        'incremental-allocation-small-batch',
        'warning',
        ctx.msg('rule.incremental-allocation-small-batch.raiseBatchSizeTo', { chunk: INCREMENTAL_CHUNK_BYTES, batch, chunkKiB: INCREMENTAL_CHUNK_BYTES / 1024, who: ctx.who, introduced: introduced(ctx, ID) }),
        at.span,
        fixes,
        { ...relatedLines(ctx, at.span, [['batch.size', ctx.msg('rule.incremental-allocation-small-batch.batchSizeIsSet', { batch })]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
});
