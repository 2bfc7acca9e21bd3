// deprecated-key: a key (or a partitioner class value) this version still honours but marks deprecated.
import type { Finding } from '../types';
import { DEPRECATED, finding, type Rule } from './context';
import { versionAtLeast } from '#core';

export const deprecatedKey: Rule = {
  codes: ['deprecated-key'],
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      const info = ctx.info(key);
      if (!info || (!info.deprecated && !info.deprecatedValues)) continue;
      for (const i of idx) {
        const e = ctx.entries[i]!;
        if (info.deprecated) {
          const repl = info.deprecated.replacement;
          out.push(
            finding(
              'deprecated-key',
              'hint',
              ctx.t(
                `'${key}' is deprecated since Kafka ${info.deprecated.since}; it still works in ${ctx.ver}${repl ? `. Instead: ${repl}` : ''}.`,
                `'${key}'는 Kafka ${info.deprecated.since}부터 deprecated입니다. ${ctx.ver}에서는 아직 동작합니다${repl ? `. 대신: ${repl}` : ''}.`,
              ),
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
              ctx.t(
                `${v.split('.').pop()} is deprecated since Kafka ${dv.deprecatedSince} (a WARN is logged; it is removed in ${dv.removedIn ?? 'a later version'}). ${dv.replacement}.`,
                `${v.split('.').pop()}는 Kafka ${dv.deprecatedSince}부터 deprecated입니다(WARN 로그, ${dv.removedIn ?? '이후 버전'}에서 제거). ${dv.replacement}.`,
              ),
              e.valueSpan,
              [],
              { tags: DEPRECATED },
            ),
          );
        }
      }
    }
  },
};
