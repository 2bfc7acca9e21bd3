// The one secret policy, as a property: configs with random values under 40 secret-looking keys (Kafka's
// PASSWORD keys, plugin credentials, credential-looking names, prefixed JAAS lines, a URL password) go
// through every output we have, and none of the values comes back:
//   - the language server over a real stdio connection, English and Korean: published diagnostics
//     (messages, related lines, data), hover and completion on every key and value, inlay hints, code
//     lenses, outline, links, folding, semantic tokens, formatting, code actions (titles and edits, for
//     the whole file and for each diagnostic), kafkaProducerConfig/effectiveConfig, and every log line;
//   - kpc check (text, json, sarif; en and ko; java and console-producer), kpc describe of each key
//     (text and json), kpc simulate (text and json).
// (kpc fix prints the file itself, so it is the one output that is meant to hold the values.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/service/analyze';
import { SIMULATOR_KEYS } from '#core';
import { isSecretKey } from '../../server/src/service/secrets';
import { mulberry32 } from '../../server/src/simulator/random';
import { CLI, LspClient, buildOnce } from './client';

/** Keys whose values must never be shown: catalogued PASSWORD keys, plugin credentials, and names that look like credentials. */
export const SECRET_KEYS = [
  // Kafka's PASSWORD-typed keys
  'ssl.key.password', 'ssl.keystore.password', 'ssl.truststore.password', 'ssl.keystore.key', 'ssl.keystore.certificate.chain',
  'ssl.truststore.certificates', 'sasl.jaas.config', 'sasl.oauthbearer.client.credentials.client.secret', 'sasl.oauthbearer.assertion.private.key.passphrase',
  // credentials plugins read
  'basic.auth.user.info', 'schema.registry.basic.auth.user.info', 'bearer.auth.token', 'bearer.auth.client.secret',
  'schema.registry.ssl.key.password', 'schema.registry.ssl.keystore.password', 'schema.registry.ssl.truststore.password', 'schema.registry.ssl.keystore.key',
  'apicurio.registry.auth.password', 'apicurio.registry.auth.client.secret', 'apicurio.registry.tls.truststore.password', 'apicurio.registry.tls.keystore.password',
  'apicurio.registry.proxy.password', 'confluent.monitoring.interceptor.sasl.jaas.config', 'confluent.monitoring.interceptor.ssl.truststore.password', 'request.header.Authorization',
  // names that look like credentials
  'my.app.password', 'db.passwd', 'vault.token', 'api.secret', 'aws.secret.access.key', 'github_token', 'client_secret', 'my.private.key', 'encryption.key',
  'jwt.signing.key', 'cloud.credentials', 'confluent.license', 'listener.name.internal.plain.sasl.jaas.config', 'config.providers.vault.param.vault.token',
  'sasl.login.passphrase', 'service.account.credential.json',
];

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.+/=:@!%^&*~';

interface Case { text: string; secrets: string[] }

function makeCase(seed: number, withPlugins: boolean): Case {
  const r = mulberry32(seed); // deterministic, so a failure can be replayed
  const secret = (): string => {
    let s = 'Zq';
    const n = 14 + Math.floor(r() * 24);
    for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    return s;
  };
  const secrets: string[] = [];
  const lines = [
    '# kpc: kafka-version=4.2',
    'bootstrap.servers=broker-1:9093',
    'security.protocol=SASL_SSL',
    'sasl.mechanism=PLAIN',
    'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
    withPlugins ? 'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer' : 'value.serializer=org.apache.kafka.common.serialization.StringSerializer',
    withPlugins ? 'interceptor.classes=io.confluent.monitoring.clients.interceptor.MonitoringProducerInterceptor' : '# no interceptors',
    'basic.auth.credentials.source=USER_INFO',
  ];
  for (const key of SECRET_KEYS) {
    const v = secret();
    secrets.push(v);
    const form = Math.floor(r() * 4);
    if (key.endsWith('jaas.config')) lines.push(`${key}=org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="${v}";`);
    else if (form === 0) lines.push(`${key}="${v}"`); // quoted: quoted-value must not quote it back
    else if (form === 1) lines.push(`${key} = ${v}   `); // trailing spaces
    else if (form === 2) lines.push(`${key}=${v}`, `${key}=${v}`); // duplicated
    else lines.push(`${key}:${v}`);
  }
  // a password in a URL (basic.auth.credentials.source=URL) and a JAAS-like fragment in an unknown key
  const urlPw = secret();
  const inline = secret();
  secrets.push(urlPw, inline);
  lines.push(`schema.registry.url=https://sr-user:${urlPw}@registry.example.com:8081`);
  lines.push(`my.connection.options=mode=fast password=${inline}`);
  // names the near-miss engine reads (a librdkafka name, an environment-variable form, a misspelt password key,
  // a Scala name whose value is a URL with a password): their messages, fixes and hovers quote no value
  const nearMiss = [secret(), secret(), secret(), secret()];
  secrets.push(...nearMiss);
  lines.push(`sasl.password=${nearMiss[0]}`, `KAFKA_SSL_KEY_PASSWORD=${nearMiss[1]}`, `ssl.truststore.pasword=${nearMiss[2]}`, `metadata.broker.list=https://app:${nearMiss[3]}@broker-2:9093`);
  lines.push('acks=all', '');
  return { text: lines.join('\n'), secrets };
}

const CASES = [makeCase(1, true), makeCase(2, false), makeCase(3, true)];

