// bootstrap-servers: an entry of bootstrap.servers that Kafka's address parsing refuses, or reads
// differently than meant. ClientUtils.parseAndValidateAddresses takes each non-empty entry through
// Utils.getHost / getPort (HOST_PORT_PATTERN, matched against the whole entry):
//   2.8–3.7: .*?\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)            (anything before the host is skipped)
//   3.8+:    ^(?:[0-9a-zA-Z\-%._]*://)?\[?([0-9a-zA-Z\-%._:]*)]?:([0-9]+)   (KAFKA-16824: only a scheme://)
// No match: ConfigException "Invalid url in bootstrap.servers: <entry>"; a port Integer.parseInt or
// InetSocketAddress refuses (above 65535): "Invalid port in bootstrap.servers: <entry>"; no entry left:
// "No resolvable bootstrap urls given in bootstrap.servers". All thrown while KafkaProducer is built.
// Read at the tags 2.8.0, 3.0.0 … 3.7.0 (old pattern), 3.8.0, 3.9.0-rc3 and trunk 1eb7644349cb (new).
// 4.1+ is assumed to keep the 3.8 pattern (no tag read) [inferred].
import { javaTrim, listItems, versionAtLeast } from '#core';
import type { Finding, Fix } from '../types';
import { clip, finding, lastEntry, literalIssue, setValueEdit } from './context';
import { defineRule } from './definition';

const OLD = /^.*?\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/d;
const NEW = /^(?:[0-9a-zA-Z\-%._]*:\/\/)?\[?([0-9a-zA-Z\-%._:]*)]?:([0-9]+)$/d;
const SCHEME = /^([0-9a-zA-Z\-%._]*):\/\//;

export type AddressVerdict =
  /** `dropped`: what 2.8–3.7's lazy prefix swallowed before the host that is not a scheme (a first address before a space …) */
  | { ok: true; host: string; port: number; scheme?: string; dropped?: string }
  | { ok: false; why: 'url' | 'port' };

