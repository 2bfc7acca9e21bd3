// partitioner-settings-ignored: partitioner.ignore.keys / adaptive partitioning settings only apply to
// the built-in partitioner (3.3+); with a partitioner.class set they do nothing.
import { versionAtLeast } from '#core';
import type { Finding } from '../types';
import { finding, type Rule } from './context';

// partitioner.rack.aware (4.4) too; it still needs a client.rack with a custom class (rack-aware-without-client-rack)
const KEYS = ['partitioner.ignore.keys', 'partitioner.adaptive.partitioning.enable', 'partitioner.availability.timeout.ms', 'partitioner.rack.aware'];

export const partitionerIgnored: Rule = {
  codes: ['partitioner-settings-ignored'],
  check(ctx, out: Finding[]) {
    if (!versionAtLeast(ctx.target.version, '3.3')) return;
    const cls = ctx.byKey.get('partitioner.class');
    if (!cls) return;
    const value = ctx.entries[cls[cls.length - 1]!]!.value.trim();
    if (value === '') return;
    for (const key of KEYS) {
      for (const i of ctx.byKey.get(key) ?? []) {
        const e = ctx.entries[i]!;
        out.push(
          finding(
            'partitioner-settings-ignored',
            'hint',
            ctx.t(`Remove ${key}, or unset partitioner.class: it applies only to the built-in partitioner, so with partitioner.class set it has no effect.`, `${key}를 지우거나 partitioner.class를 빼세요: 내장 파티셔너에만 적용되므로 partitioner.class를 지정하면 효과가 없습니다.`),
            e.keySpan,
            [],
            { tags: ['unnecessary'] },
          ),
        );
      }
    }
  },
};
