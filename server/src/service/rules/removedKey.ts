// removed-key: a key an older Kafka knew but this version dropped. Kafka treats it like any unknown
// key: ignored, only logged as unused.
import { findKeyInAnyVersion, versionAtLeast } from '#core';
import type { Finding } from '../types';
import { finding, removeLineEdit, type Rule } from './context';

export const removedKey: Rule = {
  codes: ['removed-key'],
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
              ? ctx.t(
                `Instead of '${key}', ${repl}: the key was removed after Kafka ${last}, so ${ctx.who} ignores it.`,
                `'${key}' 대신 ${repl}: 이 키는 Kafka ${last} 이후 제거되어 ${ctx.who}가 무시합니다.`,
              )
              : ctx.t(
                `Remove '${key}': it was removed after Kafka ${last}, so ${ctx.who} ignores it.`,
                `'${key}'를 지우세요: Kafka ${last} 이후 제거되어 ${ctx.who}가 무시합니다.`,
              ),
            e.keySpan,
            [{ title: ctx.t(`Remove '${key}'`, `'${key}' 줄 삭제`), edits: [removeLineEdit(ctx, e)] }],
            { tags: ['unnecessary'], data: { lastVersion: last } },
          ),
        );
      }
    }
  },
};
