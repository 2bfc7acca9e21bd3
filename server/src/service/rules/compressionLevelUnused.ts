// compression-level-unused: compression.<codec>.level (3.8+) only applies to that codec. It is still
// validated, but has no effect when another codec is selected.
import type { Finding } from '../types';
import { finding, type Rule } from './context';

export const compressionLevelUnused: Rule = {
  codes: ['compression-level-unused'],
  check(ctx, out: Finding[]) {
    const codec = ctx.effective.get('compression.type')?.value.trim();
    for (const c of ['gzip', 'lz4', 'zstd']) {
      const key = `compression.${c}.level`;
      const idx = ctx.byKey.get(key);
      if (!idx || !ctx.info(key) || codec === c) continue;
      const e = ctx.entries[idx[idx.length - 1]!]!;
      out.push(
        finding(
          'compression-level-unused',
          'hint',
          ctx.t(`${key} has no effect: compression.type is ${codec ?? 'none'}${ctx.target.client === 'console-producer' ? ' (set by kafka-console-producer)' : ''}, not ${c}. It is still validated.`, `${key}는 효과가 없습니다: compression.type이 ${c}가 아니라 ${codec ?? 'none'}입니다. 값 검증은 여전히 합니다.`),
          e.keySpan,
          [],
          { tags: ['unnecessary'] },
        ),
      );
    }
  },
};
