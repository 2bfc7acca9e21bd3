// spring-startup-failure: Kafka settings in the Spring file that stop the application from starting
// (two SSL sources for one store, an empty ssl.bundle on releases that look it up, a list with a gap).
import { defineSpringRule, type SpringRule } from './context';

export const springStartupFailureRule = defineSpringRule({
  code: 'spring-startup-failure',
  defaultSeverity: 'error',
  example: {
    file: 'application.properties',
    bad: 'spring.kafka.bootstrap-servers[0]=a:9092\nspring.kafka.bootstrap-servers[2]=c:9092\n',
    good: 'spring.kafka.bootstrap-servers[0]=a:9092\nspring.kafka.bootstrap-servers[1]=c:9092\n',
  },
  docs: {
    en: {
      summary: 'Kafka settings in the Spring file that stop the application from starting.',
      what: 'Reports Spring Boot Kafka settings Boot refuses at start-up: two SSL sources for one key or trust store (PEM and a store file, or a bundle beside them), an empty `ssl.bundle` on releases that look it up, and a list written with indexes that leave a gap.',
      why: 'Boot throws while it binds the properties or builds the producer factory (a mutually exclusive properties error, NoSuchSslBundleException, a bind error), so the application does not start.',
      fix: 'Keep one SSL source, name the bundle or remove the empty line, and number list elements from 0 without a gap.',
    },
    ko: {
      summary: 'Spring 파일의 Kafka 설정 때문에 애플리케이션이 시작되지 않습니다.',
      what: 'Boot가 시작 시 거부하는 Spring Boot Kafka 설정을 보고합니다: 키 저장소나 신뢰 저장소 하나에 SSL 출처 두 개(PEM과 저장소 파일, 또는 그 옆의 번들), 번들을 찾는 릴리스에서 빈 `ssl.bundle`, 인덱스에 빈틈이 있는 목록.',
      why: 'Boot가 속성을 바인딩하거나 프로듀서 팩토리를 만들 때 예외를 던지므로(함께 쓸 수 없는 속성 오류, NoSuchSslBundleException, 바인딩 오류) 애플리케이션이 시작되지 않습니다.',
      fix: 'SSL 출처는 하나만 남기고, 번들 이름을 쓰거나 빈 줄을 지우고, 목록 요소에는 0부터 빈틈없이 번호를 매기세요.',
    },
  },
});

export const startupFailure: SpringRule = {
  codes: [springStartupFailureRule.code],
  check(ctx, out) {
    for (const f of ctx.file.producer.startupFailures) {
      if (f.code === 'ssl-mutually-exclusive') {
        const [a, b] = f.origins;
        out.push({
          code: 'spring-startup-failure',
          severity: 'error',
          span: b.entry.keySpan,
          fixes: [],
          message: ctx.msg('rule.spring-startup-failure.keepOneSslSource', { first: a.entry.name, second: b.entry.name, boot: ctx.boot }),
          related: [ctx.related(a, ctx.msg('rule.spring-startup-failure.theOtherSslSource'))],
        });
      } else if (f.code === 'ssl-bundle-empty') {
        out.push({ code: 'spring-startup-failure', severity: 'error', span: f.origin.entry.keySpan, fixes: [], message: ctx.msg('rule.spring-startup-failure.nameABundleOr', { boot: ctx.boot }) });
      } else {
        out.push({ code: 'spring-startup-failure', severity: 'error', span: f.origin.entry.keySpan, fixes: [], message: ctx.msg('rule.spring-startup-failure.numberTheElementsOf', { name: f.prop.name }) });
      }
    }
  },
};
