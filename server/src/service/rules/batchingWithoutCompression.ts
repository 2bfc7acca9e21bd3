// batching-without-compression: batching tuned up but compression.type is none. Compression works per
// batch, so it is where bigger batches pay off most (the seed note: batching + compression together).
import { parseIntStrict } from '../producer';
import type { Finding, Fix } from '../types';
import { finding, insertLineEdit, lastEntry, type Rule } from './context';

export const batchingWithoutCompression: Rule = {
  codes: ['batching-without-compression'],
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
    const fixes: Fix[] = console || lastEntry(ctx, 'compression.type') ? [] : [{ title: ctx.t('Add compression.type=lz4', 'compression.type=lz4 추가'), edits: [insertLineEdit(ctx, 'compression.type=lz4', at)] }];
    out.push(
      finding(
        'batching-without-compression',
        'hint',
        ctx.t(
          `Consider compression.type=lz4 or zstd${console ? ' (kafka-console-producer: --compression-codec)' : ''}: batching is tuned but compression is none, and compression works on whole batches, so it usually cuts network and disk use a lot.`,
          `compression.type=lz4나 zstd를 고려하세요${console ? '(kafka-console-producer는 --compression-codec)' : ''}: 배치를 조정했지만 압축이 none이고, 압축은 배치 단위라 네트워크·디스크 사용량을 크게 줄일 수 있습니다.`,
        ),
        at.keySpan,
        fixes,
      ),
    );
  },
};
