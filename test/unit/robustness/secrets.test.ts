// Secrets (`*.password`, `sasl.jaas.config`, `ssl.key*`) never appear in anything we show: hovers,
// completion, outline, inlay hints, lenses, code action titles, diagnostics, `kpc check` in every
// format, `kpc simulate --format json`, and the data the preview posts to its webview.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KAFKA_VERSIONS, listKeys } from '../../../schemas/catalog/index';
import { runCheck } from '../../../server/src/cli/check';
import { runSimulate } from '../../../server/src/cli/simulate';
import { analyze, type Analysis } from '../../../server/src/service/analyze';
import { codeActions } from '../../../server/src/service/codeActions';
import { complete } from '../../../server/src/service/completion';
import { hover } from '../../../server/src/service/hover';
import { defaultsLens, inlayHints } from '../../../server/src/service/inlayHints';
import { documentLinks } from '../../../server/src/service/links';
import { documentSymbols } from '../../../server/src/service/symbols';
import { simulatorInputFromText } from '#core';

/** Secret values, each distinctive enough that a substring match means a leak. */
const SECRETS = ['S3cr3t!', 'hunter2', 'K3yPassw0rd', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'Ks-P4ss-9000', 'ClientS3cretXYZ', 'Tru5tPem-Q', 'n0nAsc11-é-pw'];

export const SECRET_CONFIG = [
  '# kpc: kafka-version=3.9',
  'bootstrap.servers=broker:9093',
  'security.protocol=SASL_SSL',
  'ssl.truststore.password=S3cr3t!',
  'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\',
  '    username="alice" \\',
  '    password="hunter2";',
  'ssl.key.password=K3yPassw0rd',
  'ssl.keystore.key=-----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASC -----END PRIVATE KEY-----',
  'ssl.keystore.password = Ks-P4ss-9000',
  'ssl.keystore.password = Ks-P4ss-9000',
  'sasl.oauthbearer.client.credentials.client.secret=ClientS3cretXYZ',
  'ssl.truststore.certificates=Tru5tPem-Q',
  'my.app.password=n0nAsc11-é-pw',
  'acks=all',
  'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer=org.apache.kafka.common.serialization.StringSerializer',
  '',
].join('\n');

function assertNoSecret(where: string, output: unknown): void {
  const s = typeof output === 'string' ? output : JSON.stringify(output) ?? '';
  for (const secret of SECRETS) {
    assert.ok(!s.includes(secret), `${where} shows the secret ${secret}: …${s.slice(Math.max(0, s.indexOf(secret) - 120), s.indexOf(secret) + 40)}…`);
    // Escaped forms too (a \uXXXX fix or JSON escaping of é).
    const escaped = JSON.stringify(secret).slice(1, -1);
    assert.ok(!s.includes(escaped), `${where} shows the secret ${secret} (JSON-escaped)`);
  }
}

function everyFeature(a: Analysis): unknown[] {
  const text = a.parsed.text;
  const out: unknown[] = [a.findings.map((f) => ({ code: f.code, message: f.message, fixes: f.fixes.map((x) => x.title), data: f.data }))];
  for (let off = 0; off <= text.length; off++) {
    for (const locale of ['en', 'ko'] as const) {
      out.push(hover(a, off, locale));
      const c = complete(a, off, locale);
      out.push(c.items.map((i) => [i.label, i.detail, i.documentation]));
    }
  }
  for (const locale of ['en', 'ko'] as const) {
    out.push(documentSymbols(a, locale), inlayHints(a, locale), defaultsLens(a, locale), documentLinks(a, locale));
    out.push(codeActions(a, { span: { start: 0, end: text.length }, locale }).map((ca) => [ca.title, ca.findings?.map((f) => f.message)]));
  }
  return out;
}

describe('secrets are never shown', () => {
  test('the catalog marks every password-type and credential key secret', () => {
    for (const v of KAFKA_VERSIONS) {
      for (const k of listKeys(v)) {
        if (k.type === 'password' || k.key === 'sasl.jaas.config' || k.key.endsWith('.password') || /^ssl\.key(store)?\.(key|password)$/.test(k.key)) assert.ok(k.secret, `${k.key} (${v}) is secret`);
      }
    }
  });

  test('hover (every offset, en/ko), completion, outline, hints, lens, links, code actions, diagnostics', () => {
    for (const v of ['2.8', '3.9', 'latest']) {
      for (const client of ['java', 'console-producer'] as const) {
        for (const text of [SECRET_CONFIG, SECRET_CONFIG.replace(/\n/g, '\r\n'), SECRET_CONFIG.replace('# kpc: kafka-version=3.9\n', '')]) {
          const a = analyze(text, { kafkaVersion: v, client });
          const shown = JSON.stringify(everyFeature(a));
          assert.ok(shown.includes('broker:9093'), 'control: ordinary values are shown, so the scan sees values');
          assertNoSecret(`features (${v}, ${client})`, shown);
        }
      }
    }
  });

  test('hover on each secret key, key and value, says the value is hidden', () => {
    const a = analyze(SECRET_CONFIG);
    for (const e of a.parsed.entries) {
      if (!/password|jaas|ssl\.keystore\.key|secret|certificates/.test(e.key)) continue;
      for (const off of [e.keySpan.start, e.valueSpan.start + 1, e.valueSpan.end - 1]) {
        const h = hover(a, off, 'en');
        assertNoSecret(`hover on ${e.key}@${off}`, h);
      }
    }
  });

  test('kpc check --format text/json/sarif and kpc simulate --format json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpc-secrets-'));
    try {
      const file = join(dir, 'producer.properties');
      // The CLI reads bytes as ISO-8859-1, like Kafka: write the é as one Latin-1 byte and as UTF-8.
      writeFileSync(file, Buffer.from(SECRET_CONFIG, 'latin1'));
      const utf8 = join(dir, 'utf8.properties');
      writeFileSync(utf8, SECRET_CONFIG, 'utf8');
      for (const format of ['text', 'json', 'sarif']) {
        for (const extra of [[], ['--kafka-version', '2.8'], ['--client', 'console-producer'], ['--locale', 'ko']]) {
          let out = '';
          let err = '';
          runCheck([file, utf8, '--format', format, ...extra], { stdout: (s) => void (out += typeof s === 'string' ? s : Buffer.from(s).toString('latin1')), stderr: (s) => void (err += s) });
          assert.ok(out.length > 0 || format === 'text');
          assertNoSecret(`kpc check --format ${format} ${extra.join(' ')}`, out + err);
        }
      }
      let out = '';
      let err = '';
      const code = runSimulate([file, '--format', 'json', '--records', '2000'], (s) => void (out += s), (s) => void (err += s));
      assert.equal(code, 0, err);
      JSON.parse(out);
      assertNoSecret('kpc simulate --format json', out + err);
      out = '';
      runSimulate([file, '--records', '2000'], (s) => void (out += s), (s) => void (err += s));
      assertNoSecret('kpc simulate', out + err);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('what the preview sends to its webview (local fallback) holds no secret', () => {
    const { values } = simulatorInputFromText(SECRET_CONFIG, {});
    assert.equal(values.acks, 'all');
    assertNoSecret('preview values', values);
  });
});
