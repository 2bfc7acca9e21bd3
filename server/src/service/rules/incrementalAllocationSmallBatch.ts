// incremental-allocation-small-batch: buffer.memory.allocation.strategy=incremental grows batches in 16 KiB
// chunks; with batch.size below one chunk Kafka 4.4 quietly uses the full strategy instead (a WARN at most).
// Facts and sources: schemas/catalog/checks.ts.
import { CHECKS, INCREMENTAL_CHUNK_BYTES } from '#core';
import { parseIntStrict } from '../producer';
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, removeLineEdit, setValueEdit, type Rule } from './context';
import { checkApplies, incrementalAllocation, introduced } from './startupChecks';

const ID = 'incremental-allocation-small-batch';

export const incrementalAllocationSmallBatch: Rule = {
  codes: ['incremental-allocation-small-batch'],
  check(ctx, out: Finding[]) {
    if (!checkApplies(ctx, ID)) return;
    const at = incrementalAllocation(ctx);
    if (!at) return;
    const batch = parseIntStrict(ctx.effective.get('batch.size')?.value);
    if (batch === undefined || batch >= INCREMENTAL_CHUNK_BYTES) return;
    const line = lastEntry(ctx, 'batch.size')?.entry;
    const fixes: Fix[] = [];
    if (line) fixes.push({ title: ctx.t(`Set batch.size=${INCREMENTAL_CHUNK_BYTES}`, `batch.size=${INCREMENTAL_CHUNK_BYTES}로 변경`), edits: [setValueEdit(line, String(INCREMENTAL_CHUNK_BYTES))], preferred: true });
    fixes.push({ title: ctx.t('Remove buffer.memory.allocation.strategy (it has no effect)', 'buffer.memory.allocation.strategy 줄 삭제(효과 없음)'), edits: [removeLineEdit(ctx, at)] });
    out.push(
      finding(
        'incremental-allocation-small-batch',
        'warning',
        ctx.t(
          `Raise batch.size to at least ${INCREMENTAL_CHUNK_BYTES} or drop buffer.memory.allocation.strategy=incremental: with batch.size=${batch}, below one ${INCREMENTAL_CHUNK_BYTES / 1024} KiB chunk, ${ctx.who} silently uses the full strategy${introduced(ctx, ID)}.`,
          `batch.size를 ${INCREMENTAL_CHUNK_BYTES} 이상으로 올리거나 buffer.memory.allocation.strategy=incremental을 빼세요: batch.size=${batch}는 ${INCREMENTAL_CHUNK_BYTES / 1024} KiB 조각 하나보다 작아서 ${ctx.who}가 말없이 full 전략을 씁니다${introduced(ctx, ID)}.`,
        ),
        at.span,
        fixes,
        { ...relatedLines(ctx, at.span, [['batch.size', ctx.t(`batch.size=${batch} is set here`, `여기서 batch.size=${batch}를 설정합니다`)]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
};
