// spring-unknown-property: a name under spring.kafka.* that binds to nothing (`batch-sise`), so Boot
// ignores it and the setting keeps its default; or an indexed / nested name under a scalar property.
import type { Fix } from '../../types';
import { typedProperties } from '../../../../../schemas/spring/index';
import { defineSpringRule, type SpringRule } from './context';

const uniform = (s: string): string => s.toLowerCase().replace(/[^a-z0-9.]/g, '');

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const PREFIX: Record<string, string> = { common: 'spring.kafka.', producer: 'spring.kafka.producer.', admin: 'spring.kafka.admin.', template: 'spring.kafka.template.', jaas: 'spring.kafka.jaas.' };

export const springUnknownPropertyRule = defineSpringRule({
  code: 'spring-unknown-property',
  defaultSeverity: 'warning',
  example: {
    file: 'application.properties',
    bad: 'spring.kafka.producer.batch-sise=32KB\n',
    good: 'spring.kafka.producer.batch-size=32KB\n',
  },
  docs: {
    en: {
      summary: 'A spring.kafka.* name that binds to nothing: Boot ignores it.',
      what: "Reports a name under `spring.kafka.*` that is not a Spring Boot Kafka property of the file's Boot release (a typo such as `batch-sise`, or a property of another release), and an indexed or nested name under a property that takes a single value. A close name is offered when there is one.",
      why: 'Boot binds only the properties it knows and drops the rest without a word, so the setting you meant keeps its default.',
      fix: 'Correct the name (the quick fix offers the nearest property), or put a Kafka key Boot has no property for under `spring.kafka.producer.properties.*`.',
    },
    ko: {
      summary: '어떤 속성에도 바인딩되지 않는 spring.kafka.* 이름: Boot가 무시합니다.',
      what: '파일의 Boot 릴리스에 없는 `spring.kafka.*` 이름(`batch-sise` 같은 오타, 다른 릴리스의 속성)과, 값 하나만 받는 속성 아래의 인덱스나 하위 이름을 보고합니다. 가까운 이름이 있으면 제안합니다.',
      why: 'Boot는 아는 속성만 바인딩하고 나머지는 아무 말 없이 버리므로, 의도한 설정은 기본값 그대로 남습니다.',
      fix: '이름을 고치거나(빠른 수정이 가장 가까운 속성을 제안합니다), Boot에 속성이 없는 Kafka 키는 `spring.kafka.producer.properties.*` 아래에 쓰세요.',
    },
  },
});

export const unknownProperty: SpringRule = {
  codes: [springUnknownPropertyRule.code],
  check(ctx, out) {
    const props = typedProperties(ctx.file.target);
    for (const u of ctx.file.binding.unbound) {
      const e = u.origin.entry;
      const name = e.name;
      if (u.reason === 'below-scalar') {
        out.push({ code: 'spring-unknown-property', severity: 'warning', span: e.keySpan, fixes: [], message: ctx.msg('rule.spring-unknown-property.writeASingleValue', { name }) });
        continue;
      }
      // the typed names of the same parent, closest first
      const parent = name.slice(0, name.length - u.relative.length);
      const rel = uniform(u.relative);
      const candidates = props
        .filter((p) => p.conversion.kind !== 'map' && p.name.startsWith(PREFIX[p.level] ?? '') && uniform(p.name).startsWith(uniform(parent)))
        .map((p) => ({ p, rest: p.name.slice(parent.length), d: distance(rel, uniform(p.name.slice(parent.length))) }))
        .filter((c) => c.d <= 2 && c.rest.length > 0)
        .sort((a, b) => a.d - b.d);
      const best = candidates[0];
      const fixes: Fix[] = [];
      const written = ctx.src.text.slice(e.keySpan.start, e.keySpan.end);
      if (best && written.endsWith(u.relative) && !u.relative.includes('.') === !best.rest.includes('.')) {
        fixes.push({ title: ctx.msg('rule.spring-unknown-property.changeTo', { rest: best.rest }), edits: [{ span: { start: e.keySpan.end - u.relative.length, end: e.keySpan.end }, newText: best.rest }], preferred: true, safe: candidates.length === 1 || candidates[1]!.d > best.d });
      }
      const lead = best ? ctx.msg('rule.spring-unknown-property.didYouMean', { name: best.p.name }) : ctx.msg('rule.spring-unknown-property.checkTheName', { name });
      out.push({
        code: 'spring-unknown-property',
        severity: 'warning',
        span: e.keySpan,
        fixes,
        message: ctx.msg('rule.spring-unknown-property.isNotASpring', { lead, value: best ? '' : ':', name, boot: ctx.boot }),
        data: { springName: name, ...(best ? { suggestion: best.p.name } : {}) },
      });
    }
  },
};
