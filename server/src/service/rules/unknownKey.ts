// unknown-key: a key this Kafka version does not define. Kafka never fails on it; it only logs that the
// key was not used (AbstractConfig.logUnused), so whatever the line meant to change stays at its default.
import { findKeyInAnyVersion, otherComponentKey } from '../../../../schemas/catalog/index';
import { KAFKA_CLASSES } from '../../../../schemas/catalog/classes';
import { PLUGIN_SLOTS, pluginById, pluginOfClass } from '../../../../schemas/catalog/plugins/index';
import { classesInSlot } from '../plugins';
import { evaluateIdempotence, keyNamesOf, versionAtLeast } from '../document';
import { safeValue } from '../secrets';
import { clearSuggestion, scoreSuggestions, type ScoredSuggestion } from '../suggest';
import type { Finding, Fix } from '../types';
import { clip, finding, renameKeyEdit, show, type Rule, type RuleContext } from './context';

/** Keys of the pre-0.9 Scala producer that people still copy from old guides, with the Java producer's key. */
const LEGACY: Record<string, string> = {
  'message.send.max.retries': 'retries',
  'request.required.acks': 'acks',
  'metadata.broker.list': 'bootstrap.servers',
  'queue.buffering.max.ms': 'linger.ms',
  'compression.codec': 'compression.type',
  'serializer.class': 'value.serializer',
  'key.serializer.class': 'key.serializer',
};

const JMX_OLD: Record<string, string> = { 'metrics.jmx.blacklist': 'metrics.jmx.exclude', 'metrics.jmx.whitelist': 'metrics.jmx.include' };

/** One array per version and set of named plugins (suggest.ts keeps what it derives from a candidate array). */
const CANDIDATES = new Map<string, string[]>();
/** The key names a suggestion may come from: the version's producer keys and the keys of the plugins the file names. */
function candidateNames(ctx: RuleContext): { id: string; names: () => string[] } {
  const ids = [...ctx.plugins.keys()].filter((id) => pluginById(id)?.keys.length).sort();
  const id = ctx.target.version + '|' + ids.join(',');
  return {
    id,
    names: () => {
      let names = CANDIDATES.get(id);
      if (!names) {
        names = [...keyNamesOf(ctx.target.version), ...new Set(ids.flatMap((p) => pluginById(p)!.keys.map((k) => k.key)))];
        if (CANDIDATES.size > 200) CANDIDATES.clear();
        CANDIDATES.set(id, names);
      }
      return names;
    },
  };
}

const suggestMemo = new Map<string, ScoredSuggestion[]>();
function suggestionsFor(ctx: RuleContext, key: string): ScoredSuggestion[] {
  const cands = candidateNames(ctx);
  const id = cands.id + '\u0000' + key;
  let s = suggestMemo.get(id);
  if (!s) {
    s = scoreSuggestions(key, cands.names());
    if (suggestMemo.size > 5000) suggestMemo.clear();
    suggestMemo.set(id, s);
  }
  return s;
}

function howLogged(ctx: RuleContext): string {
  const v = ctx.target.version;
  if (!versionAtLeast(v, '3.3')) return ctx.t("logged as \"isn't a known config\"", "\"isn't a known config\" 로그만 남김");
  if (!versionAtLeast(v, '3.5')) return ctx.t('listed as unused in a WARN', '미사용 키 WARN 로그에만 나옴');
  return ctx.t('listed as unused at INFO', '미사용 키 INFO 로그에만 나옴');
}

