// buffer-smaller-than-batch: buffer.memory must exceed batch.size (the seed note's "buffer.memory > batch.size").
import { parseIntStrict } from '../producer';
import type { Finding } from '../types';
import { finding, lastEntry, relatedLines, type Rule } from './context';

export const bufferSmallerThanBatch: Rule = {
  codes: ['buffer-smaller-than-batch'],
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
        ctx.t(
          `Make buffer.memory (${buffer}) larger than batch.size (${batch}): one batch would fill the whole buffer, so send() blocks for up to max.block.ms and records larger than buffer.memory fail.`,
          `buffer.memory(${buffer})를 batch.size(${batch})보다 크게 하세요: 배치 하나가 버퍼 전체를 차지해 send()가 max.block.ms까지 막히고 buffer.memory보다 큰 레코드는 실패합니다.`,
        ),
        at.keySpan,
        [],
        relatedLines(ctx, at.span, [['batch.size', ctx.t('batch.size is set here', '여기서 batch.size를 설정합니다')], ['buffer.memory', ctx.t('buffer.memory is set here', '여기서 buffer.memory를 설정합니다')]]),
      ),
    );
  },
};
