// spring-yaml-error: YAML that Spring Boot cannot load, so the application does not start: a syntax error
// anywhere in the file, and a key written twice in one mapping under spring.kafka (Boot's
// OriginTrackedYamlLoader sets LoaderOptions.setAllowDuplicateKeys(false), so SnakeYAML throws
// DuplicateKeyException; read in spring-projects/spring-boot's source, org/springframework/boot/env/
// OriginTrackedYamlLoader.java, in the 2.x layout and in today's core/spring-boot: confidence source).
import type { Span } from '../../types';
import { defineSpringRule, type SpringRule } from './context';

export const springYamlErrorRule = defineSpringRule({
  code: 'spring-yaml-error',
  defaultSeverity: 'error',
  example: {
    file: 'application.yml',
    bad: 'spring:\n  kafka:\n    producer:\n      acks: all\n      acks: 1\n',
    good: 'spring:\n  kafka:\n    producer:\n      acks: all\n',
  },
  docs: {
    en: {
      summary: 'YAML that Spring Boot cannot load: the application does not start.',
      what: 'In a Spring Boot YAML file, reports a syntax error anywhere in the file where the YAML parser stops, and a key written twice in one mapping under `spring.kafka`.',
      why: "Boot loads application YAML with SnakeYAML and refuses duplicate keys (its loader turns allowDuplicateKeys off, so SnakeYAML throws DuplicateKeyException); either error stops the application at start-up, before a producer exists.",
      fix: 'Fix the YAML at the line the finding marks; for a key written twice, keep the one you mean and remove the other.',
    },
    ko: {
      summary: 'Spring Boot가 읽지 못하는 YAML: 애플리케이션이 시작되지 않습니다.',
      what: 'Spring Boot YAML 파일에서 YAML 파서가 멈추는 구문 오류(파일 어디든)와, `spring.kafka` 아래 한 매핑 안에 두 번 쓴 키를 보고합니다.',
      why: 'Boot는 애플리케이션 YAML을 SnakeYAML로 읽으며 중복 키를 거부합니다(로더가 allowDuplicateKeys를 끄므로 SnakeYAML이 DuplicateKeyException을 던집니다). 어느 쪽이든 프로듀서가 만들어지기 전, 시작 단계에서 애플리케이션이 멈춥니다.',
      fix: '표시된 줄의 YAML을 고치세요. 두 번 쓴 키는 의도한 하나만 남기고 다른 하나를 지우세요.',
    },
  },
});

export const yamlError: SpringRule = {
  codes: [springYamlErrorRule.code],
  check(ctx, out) {
    if (ctx.src.format !== 'yaml') return;
    const entries = ctx.src.documents.flatMap((d) => d.entries);
    // the entry a key holds (or is): the first one written at or after it
    const underKafka = (at: Span): boolean => {
      const next = entries.filter((e) => e.keySpan.end >= at.start).sort((a, b) => a.keySpan.start - b.keySpan.start)[0];
      return !!next && (next.name === 'spring.kafka' || next.name.startsWith('spring.kafka.'));
    };
    for (const p of ctx.src.problems) {
      if (p.code === 'yaml-syntax') {
        out.push({
          code: 'spring-yaml-error',
          severity: 'error',
          span: p.span,
          fixes: [],
          message: ctx.msg('rule.spring-yaml-error.fixTheYamlHere'),
        });
      } else if (p.code === 'yaml-duplicate-key' && underKafka(p.span)) {
        const first = (p.data as { first?: Span } | undefined)?.first;
        const key = ctx.src.text.slice(p.span.start, p.span.end);
        out.push({
          code: 'spring-yaml-error',
          severity: 'error',
          span: p.span,
          fixes: [],
          ...(first ? { related: [{ span: first, message: ctx.msg('rule.spring-yaml-error.theFirst', { key }) }] } : {}),
          message: ctx.msg('rule.spring-yaml-error.removeOneOfThe', { key }),
        });
      }
    }
  },
};