/** How `entry` fares in `version`'s address parsing (see above). */
export function parseBootstrapAddress(entry: string, version: string): AddressVerdict {
  const m = (versionAtLeast(version, '3.8') ? NEW : OLD).exec(entry);
  if (!m) return { ok: false, why: 'url' };
  const port = Number(m[2]);
  // Integer.parseInt (NumberFormatException) or new InetSocketAddress (IllegalArgumentException) → "Invalid port"
  if (!Number.isSafeInteger(port) || port > 65535) return { ok: false, why: 'port' };
  const scheme = SCHEME.exec(entry)?.[1];
  const hostStart = m.indices?.[1]?.[0] ?? 0;
  const dropped = entry.slice(0, hostStart).replace(SCHEME, '').replace(/\[$/, '');
  return { ok: true, host: m[1]!, port, ...(scheme !== undefined ? { scheme } : {}), ...(dropped !== '' ? { dropped } : {}) };
}

/** Kafka's refusal of a bootstrap.servers value as written (ConfigException text), if it refuses it. */
export function bootstrapRefusal(value: string, version: string): string | undefined {
  for (const it of listItems(value)) {
    if (it.text === '') continue;
    const r = parseBootstrapAddress(it.text, version);
    if (!r.ok) return `Invalid ${r.why} in bootstrap.servers: ${it.text}`;
  }
  return undefined;
}

export const bootstrapServers = defineRule({
  code: 'bootstrap-servers',
  defaultSeverity: 'error',
  severities: ['error', 'warning'],
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: ['bootstrap.servers', 'security.protocol'], plugins: true },
  example: { bad: 'bootstrap.servers=localhost\n', good: 'bootstrap.servers=localhost:9092\n' },
  docs: {
    en: {
      summary: "An entry of bootstrap.servers that Kafka refuses or reads differently than meant.",
      what: "Takes each entry of `bootstrap.servers` through the address check Kafka runs while the producer is built: an entry without a `host:port` (or `[ipv6]:port`) shape, a port above 65535, a list with no entry left. From 3.8 Kafka also refuses text before the host other than a `scheme://` prefix, which earlier versions skipped silently; such entries get a warning where they still work.",
      why: "Kafka refuses the whole list with a ConfigException (`Invalid url in bootstrap.servers`, `Invalid port in bootstrap.servers`, `No resolvable bootstrap urls`) and the producer does not start. An entry Kafka reads differently than written connects to another host or port than the author meant.",
      fix: "Write each entry as `host:port` (the quick fix adds the default port of the security protocol where it can tell), separated by commas.",
    },
    ko: {
      summary: "Kafka가 거부하거나 의도와 다르게 읽는 bootstrap.servers 항목.",
      what: "`bootstrap.servers`의 각 항목을 프로듀서를 만들 때 Kafka가 하는 주소 검사에 통과시켜 봅니다: `host:port`(또는 `[ipv6]:port`) 모양이 아닌 항목, 65535보다 큰 포트, 남은 항목이 없는 목록. 3.8부터는 호스트 앞에 `scheme://` 말고 다른 글자가 있어도 거부합니다(이전 버전은 조용히 건너뛰었음). 아직 동작하는 버전에서는 경고로 알립니다.",
      why: "Kafka는 목록 전체를 ConfigException(`Invalid url in bootstrap.servers`, `Invalid port in bootstrap.servers`, `No resolvable bootstrap urls`)으로 거부하고 프로듀서가 시작하지 않습니다. 다르게 읽히는 항목은 작성자가 뜻한 것과 다른 호스트나 포트로 연결합니다.",
      fix: "각 항목을 쉼표로 구분한 `host:port`로 쓰세요(빠른 수정은 알 수 있는 경우 보안 프로토콜의 기본 포트를 붙입니다).",
    },
  },
  check(ctx, out: Finding[]) {
    const last = lastEntry(ctx, 'bootstrap.servers');
    if (!last || ctx.orig.overwritten.has('bootstrap.servers') || literalIssue(ctx, last.index)) return;
    const e = last.entry;
    const v = ctx.target.version;
    const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
    const exact = raw === e.value;
    const items = listItems(e.value);
    const spanOf = (it: { start: number; end: number }) => (exact ? { start: e.valueSpan.start + it.start, end: e.valueSpan.start + Math.max(it.end, it.start + 1) } : e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan);
    const protocol = javaTrim(ctx.effective.get('security.protocol')?.value ?? 'PLAINTEXT').toUpperCase();
    let usable = 0;
    for (const it of items) {
      if (it.text === '') continue; // list-entry speaks for empty entries
      const r = parseBootstrapAddress(it.text, v);
      if (!r.ok) {
        const fixes: Fix[] = [];
        const bare = /^[0-9a-zA-Z\-%._]+$/.test(it.text);
        if (r.why === 'url' && bare && exact) fixes.push({ title: ctx.msg('rule.bootstrap-servers.addPort', { text: clip(it.text) }), edits: [{ span: { start: e.valueSpan.start + it.end, end: e.valueSpan.start + it.end }, newText: ':9092' }] });
        const spaced = /\s/.test(it.text) && it.text.split(/\s+/).every((x) => parseBootstrapAddress(x, v).ok);
        if (spaced && exact) fixes.push({ title: ctx.msg('rule.bootstrap-servers.separateTheAddressesWith'), edits: [setValueEdit(e, raw.replace(it.text, it.text.split(/\s+/).join(',')))], preferred: true, safe: true });
        const what = r.why === 'port'
          ? ctx.msg('rule.bootstrap-servers.useAPortFrom', { text: clip(it.text) })
          : spaced
            ? ctx.msg('rule.bootstrap-servers.separateTheAddressesIn', { text: clip(it.text) })
            : bare
              ? ctx.msg('rule.bootstrap-servers.addAPortTo', { text: clip(it.text) })
              : ctx.msg('rule.bootstrap-servers.writeAsHostPort', { text: clip(it.text) });
        out.push(finding('bootstrap-servers', 'error',
          ctx.msg('rule.bootstrap-servers.inBootstrapServersRefuses', { what, who: ctx.who, why: r.why, text: clip(it.text) }),
          spanOf(it), fixes, { data: { entry: it.text, why: r.why } }));
        continue;
      }
      usable++;
      if (r.dropped !== undefined && r.dropped.trim() !== '') {
        out.push(finding('bootstrap-servers', 'warning',
          ctx.msg('rule.bootstrap-servers.separateBootstrapServersEntries', { who: ctx.who, text: clip(it.text), host: r.host, port: r.port, dropped: clip(r.dropped.trim()) }),
          spanOf(it), [], { data: { entry: it.text, dropped: r.dropped } }));
      } else if (r.scheme !== undefined && r.scheme.toUpperCase() !== protocol && ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].includes(r.scheme.toUpperCase())) {
        out.push(finding('bootstrap-servers', 'warning',
          ctx.msg('rule.bootstrap-servers.setSecurityProtocol', { protocolName: r.scheme.toUpperCase(), scheme: r.scheme, protocol }),
          spanOf(it), [], { data: { entry: it.text, scheme: r.scheme } }));
      }
    }
    // 2.8–4.1: an empty value (or only empty entries) leaves no address at all (4.2 refuses the empty list itself: invalid-value)
    if (usable === 0 && items.every((it) => it.text === '') && !versionAtLeast(v, '4.2') && ctx.target.client === 'java') {
      out.push(finding('bootstrap-servers', 'error',
        ctx.msg('rule.bootstrap-servers.giveBootstrapServersAt'),
        e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan, [], { data: { entry: '' } }));
    }
  },
});
