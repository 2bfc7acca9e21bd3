// removed-key: a key an older Kafka knew but this version dropped. Kafka treats it like any unknown
// key: ignored, only logged as unused.
import { findKeyInAnyVersion, versionAtLeast } from '#core';
import type { Finding } from '../types';
import { finding, removeLineEdit } from './context';
import { defineRule } from './definition';

export const removedKey = defineRule({
  code: 'removed-key',
  defaultSeverity: 'warning',
  category: 'names',
  onKey: true,
  scope: { kind: 'entry' },
  example: { target: 'kafka-version=4.0', bad: 'auto.include.jmx.reporter=false\n', good: 'metric.reporters=\n' },
  docs: {
    en: {
      summary: 'A key an older Kafka had and this version removed; Kafka ignores the line.',
      what: 'Reports a key that earlier Kafka versions defined and the target version no longer does, with what replaced it where there is something.',
      why: 'A removed key is treated like any unknown key: ignored and only logged as unused. The behaviour it used to switch is gone or now comes from another key, so the line no longer does what it says.',
      fix: 'Remove the line (the quick fix), and set the replacement the message names if you still want the behaviour.',
    },
    ko: {
      summary: '예전 Kafka에는 있었지만 이 버전에서 제거된 키: Kafka가 줄을 무시합니다.',
      what: '이전 Kafka 버전에는 있었으나 대상 버전에는 없는 키를 찾고, 대체하는 설정이 있으면 알려 줍니다.',
      why: '제거된 키는 모르는 키와 똑같이 무시되고 미사용 키로 로그에만 남습니다. 예전에 켜고 끄던 동작은 없어졌거나 다른 키로 옮겨 갔으므로 그 줄은 적힌 대로 동작하지 않습니다.',
      fix: '줄을 지우고(빠른 수정), 그 동작이 여전히 필요하면 메시지가 알려 주는 대체 설정을 쓰세요.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      if (ctx.info(key) || ctx.isAllowed(key)) continue;
      const any = findKeyInAnyVersion(key);
      if (!any || any.versions.length === 0 || versionAtLeast(any.versions[0]!, ctx.target.version)) continue;
      const last = any.versions[any.versions.length - 1]!;
      const repl = any.info.deprecated?.replacement;
      for (const i of idx) {
        const e = ctx.entries[i]!;
        out.push(
          finding(
            'removed-key',
            'warning',
            repl
              ? ctx.msg('rule.removed-key.insteadOfTheKey', { key, repl, last, who: ctx.who })
              : ctx.msg('rule.removed-key.removeItWasRemoved', { key, last, who: ctx.who }),
            e.keySpan,
            [{ title: ctx.msg('rule.shared.removeLine', { key }), edits: [removeLineEdit(ctx, e)] }],
            { tags: ['unnecessary'], data: { lastVersion: last } },
          ),
        );
      }
    }
  },
});
