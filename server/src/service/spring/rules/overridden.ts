// spring-overridden: a Spring entry whose value Boot writes into the producer config and then replaces
// (a typed property and a properties-map entry fighting over one Kafka key, the common map under the
// producer map, ...): the message says which wins by Boot's merge order (schemas/spring/merge.ts).
// spring-bootstrap-ignored: from Boot 3.1, bootstrap.servers in a properties map is always overwritten
// by spring.kafka(.producer).bootstrap-servers or its default localhost:9092 (spring-boot#35694).
import { PRODUCER_MERGE_STEPS } from '../../../../../schemas/spring/index';
import type { Fix } from '../../types';
import type { Writer } from '../effective';
import { mapKeyPieces, removeSpringEntry } from '../projection';
import { defineSpringRule, type SpringRule, type SpringRuleContext } from './context';

const STEP = new Map(PRODUCER_MERGE_STEPS.map((s) => [s.id, s]));

function writerName(ctx: SpringRuleContext, w: Writer, key: string): string {
  if (w.kind === 'map') return `${w.property}.${key}`;
  if (w.kind === 'default') return ctx.msg('rule.spring-overridden.theDefaultOf', { property: w.property });
  if (w.kind === 'factory') return ctx.msg('rule.spring-overridden.springKafka', { property: w.property });
  return w.property;
}

function stepLabel(ctx: SpringRuleContext, w: Writer): string {
  const s = STEP.get(w.step);
  return s ? s.label[ctx.locale] : w.step;
}

/** Renames a flat `spring.kafka.properties.bootstrap.servers` key to the typed property (one piece of text). */
function toTypedFix(ctx: SpringRuleContext, w: Writer, typed: string): Fix | undefined {
  const o = w.origin;
  if (!o || o.entry.path.length > 0) return undefined;
  const keyText = ctx.src.text.slice(o.entry.keySpan.start, o.entry.keySpan.end);
  if (keyText !== o.entry.name) return undefined;
  return { title: ctx.msg('rule.spring-overridden.use', { typed }), edits: [{ span: o.entry.keySpan, newText: typed }], preferred: true };
}

export const springOverriddenRule = defineSpringRule({
  code: 'spring-overridden',
  defaultSeverity: 'warning',
  // hint when the value that wins is the same
  severities: ['warning', 'hint'],
  example: {
    file: 'application.properties',
    bad: 'spring.kafka.producer.acks=all\nspring.kafka.producer.properties.acks=1\n',
    good: 'spring.kafka.producer.acks=all\n',
  },
  docs: {
    en: {
      summary: 'A Spring entry whose value Boot writes into the producer config and then replaces.',
      what: "Reports a Spring entry that sets a Kafka key another entry (or a default Boot or spring-kafka applies) then overwrites: a typed `spring.kafka.producer.*` property and a properties-map entry for the same key, the common `spring.kafka.properties` map under the producer's, and so on. The message names the entry that wins, by Boot's merge order.",
      why: 'Only one value reaches the producer; the line that loses looks as if it applied and misleads whoever reads the file. When both values are the same the line is merely redundant (a hint).',
      fix: 'Remove one of the two, keeping the value you mean where Boot reads it last.',
    },
    ko: {
      summary: 'Boot가 프로듀서 설정에 썼다가 다른 값으로 바꾸는 Spring 항목.',
      what: '같은 Kafka 키를 다른 항목(또는 Boot나 spring-kafka가 넣는 기본값)이 덮어쓰는 Spring 항목을 보고합니다: 같은 키에 대한 타입 속성 `spring.kafka.producer.*`와 properties 맵 항목, 프로듀서 맵 아래에 깔린 공통 `spring.kafka.properties` 맵 등. 메시지가 Boot의 병합 순서에 따라 이기는 항목을 알려 줍니다.',
      why: '프로듀서에는 값 하나만 전달됩니다. 지는 줄은 적용되는 것처럼 보여 파일을 읽는 사람을 헷갈리게 합니다. 두 값이 같으면 그 줄은 단지 중복입니다(힌트).',
      fix: '둘 중 하나를 지우고, 의도한 값을 Boot가 마지막에 읽는 곳에 남기세요.',
    },
  },
});

