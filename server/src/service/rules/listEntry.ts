// list-entry: an empty entry in a list Kafka reads item by item (`a,,b`, a trailing comma): what it does
// depends on the key and the version (the catalog's EMPTY_LIST_ITEMS, with where each fact was read):
// skipped without a word (bootstrap.servers, config.providers before 4.2: a hint to tidy up), a class
// named "" that cannot be found (interceptor.classes, metric.reporters before 4.2), or refused by
// ConfigDef.ValidList from 4.2 (KIP-1161).
import { atVersion } from '../../../../schemas/catalog/index';
import { EMPTY_LIST_ITEMS, listItems, type EmptyItemFact } from '../../../../schemas/catalog/lists';
import type { KafkaVersion } from '../../../../schemas/catalog/model';
import type { Finding, Fix } from '../types';
import { finding, literalIssue, type Rule } from './context';

function factAt(facts: readonly EmptyItemFact[], version: KafkaVersion): EmptyItemFact | undefined {
  return atVersion(Object.fromEntries(facts.map((f) => [f.from, f])) as Partial<Record<KafkaVersion, EmptyItemFact>>, version);
}

export const listEntry: Rule = {
  codes: ['list-entry'],
  check(ctx, out: Finding[]) {
    for (const [key, facts] of Object.entries(EMPTY_LIST_ITEMS)) {
      const idx = ctx.byKey.get(key);
      const fact = factAt(facts, ctx.target.version);
      if (!idx || !fact || ctx.orig.overwritten.has(key)) continue;
      for (const i of idx) {
        if (literalIssue(ctx, i)) continue;
        // where the key's own catalog validator refuses empty items (KIP-1161's ValidList), invalid-value reports it
        const own = ctx.check(i);
        if (own && !own.ok && own.kind === 'empty') continue;
        const e = ctx.entries[i]!;
        const items = listItems(e.value);
        // a value that is empty as a whole is not an empty entry (that is the value's own matter)
        if (items.length < 2) continue;
        const empty = items.filter((it) => it.text === '');
        if (empty.length === 0) continue;
        const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
        const exact = raw === e.value;
        // each run of empty entries goes with the comma (and spaces) before it; a leading run with the comma after it
        const base = e.valueSpan.start;
        const edits: { span: { start: number; end: number }; newText: string }[] = [];
        for (let k = 0; k < items.length; k++) {
          if (items[k]!.text !== '') continue;
          let j = k;
          while (j + 1 < items.length && items[j + 1]!.text === '') j++;
          if (k > 0) edits.push({ span: { start: base + items[k - 1]!.end, end: base + items[j]!.end }, newText: '' });
          else if (j + 1 < items.length) edits.push({ span: { start: base + items[0]!.start, end: base + items[j + 1]!.start }, newText: '' });
          k = j;
        }
        const fixes: Fix[] = exact && items.some((it) => it.text !== '')
          ? [{ title: ctx.t('Remove the empty entry', '빈 항목 제거'), edits, preferred: true, safe: true }]
          : [];
        const at = exact ? { start: e.valueSpan.start + empty[0]!.start - (empty[0]!.start > 0 ? 1 : 0), end: e.valueSpan.start + empty[0]!.end + 1 } : e.valueSpan;
        const span = { start: at.start, end: Math.min(at.end, e.valueSpan.end) };
        const exc = fact.exception?.replace('<key>', key);
        const message = fact.outcome === 'skipped'
          ? ctx.t(`Remove the stray comma in ${key}: ${ctx.who} skips the empty entry.`, `${key}의 남는 쉼표를 지우세요: ${ctx.who}는 빈 항목을 건너뜁니다.`)
          : ctx.t(`Remove the empty entry in ${key} (a doubled or trailing comma): ${ctx.who} refuses it and the producer does not start (${exc}).`, `${key}의 빈 항목(겹치거나 끝에 남은 쉼표)을 지우세요: ${ctx.who}가 거부해서 프로듀서가 시작하지 않습니다(${exc}).`);
        out.push(finding('list-entry', fact.outcome === 'skipped' ? 'hint' : 'error', message, span.end > span.start ? span : e.keySpan, fixes, { data: { outcome: fact.outcome, source: fact.source.where } }));
      }
    }
  },
};
