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
          `Batching is tuned but compression.type is none${console ? ' (kafka-console-producer: set it with --compression-codec)' : ''}: compression works on whole batches, so lz4 or zstd usually cuts network and disk use a lot.`,
          `배치를 조정했지만 compression.type이 none입니다${console ? '(kafka-console-producer는 --compression-codec으로 지정)' : ''}: 압축은 배치 단위라 lz4나 zstd로 네트워크·디스크 사용량을 크게 줄일 수 있습니다.`,
        ),
        at.keySpan,
        fixes,
      ),
    );
  },
};
