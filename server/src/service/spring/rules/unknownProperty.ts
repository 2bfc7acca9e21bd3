// spring-unknown-property: a name under spring.kafka.* that binds to nothing (`batch-sise`), so Boot
// ignores it and the setting keeps its default; or an indexed / nested name under a scalar property.
import type { Fix } from '../../types';
import { typedProperties } from '../../../../../schemas/spring/index';
import type { SpringRule } from './context';

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

export const unknownProperty: SpringRule = {
  codes: ['spring-unknown-property'],
  check(ctx, out) {
    const props = typedProperties(ctx.file.target);
    for (const u of ctx.file.binding.unbound) {
      const e = u.origin.entry;
      const name = e.name;
      if (u.reason === 'below-scalar') {
        out.push({ code: 'spring-unknown-property', severity: 'warning', span: e.keySpan, fixes: [], message: ctx.t(`Write a single value: Boot binds one value to this property, so '${name}' is ignored.`, `값 하나로 쓰세요: 이 속성에는 값 하나만 바인딩되므로 '${name}'은(는) 무시됩니다.`) });
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
        fixes.push({ title: ctx.t(`Change to '${best.rest}'`, `'${best.rest}'(으)로 변경`), edits: [{ span: { start: e.keySpan.end - u.relative.length, end: e.keySpan.end }, newText: best.rest }], preferred: true, safe: candidates.length === 1 || candidates[1]!.d > best.d });
      }
      const lead = best ? ctx.t(`Did you mean '${best.p.name}'?`, `'${best.p.name}'을(를) 의도했나요?`) : ctx.t(`Check the name '${name}'`, `'${name}' 이름을 확인하세요`);
      out.push({
        code: 'spring-unknown-property',
        severity: 'warning',
        span: e.keySpan,
        fixes,
        message: ctx.t(`${lead}${best ? '' : ':'} '${name}' is not a Spring Boot Kafka property (${ctx.boot}), so Boot ignores it and the setting keeps its default. Kafka keys Boot has no property for go under spring.kafka.producer.properties.`, `${lead}${best ? '' : ':'} '${name}'은(는) Spring Boot Kafka 속성이 아니므로(${ctx.boot}) Boot가 무시하고 설정은 기본값으로 남습니다. Boot 속성이 없는 Kafka 키는 spring.kafka.producer.properties 아래에 쓰세요.`),
        data: { springName: name, ...(best ? { suggestion: best.p.name } : {}) },
      });
    }
  },
};
