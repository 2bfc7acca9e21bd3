// plaintext-secret: a password (or a JAAS line with one) written into the file. The value is never echoed.
import type { Finding } from '../types';
import { isSecretKey } from '../secrets';
import { clip, finding, placeholders } from './context';
import { defineRule } from './definition';

export const plaintextSecret = defineRule({
  code: 'plaintext-secret',
  defaultSeverity: 'hint',
  category: 'security',
  onKey: true,
  scope: { kind: 'entry' },
  example: {
    bad: 'ssl.truststore.password=changeit\n',
    good: 'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nssl.truststore.password=${file:/etc/kafka/secrets.properties:truststore.password}\n',
  },
  docs: {
    en: {
      summary: 'A password or secret written into the file in plain text.',
      what: 'Reports secret values (passwords, keys, a JAAS line with a password) written into the file rather than referenced. The value itself is never shown.',
      why: 'Anyone who can read the file, its backups or the repository it is committed to can use the secret.',
      fix: 'Reference the secret through a config provider, such as `${file:/path/secrets.properties:KEY}` with `config.providers=file`, and keep that file private.',
    },
    ko: {
      summary: '파일에 평문으로 쓴 비밀번호나 비밀 값.',
      what: '참조가 아니라 파일에 직접 쓴 비밀 값(비밀번호, 키, 비밀번호가 든 JAAS 줄)을 찾습니다. 값 자체는 절대 보여 주지 않습니다.',
      why: '파일이나 그 백업, 파일을 커밋한 저장소를 읽을 수 있는 누구나 그 비밀을 쓸 수 있습니다.',
      fix: '`config.providers=file`과 `${file:/path/secrets.properties:KEY}`처럼 config provider로 비밀을 참조하고, 그 파일의 권한을 제한하세요.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      if (!isSecretKey(key)) continue;
      for (const i of idx) {
        const e = ctx.entries[i]!;
        const v = e.value.trim();
        if (v === '') continue;
        // a JAAS line: only its password option (double or single quotes, as Kafka's JaasConfig reads both)
        if (key.endsWith('jaas.config')) {
          if (!/password\s*=\s*(?:"(?![$<{])[^"]+"|'(?![$<{])[^']+')/i.test(v)) continue;
        } else if (placeholders(v).length > 0) continue; // a config provider reference, or a placeholder other rules explain
        out.push(
          finding(
            'plaintext-secret',
            'hint',
            ctx.msg('rule.plaintext-secret.moveTheSecretIn', { key: clip(key) }),
            e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan,
            [],
            { data: { secret: true } },
          ),
        );
      }
    }
  },
});
