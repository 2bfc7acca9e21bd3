// unknown-spring-boot-version: a Spring Boot release the catalog does not cover (a `# kpc: spring-boot=`
// comment or the springBootVersion setting); the file is checked against the
// newest covered release. The finding is made by the Spring analysis (spring/analysis.ts).
import { defineSpringRule } from './context';

export const unknownSpringBootVersionRule = defineSpringRule({
  code: 'unknown-spring-boot-version',
  defaultSeverity: 'warning',
  scope: { kind: 'directives' },
  example: {
    file: 'application.properties',
    bad: '# kpc: spring-boot=9.9\nspring.kafka.producer.acks=all\n',
    good: '# kpc: spring-boot=3.3\nspring.kafka.producer.acks=all\n',
  },
  docs: {
    en: {
      summary: 'A Spring Boot release kpc does not cover: the file is checked against the newest it does.',
      what: 'Reports a Spring Boot release, from a `# kpc: spring-boot=` comment or the `kafkaProducerConfig.springBootVersion` setting, that the catalog of Spring Boot facts does not cover.',
      why: "Which properties exist, their defaults and how Boot merges them change between Boot releases; checked against another release, a file can get findings that do not hold for the release it runs on, or miss some that do.",
      fix: 'Name a covered release (2.7 … 4.1, or a patch such as 3.3.7) in the comment or the setting.',
    },
    ko: {
      summary: 'kpc가 다루지 않는 Spring Boot 릴리스: 다루는 최신 릴리스 기준으로 검사합니다.',
      what: '`# kpc: spring-boot=` 주석이나 `kafkaProducerConfig.springBootVersion` 설정에서 온 Spring Boot 릴리스가 Spring Boot 카탈로그에 없으면 보고합니다.',
      why: '어떤 속성이 있는지, 기본값, Boot가 값을 병합하는 방식은 릴리스마다 다릅니다. 다른 릴리스 기준으로 검사하면 실제로 쓰는 릴리스에는 맞지 않는 문제를 보고하거나 맞는 문제를 놓칠 수 있습니다.',
      fix: '주석이나 설정에 다루는 릴리스(2.7 … 4.1, 또는 3.3.7 같은 패치)를 쓰세요.',
    },
  },
});