function assertClean(where: string, output: unknown, secrets: readonly string[]): void {
  const s = typeof output === 'string' ? output : JSON.stringify(output) ?? '';
  for (const v of secrets) {
    const at = s.indexOf(v);
    assert.ok(at < 0, `${where} shows a secret value: …${s.slice(Math.max(0, at - 100), at + v.length + 20)}…`);
    const escaped = JSON.stringify(v).slice(1, -1);
    assert.ok(!s.includes(escaped), `${where} shows a secret value (JSON-escaped)`);
  }
}

test('the policy: every key of the corpus is secret, catalogued non-credentials are not', () => {
  assert.ok(SECRET_KEYS.length >= 30);
  for (const k of SECRET_KEYS) assert.ok(isSecretKey(k), k);
  for (const k of ['ssl.truststore.pasword', 'SSL_KEY_PASSWORD_CONFIG', 'sasl.jaas.confg']) assert.ok(isSecretKey(k), `${k}: a misspelt secret key`);
  for (const k of ['sasl.oauthbearer.token.endpoint.url', 'basic.auth.credentials.source', 'bearer.auth.credentials.source', 'ssl.keystore.location', 'schema.registry.url', 'key.serializer', 'partition.key', 'request.header.X-Tenant', 'metrics.context.team']) {
    assert.ok(!isSecretKey(k), `${k} is not a credential`);
  }
  // what the preview's fallback and `kpc simulate` read from a file without the service: no secret key among them
  for (const k of SIMULATOR_KEYS) assert.ok(!isSecretKey(k), `simulator key ${k}`);
});

test('control: the cases produce findings that would show values (quotes, duplicates, plaintext)', () => {
  const codes = new Set(analyze(CASES[0]!.text).findings.map((f) => f.code));
  for (const c of ['quoted-value', 'duplicate-key', 'plaintext-secret']) assert.ok(codes.has(c), c);
});

describe('the language server shows no secret value (real stdio connection)', () => {
  buildOnce();
  for (const locale of ['en', 'ko']) {
    describe(locale, () => {
      let c: LspClient;
      before(async () => {
        c = await LspClient.start({ transport: 'stdio', locale, pull: false, resolve: true, related: true });
      });
      after(() => c.stop());

      for (const [n, kase] of CASES.entries()) {
        test(`case ${n}: every feature`, async () => {
          const uri = `file:///work/secrets/${locale}-${n}/producer.properties`;
          await c.open(uri, kase.text);
          const shown: unknown[] = [];
          const diags = await c.diagnosticsFor(uri, 1);
          assert.ok(diags.length > 0);
          shown.push(diags);
          const doc = { textDocument: { uri } };
          const lines = kase.text.split('\n');
          const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
          for (const [line, t] of lines.entries()) {
            const eq = Math.max(t.indexOf('='), t.indexOf(':'));
            for (const character of [0, Math.max(0, eq - 1), eq + 1, eq + 3, t.length - 1, t.length]) {
              if (character < 0) continue;
              const position = { line, character };
              shown.push(await c.request('textDocument/hover', { ...doc, position }));
              shown.push(await c.request('textDocument/completion', { ...doc, position }));
            }
          }
          shown.push(await c.request('textDocument/inlayHint', { ...doc, range: whole }));
          shown.push(await c.request('textDocument/codeLens', doc));
          shown.push(await c.request('textDocument/documentSymbol', doc));
          shown.push(await c.request('textDocument/documentLink', doc));
          shown.push(await c.request('textDocument/foldingRange', doc));
          shown.push(await c.request('textDocument/semanticTokens/full', doc));
          shown.push(await c.request('kafkaProducerConfig/effectiveConfig', { uri }));
          const actions = await c.request<{ title: string; data?: unknown }[]>('textDocument/codeAction', { ...doc, range: whole, context: { diagnostics: diags } });
          shown.push(actions);
          for (const a of actions) if (a.data !== undefined) shown.push(await c.request('codeAction/resolve', a));
          for (const d of diags) shown.push(await c.request('textDocument/codeAction', { ...doc, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } }));
          assertClean(`LSP ${locale} case ${n}`, shown, kase.secrets);
          assertClean(`server log ${locale} case ${n}`, c.stderr.join('\n'), kase.secrets);
        });
      }
    });
  }
});

describe('kpc shows no secret value', () => {
  let dir: string;
  before(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'kpc-secret-policy-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]): string => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'latin1' });
    return `${r.stdout}\n${r.stderr}`;
  };

  for (const [n, kase] of CASES.entries()) {
    test(`case ${n}: check (text, json, sarif; en, ko; both clients) and simulate (text, json)`, () => {
      const file = join(dir, `case-${n}.properties`);
      writeFileSync(file, kase.text, 'latin1');
      for (const format of ['text', 'json', 'sarif']) {
        for (const extra of [[], ['--locale', 'ko'], ['--client', 'console-producer'], ['--kafka-version', '2.8']]) {
          const out = run(['check', file, '--format', format, ...extra]);
          if (format !== 'text') assert.ok(out.trim().startsWith('{'), out.slice(0, 200));
          assertClean(`kpc check --format ${format} ${extra.join(' ')}`, out, kase.secrets);
        }
      }
      for (const format of ['text', 'json']) assertClean(`kpc simulate --format ${format}`, run(['simulate', file, '--format', format, '--records', '2000']), kase.secrets);
    });
  }

  test('describe of every secret key (text and json, en and ko) shows no value; catalogued ones say they are secret', () => {
    const secrets = CASES.flatMap((k) => k.secrets);
    for (const key of SECRET_KEYS) {
      for (const args of [[], ['--format', 'json'], ['--locale', 'ko']]) {
        const out = run(['describe', key, ...args]);
        assertClean(`kpc describe ${key}`, out, secrets);
        if (args.length === 0 && !/unknown producer key/.test(out)) assert.match(out, /secret: values are never shown/, key);
      }
    }
  });
});
