// sasl-mechanism-empty: from 3.3 ProducerConfig calls CommonClientConfigs.postValidateSaslMechanismConfig:
// with security.protocol SASL_PLAINTEXT / SASL_SSL an empty sasl.mechanism is a ConfigException
// ("mechanism must be non-null and non-empty string"). Leaving the key out is fine (GSSAPI).
import { versionAtLeast } from '#core';
import type { Finding } from '../types';
import { finding, lastEntry, setValueEdit, type Rule } from './context';

export const saslMechanismEmpty: Rule = {
  codes: ['sasl-mechanism-empty'],
  check(ctx, out: Finding[]) {
    if (!versionAtLeast(ctx.target.version, '3.3')) return;
    const mech = lastEntry(ctx, 'sasl.mechanism')?.entry;
    if (!mech || mech.value.trim() !== '') return;
    const proto = (ctx.effective.get('security.protocol')?.value ?? '').trim().toUpperCase();
    if (proto !== 'SASL_PLAINTEXT' && proto !== 'SASL_SSL') return;
    out.push(
      finding(
        'sasl-mechanism-empty',
        'error',
        ctx.t(
          `Set a mechanism (PLAIN, SCRAM-SHA-512, OAUTHBEARER, GSSAPI) or remove the line: sasl.mechanism is empty while security.protocol=${proto}, so ${ctx.who} throws ConfigException ("mechanism must be non-null and non-empty string").`,
          `메커니즘(PLAIN, SCRAM-SHA-512, OAUTHBEARER, GSSAPI)을 쓰거나 줄을 지우세요: security.protocol=${proto}인데 sasl.mechanism이 비어 있어서 ${ctx.who}가 ConfigException을 던집니다.`,
        ),
        mech.keySpan,
        [{ title: ctx.t('Set sasl.mechanism=GSSAPI (the default)', 'sasl.mechanism=GSSAPI(기본값)로 변경'), edits: [setValueEdit(mech, 'GSSAPI')] }],
      ),
    );
  },
};
