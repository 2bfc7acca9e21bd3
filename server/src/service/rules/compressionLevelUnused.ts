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
          ctx.t(`Remove ${key}, or set compression.type=${c}: compression.type is ${codec ?? 'none'}${ctx.target.client === 'console-producer' ? ' (set by kafka-console-producer)' : ''}, so the level has no effect (it is still validated).`, `${key}를 지우거나 compression.type=${c}로 두세요: compression.type이 ${codec ?? 'none'}이라 이 레벨은 효과가 없습니다(값 검증은 함).`),
          e.keySpan,
          [],
          { tags: ['unnecessary'] },
        ),
      );
    }
  },
};
