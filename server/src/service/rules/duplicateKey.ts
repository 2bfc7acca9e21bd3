// duplicate-key: Properties.load keeps only the last value of a key, so earlier lines are dead.
import type { Finding } from '../types';
import { clip, finding, removeLineEdit, UNNECESSARY, type Rule } from './context';

export const duplicateKey: Rule = {
  codes: ['duplicate-key'],
  check(ctx, out: Finding[]) {
    // In file order (keeps the final sort cheap on files with thousands of repeats).
    const entries = ctx.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const idx = ctx.byKey.get(e.key)!;
      const lastIndex = idx[idx.length - 1]!;
      if (lastIndex === i) continue;
      const last = entries[lastIndex]!;
      const same = e.value === last.value;
      out.push(
        finding(
          'duplicate-key',
          'warning',
          ctx.t(
            `Remove this line: '${clip(e.key)}' is set again on line ${last.line + 1}${same ? ' (to the same value)' : ''} and Java keeps only the last value, so this one has no effect.`,
            `이 줄을 지우세요: '${clip(e.key)}'가 ${last.line + 1}번 줄에서 다시 설정되고${same ? '(같은 값)' : ''} Java는 마지막 값만 쓰므로 이 줄은 효과가 없습니다.`,
          ),
          e.keySpan,
          [{ title: ctx.t('Remove this earlier line', '앞쪽 중복 줄 삭제'), edits: [removeLineEdit(ctx, e)], preferred: true, safe: same }],
          { tags: UNNECESSARY, data: { overriddenBy: last.line }, related: [{ span: last.span, message: ctx.t('the value Java keeps', 'Java가 쓰는 값') }] },
        ),
      );
    }
  },
};
