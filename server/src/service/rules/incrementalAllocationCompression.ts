// incremental-allocation-compression: buffer.memory.allocation.strategy=incremental (an internal key of
// Kafka 4.4, KIP-1332) does not support compression yet (KAFKA-20579): with any compression.type other than
// none the KafkaProducer constructor fails. Facts and sources: schemas/catalog/checks.ts.
import { CHECKS, javaTrim } from '#core';
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, setValueEdit } from './context';
import { incrementalAllocation, introduced } from './startupChecks';
import { defineRule } from './definition';

const ID = 'incremental-allocation-with-compression';
const CODECS = ['gzip', 'snappy', 'lz4', 'zstd'];

export const incrementalAllocationCompression = defineRule({
  code: 'incremental-allocation-compression',
  defaultSeverity: 'error',
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: ['buffer.memory.allocation.strategy', 'compression.type'] },
  appliesTo: { since: CHECKS[ID].since },
  example: { bad: 'buffer.memory.allocation.strategy=incremental\ncompression.type=lz4\n', good: 'buffer.memory.allocation.strategy=full\ncompression.type=lz4\n' },
  docs: {
    en: {
      summary: 'The incremental buffer allocation with compression: the producer does not start (4.4+).',
      what: 'From Kafka 4.4, reports `buffer.memory.allocation.strategy=incremental` while `compression.type` is a codec (gzip, snappy, lz4, zstd).',
      why: 'The incremental allocation strategy (an internal 4.4 key) does not support compression yet: the KafkaProducer constructor fails with ConfigException.',
      fix: 'Use `buffer.memory.allocation.strategy=full` (the quick fix), or `compression.type=none` if you need the incremental strategy.',
    },
    ko: {
      summary: '압축과 함께 쓴 incremental 버퍼 할당: 프로듀서가 시작하지 않습니다(4.4+).',
      what: 'Kafka 4.4부터 `compression.type`이 코덱(gzip, snappy, lz4, zstd)인데 `buffer.memory.allocation.strategy=incremental`인 설정을 찾습니다.',
      why: 'incremental 할당 전략(4.4의 내부 키)은 아직 압축을 지원하지 않아서 KafkaProducer 생성이 ConfigException으로 실패합니다.',
      fix: '`buffer.memory.allocation.strategy=full`을 쓰거나(빠른 수정), incremental 전략이 꼭 필요하면 `compression.type=none`으로 두세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const at = incrementalAllocation(ctx);
    if (!at) return;
    const eff = ctx.effective.get('compression.type');
    const codec = eff ? javaTrim(eff.value) : 'none';
    if (!CODECS.includes(codec)) return;
    const comp = lastEntry(ctx, 'compression.type')?.entry;
    const fixes: Fix[] = [{ title: ctx.msg('rule.incremental-allocation-compression.setBufferMemoryAllocation'), edits: [setValueEdit(at, 'full')], preferred: true }];
    if (comp && eff?.source === 'explicit') fixes.push({ title: ctx.msg('rule.incremental-allocation-compression.setCompressionTypeNone'), edits: [setValueEdit(comp, 'none')] });
    out.push(
      finding(
        'incremental-allocation-compression',
        'error',
        ctx.msg('rule.incremental-allocation-compression.useBufferMemoryAllocation', { codec, who: ctx.who, introduced: introduced(ctx, ID) }),
        at.span,
        fixes,
        { ...relatedLines(ctx, at.span, [['compression.type', ctx.msg('rule.incremental-allocation-compression.compressionTypeIsSet', { codec })]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
});