export const springBootstrapIgnoredRule = defineSpringRule({
  code: 'spring-bootstrap-ignored',
  defaultSeverity: 'warning',
  example: {
    file: 'application.properties',
    bad: 'spring.kafka.properties.bootstrap.servers=broker:9092\n',
    good: 'spring.kafka.bootstrap-servers=broker:9092\n',
  },
  docs: {
    en: {
      summary: 'bootstrap.servers in a properties map, which Spring Boot 3.1 and later overwrite.',
      what: 'From Spring Boot 3.1, reports `bootstrap.servers` written in a `spring.kafka.*properties` map.',
      why: 'Since 3.1 Boot always writes `spring.kafka(.producer).bootstrap-servers`, or its default `localhost:9092`, over the map entry (spring-boot#35694), so the producer connects to another cluster than the file seems to say.',
      fix: 'Set `spring.kafka.bootstrap-servers` (or `spring.kafka.producer.bootstrap-servers`) instead; the quick fix renames the key.',
    },
    ko: {
      summary: 'properties 맵에 쓴 bootstrap.servers: Spring Boot 3.1부터 덮어씁니다.',
      what: 'Spring Boot 3.1부터, `spring.kafka.*properties` 맵에 쓴 `bootstrap.servers`를 보고합니다.',
      why: '3.1부터 Boot는 `spring.kafka(.producer).bootstrap-servers` 값이나 그 기본값 `localhost:9092`를 맵 항목 위에 항상 덮어쓰므로(spring-boot#35694), 프로듀서는 파일이 말하는 것과 다른 클러스터에 연결합니다.',
      fix: '대신 `spring.kafka.bootstrap-servers`(또는 `spring.kafka.producer.bootstrap-servers`)를 설정하세요. 빠른 수정이 키 이름을 바꿉니다.',
    },
  },
});

export const overridden: SpringRule = {
  codes: [springOverriddenRule.code, springBootstrapIgnoredRule.code],
  check(ctx, out) {
    const setTyped = (name: string): boolean => ctx.file.binding.typed.has(name);
    for (const e of ctx.file.producer.config.values()) {
      for (const o of e.overrides) {
        const loser = o.writer;
        if (!loser.origin) continue;
        const winner = e.by;
        const related = winner.origin ? [ctx.related(winner.origin, ctx.msg('rule.spring-overridden.wins', { stepLabel: stepLabel(ctx, winner) }))] : [];
        if (winner.step === 'connection-details.bootstrap-servers' && loser.kind === 'map') {
          const typed = loser.property === 'spring.kafka.producer.properties' ? 'spring.kafka.producer.bootstrap-servers' : 'spring.kafka.bootstrap-servers';
          const fix = !setTyped('spring.kafka.producer.bootstrap-servers') && !setTyped('spring.kafka.bootstrap-servers') ? toTypedFix(ctx, loser, typed) : undefined;
          const by = winner.kind === 'default' ? ctx.msg('rule.spring-bootstrap-ignored.defaultServers') : winner.property;
          out.push({
            code: 'spring-bootstrap-ignored',
            severity: 'warning',
            span: loser.origin.entry.keySpan,
            fixes: fix ? [fix] : [],
            related,
            message: ctx.msg('rule.spring-bootstrap-ignored.setInsteadIgnoresBootstrap', { typed, boot: ctx.boot, property: loser.property, by }),
            data: { springName: loser.origin.entry.name, kafkaKey: e.key },
          });
          continue;
        }
        const same = o.value === e.value;
        // the line that loses has no effect: removing it changes nothing Kafka gets (safe when the values agree)
        const map = loser.kind === 'map' ? ctx.file.binding.maps.get(loser.property)?.get(e.key) : undefined;
        const pieces = map ? mapKeyPieces(ctx.src, loser.origin.entry, map.written) : undefined;
        const removal = removeSpringEntry(ctx.src, loser.origin.entry, !!pieces && pieces.length > 1);
        const fixes: Fix[] = removal ? [{ title: ctx.msg('rule.spring-overridden.removeNoEffect', { name: loser.origin.entry.name }), edits: [removal], preferred: true, safe: same }] : [];
        out.push({
          code: 'spring-overridden',
          severity: same ? 'hint' : 'warning',
          span: loser.origin.entry.keySpan,
          fixes,
          related,
          ...(same ? { tags: ['unnecessary' as const] } : {}),
          message: same
            ? ctx.msg('rule.spring-overridden.removeThisLineIs', { key: e.key, writerName: writerName(ctx, winner, e.key) })
            : ctx.msg('rule.spring-overridden.removeOneOfTwo', { value: ctx.show(e.key, o.value), key: e.key, winning: ctx.show(e.key, e.value), writerName: writerName(ctx, winner, e.key), stepLabel: stepLabel(ctx, winner) }),
          data: { springName: loser.origin.entry.name, kafkaKey: e.key },
        });
      }
    }
  },
};