/** Why enable.idempotence is off: its default, or a value written elsewhere in the file (never called the default). */
function idempotenceSource(ctx: RuleContext): string {
  const e = ctx.effective.get('enable.idempotence');
  const v = clip(e?.value ?? 'false');
  return e?.source === 'explicit'
    ? ctx.t(` (enable.idempotence=${v} is set elsewhere in the file)`, ` (파일의 다른 줄에 enable.idempotence=${v}가 있음)`)
    : ctx.t(` (default: ${v})`, ` (기본값: ${v})`);
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const KAFKA_CLASS_NAMES = new Set(KAFKA_CLASSES.map((c) => c.name));
/** A class of the user's own (or a library we do not catalogue) named in a slot: it may read keys we do not know. */
function customClass(ctx: RuleContext): { slot: string; name: string } | undefined {
  for (const slot of PLUGIN_SLOTS) {
    if (ctx.orig.fromTool.has(slot)) continue;
    for (const name of classesInSlot(ctx.orig.values, slot)) {
      if (name === '' || name.startsWith('org.apache.kafka.') || KAFKA_CLASS_NAMES.has(name) || pluginOfClass(name)) continue;
      return { slot, name };
    }
  }
  return undefined;
}

/** What the misspelt line fails to do, in terms of the key it was meant to be. */
function consequence(ctx: RuleContext, intended: string, value: string): string {
  if (intended === 'enable.idempotence') {
    const wanted = value.trim().toLowerCase();
    if (wanted === 'true') {
      const cur = ctx.idem;
      let s = cur.enabled
        ? ctx.t('idempotence stays on only because it is the default here', '멱등성은 이 버전의 기본값이라 켜져 있을 뿐입니다')
        : ctx.t('idempotence is NOT enabled by this line', '이 줄로는 멱등성이 켜지지 않습니다(NOT enabled)') +
          (cur.legacy && ctx.target.version !== '2.8'
            ? ctx.t(` (the default true is not honoured in ${ctx.ver}, KAFKA-13598)`, ` (${ctx.ver}은 기본값 true를 반영하지 않음, KAFKA-13598)`)
            : idempotenceSource(ctx));
      // What happens once the name is fixed.
      const fixed = new Map(ctx.orig.values);
      fixed.set('enable.idempotence', value);
      const after = evaluateIdempotence(fixed, ctx.target).problems.filter((p) => p.outcome === 'error');
      if (after.length) {
        const why = after.map((p) => (p.kind === 'acks' && ctx.orig.fromTool.has('acks') ? ctx.t(`the tool's acks=${p.value}`, `도구가 채운 acks=${p.value}`) : p.kind === 'transactional' ? 'transactional.id' : `${p.kind === 'max-in-flight' ? 'max.in.flight.requests.per.connection' : p.kind}=${p.value}`));
        const needAcks = after.some((p) => p.kind === 'acks');
        s += ctx.t(`; once fixed, it throws ConfigException (${why.join(', ')})${needAcks ? ' unless acks=all is added' : ''}`, `; 이름을 고치면 ${why.join(', ')} 때문에 ConfigException이 납니다${needAcks ? '(acks=all 추가 필요)' : ''}`);
      }
      return s;
    }
  }
  const eff = ctx.effective.get(intended);
  if (!eff) return ctx.t(`'${intended}' keeps its default`, `'${intended}'는 기본값 그대로입니다`);
  const src = eff.source === 'console-producer' ? ctx.t('filled in by kafka-console-producer', 'kafka-console-producer가 채운 값') : eff.source === 'explicit' ? ctx.t('set elsewhere in the file', '파일의 다른 줄에서 설정') : ctx.t('default', '기본값');
  const v = eff.value === '' ? '""' : safeValue(intended, eff.value);
  return ctx.t(`'${intended}' stays ${v} (${src})`, `'${intended}'는 ${v} 그대로입니다(${src})`);
}

export const unknownKey: Rule = {
  codes: ['unknown-key'],
  check(ctx: RuleContext, out: Finding[]) {
    let custom: { slot: string; name: string } | undefined | null = null; // computed on first need
    for (const [key, idx] of ctx.byKey) {
      if (ctx.info(key) || ctx.isAllowed(key)) continue;
      // A key a plugin reads (a serializer's, an interceptor's, a config provider's, metrics.context.*):
      // never unknown; plugin-key says when no class that reads it is named.
      if (ctx.pluginInfo(key)) continue;
      // JmxReporter's old blacklist/whitelist names were removed in 4.0.
      const jmxOld = JMX_OLD[key];
      if (jmxOld && !versionAtLeast(ctx.target.version, '4.0')) continue;
      if (key.length > 0 && otherComponentKey(key)) continue; // consumer-key
      const any = findKeyInAnyVersion(key);
      if (any && any.versions.length > 0 && !versionAtLeast(any.versions[0]!, ctx.target.version)) continue; // removed-key
      for (const i of idx) {
        const e = ctx.entries[i]!;
        if (e.key === '' ) continue;
        const fixes: Fix[] = [];
        let severity: 'warning' | 'information' = 'warning';
        let message: string;
        const data: Record<string, unknown> = {};
        if (jmxOld) {
          message = ctx.t(
            `Change to '${jmxOld}': '${key}' was removed in Kafka 4.0 (JmxReporter now reads only '${jmxOld}'), so ${ctx.who} ignores it.`,
            `'${jmxOld}'(으)로 바꾸세요: '${key}'는 Kafka 4.0에서 제거되어(JmxReporter는 '${jmxOld}'만 읽음) ${ctx.who}가 무시합니다.`,
          );
          fixes.push({ title: ctx.t(`Change to '${jmxOld}'`, `'${jmxOld}'(으)로 변경`), edits: [renameKeyEdit(e, jmxOld)], preferred: true, safe: !ctx.byKey.has(jmxOld) && idx.length === 1 });
          data.suggestions = [jmxOld];
        } else if (any) {
          // Known to a newer Kafka only.
          message = ctx.t(
            `Target Kafka ${any.versions[0]}+ or remove '${key}': the key was added in Kafka ${any.versions[0]}, so ${ctx.who} ignores it (${howLogged(ctx)}).`,
            `Kafka ${any.versions[0]}+를 대상으로 하거나 '${key}'를 지우세요: Kafka ${any.versions[0]}에서 추가된 키라서 ${ctx.who}는 무시합니다(${howLogged(ctx)}).`,
          );
          data.addedIn = any.versions[0];
        } else if (i === 0 && ctx.parsed.bom && e.keySpan.start === 0) {
          const bomLen = ctx.parsed.bom === 'U+FEFF' ? 1 : 3;
          const rest = key.slice(bomLen);
          const shown = ctx.parsed.bom === 'U+FEFF' ? '\\uFEFF' : 'ï»¿';
          message = ctx.t(
            `Remove the byte-order mark at the start of the file: Java's Properties keeps it, so Kafka reads the key as '${shown}${clip(rest)}' and ignores it.`,
            `파일 맨 앞의 BOM을 지우세요: Java Properties는 BOM을 지우지 않으므로 Kafka는 키를 '${shown}${clip(rest)}'로 읽고 무시합니다.`,
          );
          fixes.push({ title: ctx.t('Remove the byte-order mark', 'BOM 삭제'), edits: [{ span: { start: 0, end: bomLen }, newText: '' }], preferred: true, safe: !ctx.byKey.has(rest) });
          data.suggestions = [rest];
        } else if (LEGACY[key]) {
          const repl = LEGACY[key]!;
          message = ctx.t(
            `Change to '${repl}': '${key}' is a setting of the old Scala producer, which the Java producer ignores (${howLogged(ctx)}).`,
            `'${repl}'(으)로 바꾸세요: '${key}'는 예전 Scala 프로듀서 설정이라 Java 프로듀서는 무시합니다(${howLogged(ctx)}).`,
          );
          fixes.push({ title: ctx.t(`Change to '${repl}'`, `'${repl}'(으)로 변경`), edits: [renameKeyEdit(e, repl)], preferred: true });
          data.suggestions = [repl];
        } else {
          const scored = suggestionsFor(ctx, key);
          const clear = clearSuggestion(scored, key);
          const names = scored.map((s) => s.key);
          // The action first (only the first ~80 characters show in a Problems list): the suggestion, then why.
          if (custom === null) custom = customClass(ctx);
          const reader = names.length ? undefined : custom;
          if (reader) severity = 'information'; // the file names a class of its own that may well read it
          message = reader
            ? ctx.t(
              `Unknown key ${show(key)} — if ${reader.name.slice(reader.name.lastIndexOf('.') + 1)} (${reader.slot}) reads it, allow it with \`# kpc: allow ${clip(key)}\` (${ctx.who} itself ignores it; ${howLogged(ctx)}).`,
              `알 수 없는 키 ${show(key)} — ${reader.name.slice(reader.name.lastIndexOf('.') + 1)}(${reader.slot})가 읽는 키라면 \`# kpc: allow ${clip(key)}\`로 허용하세요(${ctx.who} 자체는 무시함; ${howLogged(ctx)}).`,
            )
            : names.length
            ? ctx.t(
              `Unknown key ${show(key)} — did you mean ${names.map((n) => `'${n}'`).join(' or ')}? (${ctx.who} ignores it; ${howLogged(ctx)}) ${capitalize(consequence(ctx, names[0]!, e.value))}.`,
              `알 수 없는 키 ${show(key)} — ${names.map((n) => `'${n}'`).join(' 또는 ')}을(를) 뜻했나요? (${ctx.who}는 무시함; ${howLogged(ctx)}) ${consequence(ctx, names[0]!, e.value)}.`,
            )
            : ctx.t(
              `Unknown key ${show(key)} — check the spelling, or allow it with \`# kpc: allow ${clip(key)}\` if your own serializer or interceptor reads it (${ctx.who} ignores it; ${howLogged(ctx)}).`,
              `알 수 없는 키 ${show(key)} — 철자를 확인하거나, 직접 만든 serializer나 interceptor가 읽는 키라면 \`# kpc: allow ${clip(key)}\`로 허용하세요(${ctx.who}는 무시함; ${howLogged(ctx)}).`,
            );
          for (const n of names) {
            fixes.push({ title: ctx.t(`Change to '${n}'`, `'${n}'(으)로 변경`), edits: [renameKeyEdit(e, n)], preferred: n === clear, safe: n === clear && !ctx.byKey.has(n) && idx.length === 1 });
          }
          data.suggestions = names;
        }
        out.push(finding('unknown-key', severity, message, e.keySpan, fixes, { data }));
      }
    }
  },
};
