// sasl-mechanism-empty: from 3.3 ProducerConfig calls CommonClientConfigs.postValidateSaslMechanismConfig:
// with security.protocol SASL_PLAINTEXT / SASL_SSL an empty sasl.mechanism is a ConfigException
// ("mechanism must be non-null and non-empty string"). Leaving the key out is fine (GSSAPI).
import type { Finding } from '../types';
import { finding, lastEntry, setValueEdit } from './context';
import { defineRule } from './definition';

export const saslMechanismEmpty = defineRule({
  code: 'sasl-mechanism-empty',
  defaultSeverity: 'error',
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: ['sasl.mechanism', 'security.protocol'] },
  appliesTo: { since: '3.3' },
  example: { bad: 'security.protocol=SASL_SSL\nsasl.mechanism=\n', good: 'security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n' },
  docs: {
    en: {
      summary: 'An empty sasl.mechanism with a SASL security.protocol: the producer does not start (3.3+).',
      what: 'From Kafka 3.3, reports `sasl.mechanism=` written empty while `security.protocol` is SASL_PLAINTEXT or SASL_SSL.',
      why: 'From 3.3 the producer checks the mechanism after parsing and throws ConfigException ("mechanism must be non-null and non-empty string"). Leaving the key out is fine: it then defaults to GSSAPI.',
      fix: 'Write the mechanism your cluster uses (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER, GSSAPI), or remove the line.',
    },
    ko: {
      summary: 'SASL security.protocol에서 비어 있는 sasl.mechanism: 프로듀서가 시작하지 않습니다(3.3+).',
      what: 'Kafka 3.3부터 `security.protocol`이 SASL_PLAINTEXT나 SASL_SSL인데 `sasl.mechanism=`이 비어 있는 줄을 찾습니다.',
      why: '3.3부터 프로듀서는 설정을 읽은 뒤 메커니즘을 검사하고 ConfigException("mechanism must be non-null and non-empty string")을 던집니다. 키를 아예 쓰지 않으면 GSSAPI가 기본이라 괜찮습니다.',
      fix: '클러스터가 쓰는 메커니즘(PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER, GSSAPI)을 쓰거나 줄을 지우세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const mech = lastEntry(ctx, 'sasl.mechanism')?.entry;
    if (!mech || mech.value.trim() !== '') return;
    const proto = (ctx.effective.get('security.protocol')?.value ?? '').trim().toUpperCase();
    if (proto !== 'SASL_PLAINTEXT' && proto !== 'SASL_SSL') return;
    out.push(
      finding(
        'sasl-mechanism-empty',
        'error',
        ctx.msg('rule.sasl-mechanism-empty.setAMechanismPlain', { proto, who: ctx.who }),
        mech.keySpan,
        [{ title: ctx.msg('rule.sasl-mechanism-empty.setSaslMechanismGssapi'), edits: [setValueEdit(mech, 'GSSAPI')] }],
      ),
    );
  },
});
