// compression-level-unused: compression.<codec>.level (3.8+) only applies to that codec. It is still
// validated, but has no effect when another codec is selected.
import type { Finding } from '../types';
import { finding } from './context';
import { defineRule } from './definition';

export const compressionLevelUnused = defineRule({
  code: 'compression-level-unused',
  defaultSeverity: 'hint',
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: ['compression.type', 'compression.gzip.level', 'compression.lz4.level', 'compression.zstd.level'] },
  appliesTo: { since: '3.8' },
  example: { bad: 'compression.type=lz4\ncompression.zstd.level=10\n', good: 'compression.type=zstd\ncompression.zstd.level=10\n' },
  docs: {
    en: {
      summary: 'A compression level for a codec that compression.type does not select.',
      what: 'From Kafka 3.8, reports `compression.gzip.level`, `compression.lz4.level` or `compression.zstd.level` when `compression.type` is another codec (or none).',
      why: 'Each level applies only to its own codec. The value is still validated, but it changes nothing, which usually means compression.type or the level line is not what was meant.',
      fix: 'Select the codec the level is for in `compression.type`, or remove the level line.',
    },
    ko: {
      summary: 'compression.type이 고르지 않은 코덱의 압축 레벨.',
      what: 'Kafka 3.8부터 `compression.type`이 다른 코덱(또는 none)인데 `compression.gzip.level`, `compression.lz4.level`, `compression.zstd.level`을 쓴 줄을 찾습니다.',
      why: '레벨은 그 코덱에만 적용됩니다. 값 검증은 여전히 하지만 아무것도 바꾸지 않으므로, 보통 compression.type이나 레벨 줄이 의도와 다르다는 뜻입니다.',
      fix: '`compression.type`에서 그 레벨의 코덱을 고르거나 레벨 줄을 지우세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const codec = ctx.effective.get('compression.type')?.value.trim();
    for (const c of ['gzip', 'lz4', 'zstd']) {
      const key = `compression.${c}.level`;
      const idx = ctx.byKey.get(key);
      if (!idx || !ctx.info(key) || codec === c) continue;
      const e = ctx.entries[idx[idx.length - 1]!]!;
      const codecName = codec ?? 'none';
      out.push(
        finding(
          'compression-level-unused',
          'hint',
          ctx.target.client === 'console-producer'
            ? ctx.msg('rule.compression-level-unused.removeOrSetCodecConsole', { key, c, codecName })
            : ctx.msg('rule.compression-level-unused.removeOrSetCodec', { key, c, codecName }),
          e.keySpan,
          [],
          { tags: ['unnecessary'] },
        ),
      );
    }
  },
});
