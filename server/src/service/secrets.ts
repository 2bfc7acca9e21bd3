/**
 * The one secret policy. Every output (diagnostics, hover, completion, inlay hints, outline, the
 * preview, effectiveConfig, `kpc check` in every format, `kpc describe`, `kpc simulate`, logs) asks
 * this module whether a key's value may be shown, and shows values only through `safeValue`.
 *
 * A key is secret when
 * - the Kafka catalog types it PASSWORD in any covered version (`ssl.key.password`, `sasl.jaas.config`,
 *   `sasl.oauthbearer.client.credentials.client.secret` …);
 * - a plugin the catalog knows types it PASSWORD or marks it a credential (`basic.auth.user.info`,
 *   `bearer.auth.token`, `schema.registry.ssl.keystore.password`, `apicurio.registry.auth.password` …),
 *   whether or not the file names the plugin;
 * - it is not one of those catalogued keys and its name looks like a credential (password, passphrase,
 *   secret, token, credential, private key, JAAS, user info, API / access / signing key, license …);
 * - it is not catalogued and the did-you-mean engine reads it as a secret Kafka key (`ssl.truststore.pasword`,
 *   `SSL_KEY_PASSWORD_CONFIG`): a misspelt password key still holds a password.
 * Catalogued keys that are not credentials (`sasl.oauthbearer.token.endpoint.url`, `basic.auth.credentials.source`)
 * are shown: their facts say what they hold.
 *
 * Values of other keys are shown with any `user:password@` of a URL masked (Schema Registry's
 * `basic.auth.credentials.source=URL` puts credentials there).
 */
import { findKeyInAnyVersion, KAFKA_VERSIONS, LATEST_VERSION, pluginMatches } from '#core';
import { nearMiss } from './nearMiss';

/** What a hidden value is shown as. */
export const MASK = '••••';

/** Names that hold credentials, for keys the catalog does not describe. */
const SECRET_NAME = new RegExp(
  [
    'pass(?:word|wd|phrase)?(?![a-z])', 'pwd', 'secret', 'token', 'credential', 'private[._-]?key', 'privkey', 'jaas',
    'user[._-]?info', 'authorization', 'auth[._-]?header', 'license', 'cookie',
    'connection[._-]?string', '(?:sas|encrypt(?:ion)?|signing|api|access|master|shared|client|secret)[._-]?key', 'keystore[._-]?key',
  ].join('|'),
  'i',
);

/** What is left of a secret Kafka key's name after a typo or two, for asking the did-you-mean engine. */
const NEAR_SECRET = /pas|wor|pwd|key|jaas|secret|cert|cred|chain/i;

const memo = new Map<string, boolean>();

function decide(key: string): boolean {
  // Kafka's own keys: the catalog's type decides (one version that types it PASSWORD is enough).
  const kafka = findKeyInAnyVersion(key);
  if (kafka) return kafka.info.secret;
  // Plugin keys named in the catalog: their facts decide. Families (prefixes) fall through to the
  // name test unless the family itself holds credentials or its inner Kafka key does.
  let named = false;
  for (const version of [LATEST_VERSION, KAFKA_VERSIONS[0]!]) {
    for (const m of pluginMatches(key, version)) {
      if (m.facts) {
        named = true;
        if (m.facts.type === 'password' || m.facts.secret) return true;
      } else if (m.family) {
        if (m.family.type === 'password') return true;
        if (m.family.kind !== 'any' && m.rest && findKeyInAnyVersion(m.rest)?.info.secret) return true;
      }
    }
  }
  if (named) return false;
  if (SECRET_NAME.test(key)) return true;
  // a misspelt secret key keeps a piece of its name (pas…, …word, key, jaas, secret, cert): only those are asked
  if (!NEAR_SECRET.test(key)) return false;
  return [LATEST_VERSION, KAFKA_VERSIONS[0]!].some((v) => nearMiss(key, v).candidates.some((c) => findKeyInAnyVersion(c.key)?.info.secret === true));
}

/** Whether the value of `key` must never be shown. Independent of Kafka version and of which plugins a file names. */
export function isSecretKey(key: string): boolean {
  let r = memo.get(key);
  if (r === undefined) {
    r = decide(key);
    if (memo.size > 50_000) memo.clear();
    memo.set(key, r);
  }
  return r;
}

// userinfo ends at the last '@' of the address (a password may hold '@' or '/'); addresses end at a space or a comma
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^/@\s:,]*):([^\s,]*)@/gi;
/** A JAAS-style `password="…"` (or `secret=…`) inside some other value. */
const INLINE_SECRET = /\b(password|secret|token|clientSecret|client_secret)\s*=\s*("[^"]*"|'[^']*'|[^\s;]+)/gi;

/**
 * The text of `value` that may be shown for `key`: the mask for a secret key (empty stays empty),
 * else the value with URL passwords and inline `password=` parts masked.
 */
export function safeValue(key: string, value: string): string {
  if (isSecretKey(key)) return value === '' ? '' : MASK;
  if (!value.includes('@') && !value.includes('=')) return value;
  return value.replace(URL_USERINFO, (_m, scheme: string, user: string) => `${scheme}${user}:${MASK}@`).replace(INLINE_SECRET, (_m, name: string) => `${name}=${MASK}`);
}

/** True when `safeValue` would change the value (so a message must not quote it either). */
export function holdsSecret(key: string, value: string): boolean {
  return safeValue(key, value) !== value;
}
