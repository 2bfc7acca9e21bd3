// spring-conversion: a typed value Boot cannot convert (`batch-size: 16 kb`, `buffer-memory: 1.5MB`):
// binding fails and the application does not start.
import type { Fix } from '../../types';
import { convertDataSize } from '../convert';
import { springValue } from '../projection';
import { defineSpringRule, type SpringRule } from './context';

export const springConversionRule = defineSpringRule({
  code: 'spring-conversion',
  defaultSeverity: 'error',
  example: {
    file: 'application.properties',
    bad: 'spring.kafka.producer.batch-size=16kb\n',
    good: 'spring.kafka.producer.batch-size=16KB\n',
  },
  docs: {
    en: {
      summary: 'A typed spring.kafka.* value Boot cannot convert: the application does not start.',
      what: 'Reports a value of a typed Spring Boot Kafka property that Boot cannot convert to the property\'s type: a data size with a lower-case or unknown unit or a fraction (`16kb`, `1.5MB`), a duration or number Boot does not read.',
      why: 'Binding `spring.kafka.*` fails with a conversion error while the application context starts, so the application does not start.',
      fix: 'Write the value the way Boot reads it (a data size as a whole number with B, KB, MB, GB or TB in capitals); the quick fix offers it where the meaning is clear.',
    },
    ko: {
      summary: 'Boot가 변환하지 못하는 spring.kafka.* 값: 애플리케이션이 시작되지 않습니다.',
      what: '타입이 있는 Spring Boot Kafka 속성의 값 가운데 Boot가 그 타입으로 변환하지 못하는 값을 보고합니다: 소문자나 알 수 없는 단위, 소수를 쓴 데이터 크기(`16kb`, `1.5MB`), Boot가 읽지 못하는 기간이나 숫자.',
      why: '애플리케이션 컨텍스트가 시작될 때 `spring.kafka.*` 바인딩이 변환 오류로 실패하므로 애플리케이션이 시작되지 않습니다.',
      fix: 'Boot가 읽는 형태로 쓰세요(데이터 크기는 정수에 대문자 단위 B, KB, MB, GB, TB). 뜻이 분명하면 빠른 수정이 그 값을 제안합니다.',
    },
  },
});

export const conversion: SpringRule = {
  codes: [springConversionRule.code],
  check(ctx, out) {
    for (const c of ctx.file.producer.conversionProblems) {
      const e = c.origin.entry;
      const kind = c.prop.conversion.kind;
      const what = kind === 'dataSize' ? ctx.msg('rule.spring-conversion.aDataSize')
        : kind === 'duration' ? ctx.msg('rule.spring-conversion.aDuration')
        : kind === 'integer' ? ctx.msg('rule.spring-conversion.aWholeNumber')
        : kind === 'class' ? ctx.msg('rule.spring-conversion.aClassName') : kind;
      const why = {
        format: ctx.msg('rule.spring-conversion.itIsNotIn'),
        unit: ctx.msg('rule.spring-conversion.theUnitIsNot'),
        decimal: ctx.msg('rule.spring-conversion.fractionsAreNotAccepted'),
        overflow: ctx.msg('rule.spring-conversion.itIsTooLarge'),
        whitespace: ctx.msg('rule.spring-conversion.doesNotAcceptSpaces', { boot: ctx.boot }),
      }[c.reason];
      const fixes: Fix[] = [];
      if (kind === 'dataSize' && c.prop.conversion.kind === 'dataSize') {
        const conv = c.prop.conversion;
        const candidate = e.value.replace(/\s+/g, '').replace(/[a-zA-Z]+$/, (u) => u.toUpperCase());
        if (candidate !== e.value && convertDataSize(candidate, ctx.file.target, conv.result, conv.defaultUnit).ok && !e.aliasOf && e.listIndex === undefined) {
          fixes.push({ title: ctx.msg('rule.spring-conversion.changeTo', { candidate }), edits: [{ span: e.valueSpan, newText: springValue(ctx.src.format, candidate) }], preferred: true, safe: true });
        }
      }
      out.push({
        code: 'spring-conversion',
        severity: 'error',
        span: e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan,
        fixes,
        message: ctx.msg('rule.spring-conversion.writeForCannotConvert', { what, name: c.prop.name, boot: ctx.boot, show: ctx.show(c.prop.kafkaKey ?? c.prop.name, e.value), why }),
        data: { springName: c.prop.name },
      });
    }
  },
};
