/**
 * Document links for keys whose value names a file (keystores, truststores, OAuth assertion
 * files) or an endpoint URL. The server turns `target` into a URI; relative paths are
 * resolved by the server against the document's folder (Kafka itself resolves them against
 * the JVM's working directory, which the tooltip says).
 */
import { message, type Locale } from '#core';
import type { Analysis } from './analyze';
import type { Span } from './types';

export interface DocumentLinkData {
  span: Span;
  /** The decoded value: a path (absolute or relative) or a URL (`file:`, `https:` …). */
  target: string;
  kind: 'path' | 'url';
  tooltip: string;
}

/** Keys whose value is a file path. */
export const FILE_VALUED_KEYS: ReadonlySet<string> = new Set([
  'ssl.keystore.location',
  'ssl.truststore.location',
  'sasl.oauthbearer.assertion.file',
  'sasl.oauthbearer.assertion.private.key.file',
  'sasl.oauthbearer.assertion.template.file',
]);

/** Keys whose value is a URL (may be `file:` in tests and air-gapped setups). */
export const URL_VALUED_KEYS: ReadonlySet<string> = new Set([
  'sasl.oauthbearer.token.endpoint.url',
  'sasl.oauthbearer.jwks.endpoint.url',
]);

export function documentLinks(analysis: Pick<Analysis, 'parsed'>, locale: Locale = 'en'): DocumentLinkData[] {
  const out: DocumentLinkData[] = [];
  for (const e of analysis.parsed.entries) {
    const value = e.value.trim();
    if (!value || e.valueSpan.end <= e.valueSpan.start) continue;
    // Link values written on one physical line; the target is the decoded value (escapes such
    // as `C:\\certs` already resolved by the parser), the span is the raw text.
    const raw = analysis.parsed.text.slice(e.valueSpan.start, e.valueSpan.end);
    if (/[\r\n]/.test(raw)) continue;
    const lead = raw.length - raw.trimStart().length;
    const span = { start: e.valueSpan.start + lead, end: e.valueSpan.start + lead + raw.trim().length };
    if (FILE_VALUED_KEYS.has(e.key)) {
      out.push({
        span,
        target: value,
        kind: /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? 'url' : 'path',
        tooltip: message(locale, 'links.openFile'),
      });
    } else if (URL_VALUED_KEYS.has(e.key) && /^(?:https?|file):/i.test(value)) {
      out.push({ span, target: value, kind: 'url', tooltip: message(locale, 'links.openEndpointUrl') });
    }
  }
  return out;
}
