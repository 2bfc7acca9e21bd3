// deprecated-key: a key (or a partitioner class value) this version still honours but marks deprecated.
import type { Finding } from '../types';
import { DEPRECATED, finding, pluginWho, renameKeyEdit } from './context';
import { PLUGINS, versionAtLeast } from '#core';
import { defineRule } from './definition';

/** The keys that replace a plugin's deprecated key: the fix to rename is offered only while the new name is not set. */
const PLUGIN_REPLACEMENTS = [...new Set(PLUGINS.flatMap((p) => p.keys.flatMap((k) => (k.deprecated?.replacement ? [k.deprecated.replacement] : []))))];

export const deprecatedKey = defineRule({
  code: 'deprecated-key',
  defaultSeverity: 'hint',
  category: 'names',
  onKey: true,
  scope: { kind: 'file', reads: PLUGIN_REPLACEMENTS, plugins: true },
  example: { target: 'kafka-version=3.9', bad: 'partitioner.class=org.apache.kafka.clients.producer.UniformStickyPartitioner\n', good: 'partitioner.ignore.keys=true\n' },
  docs: {
    en: {
      summary: 'A key, or a partitioner class, that still works in this version but is deprecated.',
      what: 'Reports a key the target version marks deprecated, and a deprecated value such as the `DefaultPartitioner` or `UniformStickyPartitioner` class in `partitioner.class`.',
      why: 'It works today, but a later Kafka removes it and then ignores the line (or refuses the class); a deprecated partitioner class also logs a WARN at start-up.',
      fix: 'Use the replacement the message names (for the partitioner classes: leave `partitioner.class` unset, with `partitioner.ignore.keys=true` for the uniform sticky behaviour).',
    },
    ko: {
      summary: '이 버전에서 아직 동작하지만 deprecated인 키나 파티셔너 클래스.',
      what: '대상 버전이 deprecated로 표시한 키와, `partitioner.class`의 `DefaultPartitioner`·`UniformStickyPartitioner` 같은 deprecated 값을 찾습니다.',
      why: '지금은 동작하지만 이후 Kafka에서 제거되면 그 줄은 무시되거나(클래스는) 거부됩니다. deprecated 파티셔너 클래스는 시작할 때 WARN 로그도 남깁니다.',
      fix: '메시지가 알려 주는 대체 설정을 쓰세요(파티셔너 클래스라면 `partitioner.class`를 비워 두고, 균등 sticky 동작이 필요하면 `partitioner.ignore.keys=true`).',
    },
  },
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      const info = ctx.info(key);
      if (!info || (!info.deprecated && !info.deprecatedValues)) continue;
      for (const i of idx) {
        const e = ctx.entries[i]!;
        if (info.deprecated && info.plugin) {
          // a plugin's old key name (schema.registry.basic.auth.user.info): the plugin still reads it
          const repl = info.deprecated.replacement;
          const action = repl ? ctx.msg('rule.deprecated-key.useInsteadOf', { repl, key }) : ctx.msg('rule.deprecated-key.planToDrop', { key });
          const who = pluginWho(ctx, info);
          out.push(
            finding(
              'deprecated-key',
              'hint',
              ctx.msg('rule.deprecated-key.stillReadsTheOld', { action, who }),
              e.keySpan,
              repl && !ctx.byKey.has(repl) ? [{ title: ctx.msg('rule.deprecated-key.changeTo', { repl }), edits: [renameKeyEdit(e, repl)], preferred: true }] : [],
              { tags: DEPRECATED },
            ),
          );
        } else if (info.deprecated) {
          const repl = info.deprecated.replacement;
          out.push(
            finding(
              'deprecated-key',
              'hint',
              repl
                ? ctx.msg('rule.deprecated-key.insteadOfItIs', { key, repl, since: info.deprecated.since, ver: ctx.ver })
                : ctx.msg('rule.deprecated-key.planToDropIt', { key, since: info.deprecated.since, ver: ctx.ver }),
              e.keySpan,
              [],
              { tags: DEPRECATED },
            ),
          );
        }
        const v = e.value.trim();
        const dv = info.deprecatedValues?.find((d) => d.value === v);
        if (dv && versionAtLeast(ctx.target.version, dv.deprecatedSince) && !(dv.removedIn && versionAtLeast(ctx.target.version, dv.removedIn))) {
          out.push(
            finding(
              'deprecated-key',
              'hint',
              ctx.msg('rule.deprecated-key.deprecatedValue', {
                Replacement: dv.replacement[0]!.toUpperCase() + dv.replacement.slice(1),
                replacement: dv.replacement,
                value: v.split('.').pop()!,
                since: dv.deprecatedSince,
                removed: dv.removedIn ?? ctx.msg('rule.deprecated-key.aLaterVersion'),
              }),
              e.valueSpan,
              [],
              { tags: DEPRECATED },
            ),
          );
        }
      }
    }
  },
});
