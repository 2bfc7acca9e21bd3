// duplicate-key: Properties.load keeps only the last value of a key, so earlier lines are dead.
import type { Finding } from '../types';
import { clip, finding, removeLineEdit, UNNECESSARY } from './context';
import { defineRule } from './definition';

export const duplicateKey = defineRule({
  code: 'duplicate-key',
  defaultSeverity: 'warning',
  category: 'file',
  onKey: false,
  scope: { kind: 'file', reads: 'all' },
  example: { bad: 'acks=1\nacks=all\n', good: 'acks=all\n' },
  docs: {
    en: {
      summary: 'A key set again further down: only the last value counts.',
      what: 'Reports every line of a key that the file sets again later, and points to the line whose value wins.',
      why: 'java.util.Properties keeps only the last value of a key, silently. The earlier line looks like configuration but has no effect, and whoever edits it changes nothing.',
      fix: 'Remove the earlier line (the quick fix; `kpc fix` removes it when both values are the same), keeping the value you mean on the last one.',
    },
    ko: {
      summary: '아래에서 다시 설정되는 키: 마지막 값만 유효합니다.',
      what: '파일에서 뒤에 다시 설정되는 키의 앞쪽 줄을 모두 찾고, 실제로 쓰이는 줄을 알려 줍니다.',
      why: 'java.util.Properties는 아무 말 없이 키의 마지막 값만 남깁니다. 앞쪽 줄은 설정처럼 보이지만 효과가 없어서, 그 줄을 고쳐도 아무것도 바뀌지 않습니다.',
      fix: '앞쪽 줄을 지우고(빠른 수정. 두 값이 같으면 `kpc fix`가 지웁니다) 원하는 값은 마지막 줄에 두세요.',
    },
  },
  check(ctx, out: Finding[]) {
    // In file order (keeps the final sort cheap on files with thousands of repeats).
    const entries = ctx.entries;
    if (ctx.byKey.size === entries.length) return; // every key once
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const idx = ctx.byKey.get(e.key)!;
      const lastIndex = idx[idx.length - 1]!;
      if (lastIndex === i) continue;
      const last = entries[lastIndex]!;
      const same = e.value === last.value;
      const key = clip(e.key);
      const line = last.line + 1;
      const sameValue = same ? ctx.msg('rule.duplicate-key.toTheSameValue') : '';
      out.push(
        finding(
          'duplicate-key',
          'warning',
          ctx.msg('rule.duplicate-key.removeThisLineIs', { key, line, sameValue }),
          e.keySpan,
          [{ title: ctx.msg('rule.duplicate-key.removeThisEarlierLine'), edits: [removeLineEdit(ctx, e)], preferred: true, safe: same }],
          { tags: UNNECESSARY, data: { overriddenBy: last.line }, related: [{ span: last.span, message: ctx.msg('rule.duplicate-key.theValueJavaKeeps') }] },
        ),
      );
    }
  },
});
