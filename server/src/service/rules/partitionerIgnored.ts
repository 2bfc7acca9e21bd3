// partitioner-settings-ignored: partitioner.ignore.keys / adaptive partitioning settings only apply to
// the built-in partitioner (3.3+); with a partitioner.class set they do nothing.
import type { Finding } from '../types';
import { finding } from './context';
import { defineRule } from './definition';

// partitioner.rack.aware (4.4) too; it still needs a client.rack with a custom class (rack-aware-without-client-rack)
const PARTITIONER_KEYS = ['partitioner.ignore.keys', 'partitioner.adaptive.partitioning.enable', 'partitioner.availability.timeout.ms', 'partitioner.rack.aware'];

export const partitionerIgnored = defineRule({
  code: 'partitioner-settings-ignored',
  defaultSeverity: 'hint',
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: ['partitioner.class', ...PARTITIONER_KEYS] },
  appliesTo: { since: '3.3' },
  example: { bad: 'partitioner.class=com.example.RegionPartitioner\npartitioner.ignore.keys=true\n', good: 'partitioner.class=com.example.RegionPartitioner\n' },
  docs: {
    en: {
      summary: 'Built-in partitioner settings next to a custom partitioner.class.',
      what: 'From Kafka 3.3, reports `partitioner.ignore.keys`, `partitioner.adaptive.partitioning.enable`, `partitioner.availability.timeout.ms` and `partitioner.rack.aware` when `partitioner.class` names a partitioner.',
      why: 'These keys configure the built-in partitioner only; a custom partitioner.class replaces it, so they do nothing (partitioner.rack.aware still needs a client.rack from 4.4).',
      fix: 'Remove the settings, or remove `partitioner.class` to use the built-in partitioner they configure.',
    },
    ko: {
      summary: '사용자 정의 partitioner.class와 함께 쓴 내장 파티셔너 설정.',
      what: 'Kafka 3.3부터 `partitioner.class`로 파티셔너를 지정했는데 `partitioner.ignore.keys`, `partitioner.adaptive.partitioning.enable`, `partitioner.availability.timeout.ms`, `partitioner.rack.aware`를 쓴 줄을 찾습니다.',
      why: '이 키들은 내장 파티셔너만 설정합니다. partitioner.class가 내장 파티셔너를 대신하므로 아무 일도 하지 않습니다(partitioner.rack.aware는 4.4부터 여전히 client.rack이 필요).',
      fix: '그 설정을 지우거나, 그 설정이 적용되는 내장 파티셔너를 쓰려면 `partitioner.class`를 지우세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const cls = ctx.byKey.get('partitioner.class');
    if (!cls) return;
    const value = ctx.entries[cls[cls.length - 1]!]!.value.trim();
    if (value === '') return;
    for (const key of PARTITIONER_KEYS) {
      for (const i of ctx.byKey.get(key) ?? []) {
        const e = ctx.entries[i]!;
        out.push(
          finding(
            'partitioner-settings-ignored',
            'hint',
            ctx.msg('rule.partitioner-settings-ignored.removeOrUnsetPartitioner', { key }),
            e.keySpan,
            [],
            { tags: ['unnecessary'] },
          ),
        );
      }
    }
  },
});
