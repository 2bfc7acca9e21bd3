// spring-overridden: a Spring entry whose value Boot writes into the producer config and then replaces
// (a typed property and a properties-map entry fighting over one Kafka key, the common map under the
// producer map, ...): the message says which wins by Boot's merge order (schemas/spring/merge.ts).
// spring-bootstrap-ignored: from Boot 3.1, bootstrap.servers in a properties map is always overwritten
// by spring.kafka(.producer).bootstrap-servers or its default localhost:9092 (spring-boot#35694).
import { PRODUCER_MERGE_STEPS } from '../../../../../schemas/spring/index';
import type { Fix } from '../../types';
import type { Writer } from '../effective';
import { mapKeyPieces, removeSpringEntry } from '../projection';
import type { SpringRule, SpringRuleContext } from './context';

const STEP = new Map(PRODUCER_MERGE_STEPS.map((s) => [s.id, s]));

function writerName(ctx: SpringRuleContext, w: Writer, key: string): string {
  if (w.kind === 'map') return `${w.property}.${key}`;
  if (w.kind === 'default') return ctx.t(`the default of ${w.property}`, `${w.property}의 기본값`);
  if (w.kind === 'factory') return ctx.t(`spring-kafka (${w.property})`, `spring-kafka (${w.property})`);
  return w.property;
}

function stepLabel(ctx: SpringRuleContext, w: Writer): string {
  const s = STEP.get(w.step);
  return s ? ctx.t(s.label.en, s.label.ko) : w.step;
}

/** Renames a flat `spring.kafka.properties.bootstrap.servers` key to the typed property (one piece of text). */
function toTypedFix(ctx: SpringRuleContext, w: Writer, typed: string): Fix | undefined {
  const o = w.origin;
  if (!o || o.entry.path.length > 0) return undefined;
  const keyText = ctx.src.text.slice(o.entry.keySpan.start, o.entry.keySpan.end);
  if (keyText !== o.entry.name) return undefined;
  return { title: ctx.t(`Use ${typed}`, `${typed} 사용`), edits: [{ span: o.entry.keySpan, newText: typed }], preferred: true };
}

export const overridden: SpringRule = {
  codes: ['spring-overridden', 'spring-bootstrap-ignored'],
  check(ctx, out) {
    const setTyped = (name: string): boolean => ctx.file.binding.typed.has(name);
    for (const e of ctx.file.producer.config.values()) {
      for (const o of e.overrides) {
        const loser = o.writer;
        if (!loser.origin) continue;
        const winner = e.by;
        const related = winner.origin ? [ctx.related(winner.origin, ctx.t(`wins: ${stepLabel(ctx, winner)}`, `우선함: ${stepLabel(ctx, winner)}`))] : [];
        if (winner.step === 'connection-details.bootstrap-servers' && loser.kind === 'map') {
          const typed = loser.property === 'spring.kafka.producer.properties' ? 'spring.kafka.producer.bootstrap-servers' : 'spring.kafka.bootstrap-servers';
          const fix = !setTyped('spring.kafka.producer.bootstrap-servers') && !setTyped('spring.kafka.bootstrap-servers') ? toTypedFix(ctx, loser, typed) : undefined;
          out.push({
            code: 'spring-bootstrap-ignored',
            severity: 'warning',
            span: loser.origin.entry.keySpan,
            fixes: fix ? [fix] : [],
            related,
            message: ctx.t(
              `Set ${typed} instead: ${ctx.boot} ignores bootstrap.servers in ${loser.property}; since 3.1 it is overwritten by ${winner.kind === 'default' ? 'the default localhost:9092 of spring.kafka.bootstrap-servers' : winner.property} (spring-boot#35694).`,
              `대신 ${typed}을(를) 설정하세요: ${ctx.boot}은(는) ${loser.property}의 bootstrap.servers를 무시합니다. 3.1부터 ${winner.kind === 'default' ? 'spring.kafka.bootstrap-servers의 기본값 localhost:9092' : winner.property}(으)로 덮어씁니다(spring-boot#35694).`,
            ),
            data: { springName: loser.origin.entry.name, kafkaKey: e.key },
          });
          continue;
        }
        const same = o.value === e.value;
        // the line that loses has no effect: removing it changes nothing Kafka gets (safe when the values agree)
        const map = loser.kind === 'map' ? ctx.file.binding.maps.get(loser.property)?.get(e.key) : undefined;
        const pieces = map ? mapKeyPieces(ctx.src, loser.origin.entry, map.written) : undefined;
        const removal = removeSpringEntry(ctx.src, loser.origin.entry, !!pieces && pieces.length > 1);
        const fixes: Fix[] = removal ? [{ title: ctx.t(`Remove ${loser.origin.entry.name} (it has no effect)`, `${loser.origin.entry.name} 삭제 (효과 없음)`), edits: [removal], preferred: true, safe: same }] : [];
        out.push({
          code: 'spring-overridden',
          severity: same ? 'hint' : 'warning',
          span: loser.origin.entry.keySpan,
          fixes,
          related,
          ...(same ? { tags: ['unnecessary' as const] } : {}),
          message: same
            ? ctx.t(`Remove this line: ${e.key} is set again with the same value by ${writerName(ctx, winner, e.key)}, so it has no effect.`, `이 줄을 지우세요: ${e.key}은(는) ${writerName(ctx, winner, e.key)}에서 같은 값으로 다시 설정되어 효과가 없습니다.`)
            : ctx.t(
                `Remove one of the two: ${ctx.show(e.key, o.value)} for ${e.key} is replaced by ${ctx.show(e.key, e.value)} from ${writerName(ctx, winner, e.key)} (Boot applies ${stepLabel(ctx, winner)} later), so Kafka gets ${ctx.show(e.key, e.value)}.`,
                `둘 중 하나를 지우세요: ${e.key}의 ${ctx.show(e.key, o.value)}은(는) ${writerName(ctx, winner, e.key)}의 ${ctx.show(e.key, e.value)}(으)로 바뀌므로(Boot가 ${stepLabel(ctx, winner)}을(를) 나중에 적용) Kafka는 ${ctx.show(e.key, e.value)}을(를) 받습니다.`,
              ),
          data: { springName: loser.origin.entry.name, kafkaKey: e.key },
        });
      }
    }
  },
};
