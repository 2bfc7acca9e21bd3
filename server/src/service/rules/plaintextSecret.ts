// plaintext-secret: a password (or a JAAS line with one) written into the file. The value is never echoed.
import type { Finding } from '../types';
import { isSecretKey } from '../secrets';
import { clip, finding, placeholders, type Rule } from './context';

export const plaintextSecret: Rule = {
  codes: ['plaintext-secret'],
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
            ctx.t(
              `Move the secret in '${clip(key)}' out of this file, e.g. \${file:/path/secrets.properties:${clip(key)}} with a config provider: written in plain text, anyone who can read the file can use it.`,
              `'${clip(key)}'의 비밀 값을 파일 밖으로 옮기세요(예: config provider와 \${file:/path/secrets.properties:${clip(key)}}): 평문이면 이 파일을 읽을 수 있는 누구나 쓸 수 있습니다.`,
            ),
            e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan,
            [],
            { data: { secret: true } },
          ),
        );
      }
    }
  },
};
