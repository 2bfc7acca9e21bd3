// duplicate-key: Properties.load keeps only the last value of a key, so earlier lines are dead.
import type { Finding } from '../types';
import { finding, removeLineEdit, type Rule } from './context';

export const duplicateKey: Rule = {
  codes: ['duplicate-key'],
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      if (idx.length < 2) continue;
      const last = ctx.entries[idx[idx.length - 1]!]!;
      for (let n = 0; n < idx.length - 1; n++) {
        const e = ctx.entries[idx[n]!]!;
        const same = e.value === last.value;
        out.push(
          finding(
            'duplicate-key',
            'warning',
            ctx.t(
              `'${key}' is set again on line ${last.line + 1}; Java keeps only the last value, so this line has no effect${same ? ' (same value)' : ''}.`,
              `'${key}'가 ${last.line + 1}번 줄에서 다시 설정됩니다. Java는 마지막 값만 쓰므로 이 줄은 효과가 없습니다${same ? '(같은 값)' : ''}.`,
            ),
            e.keySpan,
            [{ title: ctx.t('Remove this earlier line', '앞쪽 중복 줄 삭제'), edits: [removeLineEdit(ctx, e)], preferred: true, safe: same }],
            { tags: ['unnecessary'], data: { overriddenBy: last.line } },
          ),
        );
      }
    }
  },
};
