// incremental-allocation-compression: buffer.memory.allocation.strategy=incremental (an internal key of
// Kafka 4.4, KIP-1332) does not support compression yet (KAFKA-20579): with any compression.type other than
// none the KafkaProducer constructor fails. Facts and sources: schemas/catalog/checks.ts.
import { CHECKS, javaTrim } from '#core';
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, setValueEdit, type Rule } from './context';
import { checkApplies, incrementalAllocation, introduced } from './startupChecks';

const ID = 'incremental-allocation-with-compression';
const CODECS = ['gzip', 'snappy', 'lz4', 'zstd'];

export const incrementalAllocationCompression: Rule = {
  codes: ['incremental-allocation-compression'],
  check(ctx, out: Finding[]) {
    if (!checkApplies(ctx, ID)) return;
    const at = incrementalAllocation(ctx);
    if (!at) return;
    const eff = ctx.effective.get('compression.type');
    const codec = eff ? javaTrim(eff.value) : 'none';
    if (!CODECS.includes(codec)) return;
    const comp = lastEntry(ctx, 'compression.type')?.entry;
    const fixes: Fix[] = [{ title: ctx.t('Set buffer.memory.allocation.strategy=full (keep compression)', 'buffer.memory.allocation.strategy=full로 변경(압축 유지)'), edits: [setValueEdit(at, 'full')], preferred: true }];
    if (comp && eff?.source === 'explicit') fixes.push({ title: ctx.t('Set compression.type=none', 'compression.type=none으로 변경'), edits: [setValueEdit(comp, 'none')] });
    out.push(
      finding(
        'incremental-allocation-compression',
        'error',
        ctx.t(
          `Use buffer.memory.allocation.strategy=full, or compression.type=none: the incremental allocation strategy does not support compression yet, so with compression.type=${codec} ${ctx.who} fails to construct the producer (ConfigException)${introduced(ctx, ID)}.`,
          `buffer.memory.allocation.strategy=full 또는 compression.type=none을 쓰세요: incremental 할당 전략은 아직 압축을 지원하지 않아서 compression.type=${codec}이면 ${ctx.who}에서 프로듀서 생성이 실패합니다(ConfigException)${introduced(ctx, ID)}.`,
        ),
        at.span,
        fixes,
        { ...relatedLines(ctx, at.span, [['compression.type', ctx.t(`compression.type=${codec} is set here`, `여기서 compression.type=${codec}을 설정합니다`)]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
};
