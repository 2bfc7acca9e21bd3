// list-entry: an empty entry in a list Kafka reads item by item (`a,,b`, a trailing comma), in the versions
// where the key's validator lets it through (the catalog's EMPTY_LIST_ITEMS, with where each fact was read):
// skipped without a word (bootstrap.servers, config.providers: a hint to tidy up), or a class named "" that
// cannot be found (interceptor.classes, metric.reporters). Where the key carries ConfigDef.ValidList (4.2+,
// KIP-1161: `noEmptyItems` in the facts), invalid-value reports the empty entry, with the same fix.
import { EMPTY_LIST_ITEMS, listItems } from '#core';
import type { Finding } from '../types';
import { emptyItemFix, emptyItemSpan, finding, literalIssue, type Rule } from './context';

export const listEntry: Rule = {
  codes: ['list-entry'],
  check(ctx, out: Finding[]) {
    for (const [key, fact] of Object.entries(EMPTY_LIST_ITEMS)) {
      const idx = ctx.byKey.get(key);
      if (!idx || ctx.orig.overwritten.has(key)) continue;
      const rule = ctx.info(key)?.rule;
      if (rule?.kind === 'list' && rule.noEmptyItems) continue; // the validator refuses it: invalid-value
      for (const i of idx) {
        if (literalIssue(ctx, i)) continue;
        const e = ctx.entries[i]!;
        const items = listItems(e.value);
        // a value that is empty as a whole is not an empty entry (that is the value's own matter)
        if (items.length < 2) continue;
        if (!items.some((it) => it.text === '')) continue;
        const fix = emptyItemFix(ctx, i);
        const exc = fact.exception?.replace('<key>', key);
        const message = fact.outcome === 'skipped'
          ? ctx.t(`Remove the stray comma in ${key}: ${ctx.who} skips the empty entry.`, `${key}의 남는 쉼표를 지우세요: ${ctx.who}는 빈 항목을 건너뜁니다.`)
          : ctx.t(`Remove the empty entry in ${key} (a doubled or trailing comma): ${ctx.who} looks for a class with an empty name and the producer does not start (${exc}).`, `${key}의 빈 항목(겹치거나 끝에 남은 쉼표)을 지우세요: ${ctx.who}가 이름이 빈 클래스를 찾다가 실패해서 프로듀서가 시작하지 않습니다(${exc}).`);
        out.push(finding('list-entry', fact.outcome === 'skipped' ? 'hint' : 'error', message, emptyItemSpan(ctx, i), fix ? [fix] : [], { data: { outcome: fact.outcome } }));
      }
    }
  },
};
