// spring-conversion: a typed value Boot cannot convert (`batch-size: 16 kb`, `buffer-memory: 1.5MB`):
// binding fails and the application does not start.
import type { Fix } from '../../types';
import { convertDataSize } from '../convert';
import { springValue } from '../projection';
import type { SpringRule } from './context';

export const conversion: SpringRule = {
  codes: ['spring-conversion'],
  check(ctx, out) {
    for (const c of ctx.file.producer.conversionProblems) {
      const e = c.origin.entry;
      const kind = c.prop.conversion.kind;
      const what = kind === 'dataSize' ? ctx.t('a data size (16384, 16KB, 32MB: whole numbers, units B KB MB GB TB in capitals)', '데이터 크기(16384, 16KB, 32MB: 정수, 단위는 대문자 B KB MB GB TB)')
        : kind === 'duration' ? ctx.t('a duration (500, 5s, PT5S)', '기간(500, 5s, PT5S)')
        : kind === 'integer' ? ctx.t('a whole number', '정수')
        : kind === 'class' ? ctx.t('a class name', '클래스 이름') : kind;
      const why = {
        format: ctx.t('it is not in that form', '그 형식이 아닙니다'),
        unit: ctx.t('the unit is not one Boot knows (units are case-sensitive)', 'Boot가 모르는 단위입니다(대소문자 구분)'),
        decimal: ctx.t('fractions are not accepted', '소수는 받지 않습니다'),
        overflow: ctx.t('it is too large', '너무 큽니다'),
        whitespace: ctx.t(`${ctx.boot} does not accept spaces in it`, `${ctx.boot}은(는) 공백을 받지 않습니다`),
      }[c.reason];
      const fixes: Fix[] = [];
      if (kind === 'dataSize' && c.prop.conversion.kind === 'dataSize') {
        const conv = c.prop.conversion;
        const candidate = e.value.replace(/\s+/g, '').replace(/[a-zA-Z]+$/, (u) => u.toUpperCase());
        if (candidate !== e.value && convertDataSize(candidate, ctx.file.target, conv.result, conv.defaultUnit).ok && !e.aliasOf && e.listIndex === undefined) {
          fixes.push({ title: ctx.t(`Change to '${candidate}'`, `'${candidate}'(으)로 변경`), edits: [{ span: e.valueSpan, newText: springValue(ctx.src.format, candidate) }], preferred: true, safe: true });
        }
      }
      out.push({
        code: 'spring-conversion',
        severity: 'error',
        span: e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan,
        fixes,
        message: ctx.t(`Write ${what} for ${c.prop.name}: ${ctx.boot} cannot convert ${ctx.show(c.prop.kafkaKey ?? c.prop.name, e.value)} (${why}), so binding fails and the application does not start.`, `${c.prop.name}에는 ${what}을(를) 쓰세요: ${ctx.boot}은(는) ${ctx.show(c.prop.kafkaKey ?? c.prop.name, e.value)}을(를) 변환하지 못해(${why}) 바인딩이 실패하고 애플리케이션이 시작되지 않습니다.`),
        data: { springName: c.prop.name },
      });
    }
  },
};
