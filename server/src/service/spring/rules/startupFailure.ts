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
          message: ctx.t(`Keep one of '${a.entry.name}' and '${b.entry.name}': they are two SSL sources for one store, which ${ctx.boot} refuses (MutuallyExclusiveConfigurationPropertiesException), and the application does not start.`, `'${a.entry.name}'와(과) '${b.entry.name}' 중 하나만 남기세요: 한 저장소의 SSL 출처 두 개는 ${ctx.boot}이(가) 거부하므로(MutuallyExclusiveConfigurationPropertiesException) 애플리케이션이 시작되지 않습니다.`),
          related: [ctx.related(a, ctx.t('the other SSL source', '다른 SSL 출처'))],
        });
      } else if (f.code === 'ssl-bundle-empty') {
        out.push({ code: 'spring-startup-failure', severity: 'error', span: f.origin.entry.keySpan, fixes: [], message: ctx.t(`Name a bundle or remove the line: ${ctx.boot} looks an empty ssl.bundle up and does not find it (NoSuchSslBundleException), so the application does not start.`, `번들 이름을 쓰거나 줄을 지우세요: ${ctx.boot}에서는 빈 ssl.bundle도 찾으려 하고 찾지 못해(NoSuchSslBundleException) 애플리케이션이 시작되지 않습니다.`) });
      } else {
        out.push({ code: 'spring-startup-failure', severity: 'error', span: f.origin.entry.keySpan, fixes: [], message: ctx.t(`Number the elements of ${f.prop.name} from 0 without a gap: otherwise Boot fails to bind it and the application does not start.`, `${f.prop.name}의 요소에 0부터 빈틈없이 번호를 매기세요: 그렇지 않으면 Boot가 바인딩하지 못해 애플리케이션이 시작되지 않습니다.`) });
      }
    }
  },
};
