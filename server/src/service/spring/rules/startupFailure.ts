// spring-startup-failure: Kafka settings in the Spring file that stop the application from starting
// (two SSL sources for one store, an empty ssl.bundle on releases that look it up, a list with a gap).
import type { SpringRule } from './context';

export const startupFailure: SpringRule = {
  codes: ['spring-startup-failure'],
  check(ctx, out) {
    for (const f of ctx.file.producer.startupFailures) {
      if (f.code === 'ssl-mutually-exclusive') {
        const [a, b] = f.origins;
        out.push({
          code: 'spring-startup-failure',
          severity: 'error',
          span: b.entry.keySpan,
          fixes: [],
          message: ctx.t(`'${a.entry.name}' and '${b.entry.name}' are two SSL sources for one store: ${ctx.boot} refuses both (MutuallyExclusiveConfigurationPropertiesException) and the application does not start. Keep one.`, `'${a.entry.name}'와(과) '${b.entry.name}'은(는) 한 저장소의 SSL 출처 두 개입니다: ${ctx.boot}이(가) 거부하고(MutuallyExclusiveConfigurationPropertiesException) 애플리케이션이 시작되지 않습니다. 하나만 남기세요.`),
          related: [ctx.related(a, ctx.t('the other SSL source', '다른 SSL 출처'))],
        });
      } else if (f.code === 'ssl-bundle-empty') {
        out.push({ code: 'spring-startup-failure', severity: 'error', span: f.origin.entry.keySpan, fixes: [], message: ctx.t(`An empty ssl.bundle is looked up on ${ctx.boot} and not found (NoSuchSslBundleException): the application does not start. Name a bundle or remove the line.`, `${ctx.boot}에서는 빈 ssl.bundle도 찾으려 하고 찾지 못합니다(NoSuchSslBundleException): 애플리케이션이 시작되지 않습니다. 번들 이름을 쓰거나 줄을 지우세요.`) });
      } else {
        out.push({ code: 'spring-startup-failure', severity: 'error', span: f.origin.entry.keySpan, fixes: [], message: ctx.t(`The elements of ${f.prop.name} must be numbered from 0 without a gap: Boot fails to bind it and the application does not start.`, `${f.prop.name}의 요소는 0부터 빈틈없이 번호가 매겨져야 합니다: Boot가 바인딩하지 못해 애플리케이션이 시작되지 않습니다.`) });
      }
    }
  },
};
