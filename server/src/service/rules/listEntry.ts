// list-entry: an empty entry in a list Kafka reads item by item (`a,,b`, a trailing comma), in the versions
// where the key's validator lets it through (the catalog's EMPTY_LIST_ITEMS, with where each fact was read):
// skipped without a word (bootstrap.servers, config.providers: a hint to tidy up), or a class named "" that
// cannot be found (interceptor.classes, metric.reporters). Where the key carries ConfigDef.ValidList (4.2+,
// KIP-1161: `noEmptyItems` in the facts), invalid-value reports the empty entry, with the same fix.
import { EMPTY_LIST_ITEMS, listItems } from '#core';
import type { Finding } from '../types';
import { emptyItemFix, emptyItemSpan, finding, literalIssue } from './context';
import { defineRule } from './definition';

const LIST_KEYS = Object.keys(EMPTY_LIST_ITEMS);

export const listEntry = defineRule({
  code: 'list-entry',
  defaultSeverity: 'hint',
  severities: ['hint', 'error'],
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: LIST_KEYS, plugins: true },
  example: { target: 'kafka-version=3.9', bad: 'bootstrap.servers=broker1:9092,,broker2:9092\n', good: 'bootstrap.servers=broker1:9092,broker2:9092\n' },
  docs: {
    en: {
      summary: "An empty entry in a list Kafka reads item by item (`a,,b`, a trailing comma).",
      what: "Reports an empty entry in `bootstrap.servers`, `config.providers`, `interceptor.classes` or `metric.reporters`, in the versions whose validator lets it through. From 4.2 (KIP-1161) Kafka refuses empty entries and `invalid-value` reports them instead.",
      why: "In `bootstrap.servers` and `config.providers` Kafka skips the empty entry without a word (a typo hides there); in `interceptor.classes` and `metric.reporters` it looks for a class named \"\" and the producer does not start.",
      fix: "Remove the empty entry (the quick fix); if a value was meant to stand between the commas, write it in.",
    },
    ko: {
      summary: "Kafka가 항목별로 읽는 목록 안의 빈 항목(`a,,b`, 끝의 쉼표).",
      what: "검증기가 빈 항목을 통과시키는 버전에서 `bootstrap.servers`, `config.providers`, `interceptor.classes`, `metric.reporters`의 빈 항목을 찾습니다. 4.2(KIP-1161)부터는 Kafka가 빈 항목을 거부하므로 `invalid-value`가 대신 알립니다.",
      why: "`bootstrap.servers`와 `config.providers`에서는 Kafka가 빈 항목을 말없이 건너뜁니다(오타가 숨어 있을 수 있음). `interceptor.classes`와 `metric.reporters`에서는 이름이 \"\"인 클래스를 찾다가 프로듀서가 시작하지 않습니다.",
      fix: "빈 항목을 지우세요(빠른 수정). 쉼표 사이에 들어가야 할 값이 있었다면 채워 넣으세요.",
    },
  },
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
          ? ctx.msg('rule.list-entry.removeTheStrayComma', { key, who: ctx.who })
          : ctx.msg('rule.list-entry.removeTheEmptyEntry', { key, who: ctx.who, exc: exc ?? '' });
        out.push(finding('list-entry', fact.outcome === 'skipped' ? 'hint' : 'error', message, emptyItemSpan(ctx, i), fix ? [fix] : [], { data: { outcome: fact.outcome } }));
      }
    }
  },
});
