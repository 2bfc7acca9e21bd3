// unknown-key: a key this Kafka version does not define. Kafka never fails on it; it only logs that the
// key was not used (AbstractConfig.logUnused), so whatever the line meant to change stays at its default.
import { findKeyInAnyVersion, KAFKA_CLASSES, otherComponentKey, PLUGIN_SLOTS, pluginOfClass, versionAtLeast, type PropertyEntry } from '#core';
import { evaluateIdempotence, withValue } from '../producer';
import { convertLegacyValue, nearMiss, originNoun, reasonText, type NearMiss, type NearMissResult } from '../nearMiss';
import { classesInSlot, suggestablePlugins } from '../plugins';
import { holdsSecret, isSecretKey, safeValue } from '../secrets';
import type { Finding, Fix, TextEdit } from '../types';
import { clip, finding, insertLineEdit, lastEntry, removeLineEdit, renameKeyEdit, setValueEdit, show, type RuleContext } from './context';
import { defineRule } from './definition';

const JMX_OLD: Record<string, string> = { 'metrics.jmx.blacklist': 'metrics.jmx.exclude', 'metrics.jmx.whitelist': 'metrics.jmx.include' };

/** Near-miss candidates for an unknown key: the version's producer keys and the keys of the plugins the file names. */
function near(ctx: RuleContext, key: string): NearMissResult {
  return nearMiss(key, ctx.target.version, suggestablePlugins(ctx.plugins));
}

/** The scope's `narrow`: `key`'s findings read only its lines, the plugin lines and the JMX keys. */
function readsOnlyItsLines(ctx: RuleContext, key: string): boolean {
  if (ctx.info(key) || ctx.isAllowed(key) || ctx.pluginInfo(key)) return true;
  if (ctx.parsed.bom && ctx.byKey.get(key)?.[0] === 0) return false;
  const nm = near(ctx, key);
  return nm.foreign !== undefined || nm.candidates.length === 0;
}

/** How many unknown lines of the file would be renamed to each key: a rename is only safe when it is the one. */
function renamesTo(ctx: RuleContext, key: string): number {
  return ctx.renameTargets().get(key) ?? 0;
}

function howLogged(ctx: RuleContext): string {
  const v = ctx.target.version;
  if (!versionAtLeast(v, '3.3')) return ctx.msg('rule.unknown-key.loggedNotKnown');
  if (!versionAtLeast(v, '3.5')) return ctx.msg('rule.unknown-key.listedUnusedWarn');
  return ctx.msg('rule.unknown-key.listedUnusedInfo');
}

/** Why enable.idempotence is off: its default, or a value written elsewhere in the file (never called the default). */
function idempotenceSource(ctx: RuleContext): string {
  const e = ctx.effective.get('enable.idempotence');
  const v = clip(e?.value ?? 'false');
  return e?.source === 'explicit'
    ? ctx.msg('rule.unknown-key.enableIdempotenceIsSet', { v })
    : ctx.msg('rule.unknown-key.idempotenceDefault', { v });
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
        ? ctx.msg('rule.unknown-key.idempotenceStaysOnOnly')
        : ctx.msg('rule.unknown-key.idempotenceIsNotEnabled') +
          (cur.legacy && ctx.target.version !== '2.8'
            ? ctx.msg('rule.unknown-key.defaultNotHonoured', { ver: ctx.ver })
            : idempotenceSource(ctx));
      // What happens once the name is fixed.
      const after = evaluateIdempotence(withValue(ctx.orig.values, 'enable.idempotence', value), ctx.target).problems.filter((p) => p.outcome === 'error');
      if (after.length) {
        const why = after.map((p) => (p.kind === 'acks' && ctx.orig.fromTool.has('acks') ? ctx.msg('rule.unknown-key.toolAcks', { value: p.value }) : p.kind === 'transactional' ? 'transactional.id' : `${p.kind === 'max-in-flight' ? 'max.in.flight.requests.per.connection' : p.kind}=${p.value}`));
        const needAcks = after.some((p) => p.kind === 'acks');
        const causes = why.join(', ');
        const unless = needAcks ? ctx.msg('rule.unknown-key.unlessAcksAllIs') : '';
        s += ctx.msg('rule.unknown-key.onceFixedItThrows', { causes, unless });
      }
      return s;
    }
  }
  const eff = ctx.effective.get(intended);
  if (!eff) return ctx.msg('rule.unknown-key.keepsItsDefault', { intended });
  const src = eff.source === 'console-producer' ? ctx.msg('rule.unknown-key.filledInByKafka') : eff.source === 'explicit' ? ctx.msg('rule.unknown-key.setElsewhereInThe') : ctx.msg('rule.unknown-key.theDefault');
  const v = eff.value === '' ? '""' : safeValue(intended, eff.value);
  return ctx.msg('rule.unknown-key.stays', { intended, v, src });
}

/** "… with no Java producer equivalent: <what to do>": a legacy name the Java producer of this version has no key for. */
function foreignMessage(ctx: RuleContext, key: string, f: NonNullable<ReturnType<typeof nearMiss>['foreign']>): string {
  const e = f.entry;
  const note = e.note ? ' ' + e.note[ctx.locale] : '';
  const see = (e.seeAlso ?? []).filter((k) => ctx.info(k));
  const seeText = see.length ? ctx.msg('rule.unknown-key.see', { see: see.map((k) => `'${k}'`).join(', ') }) : '';
  const what = originNoun(e, ctx.locale);
  // the action first: use the Java key from the version that has it, else find out what the line was for and take it out
  const ignored = ' ' + ctx.msg('rule.unknown-key.ignoresIt', { who: ctx.who, howLogged: howLogged(ctx) });
  if (e.to && f.availableFrom) {
    return ctx.msg('rule.unknown-key.useFromVersion', { key: show(key), availableFrom: f.availableFrom, to: e.to, what }) + note + seeText + ignored;
  }
  const notHere = e.to ? ctx.msg('rule.unknown-key.isNotInThis', { to: e.to }) : '';
  return ctx.msg('rule.unknown-key.checkWhatFor', { key: show(key), what, notHere }) + note + seeText + ignored;
}

/** For a legacy-table candidate: how the value carries over (converted, kept, or with no equivalent) and its note. */
function legacyNote(ctx: RuleContext, key: string, c: NearMiss, value: string): string {
  const e = c.legacy;
  if (!e) return '';
  const secret = isSecretKey(key) || isSecretKey(c.key) || holdsSecret(key, value);
  const to = convertLegacyValue(e, value);
  let s = e.note ? ' ' + e.note[ctx.locale] : '';
  if (to === undefined) {
    const shown = show(value);
    s += secret
      ? ctx.msg('rule.unknown-key.noEquivalentSecret', { key: c.key })
      : ctx.msg('rule.unknown-key.noEquivalent', { shown, key: c.key });
  } else if (to === null) {
    s += ctx.msg('rule.unknown-key.theLineHasNo');
  } else if (to !== value && !secret) {
    s += ctx.msg('rule.unknown-key.theFixWrites', { key: c.key, to: clip(to) });
  }
  if (e.companion) s += ctx.msg('rule.unknown-key.javaAlsoNeeds', { key: e.companion.key, value: e.companion.value });
  return s;
}

/**
 * The quick fix for one candidate: rename the key, convert the value where the units or spellings differ, add a
 * companion line Java needs (ssl.truststore.type=PEM). Safe only for the clear candidate when the value carries
 * over, the file does not set the key already and no other line would be renamed to it.
 */
function renameFix(ctx: RuleContext, e: PropertyEntry, c: NearMiss, clear: boolean): Fix {
  const edits: TextEdit[] = [];
  const legacy = c.legacy;
  const to = legacy ? convertLegacyValue(legacy, e.value) : e.value;
  if (to === null) {
    return { title: ctx.msg('rule.unknown-key.removeNoEffect', { key: clip(e.key) }), edits: [removeLineEdit(ctx, e)], preferred: clear };
  }
  edits.push(renameKeyEdit(e, c.key));
  if (to !== undefined && to !== e.value) edits.push(setValueEdit(e, to));
  let companionOk = true;
  const comp = legacy?.companion;
  if (comp) {
    const have = lastEntry(ctx, comp.key)?.entry.value.trim();
    if (have === undefined) edits.push(insertLineEdit(ctx, `${comp.key}=${comp.value}`, e));
    else companionOk = have.toUpperCase() === comp.value.toUpperCase();
  }
  const secret = isSecretKey(e.key) || isSecretKey(c.key) || holdsSecret(e.key, e.value);
  const shown = to !== undefined && to !== e.value && !secret ? `${c.key}=${clip(to)}` : c.key;
  const also = comp && edits.length > 1 && edits[edits.length - 1]!.span.start === e.span.end ? ctx.msg('rule.unknown-key.andAdd', { key: comp.key, value: comp.value }) : '';
  return {
    title: ctx.msg('rule.unknown-key.changeTo', { shown, also }),
    edits,
    preferred: clear,
    safe: clear && to !== undefined && companionOk && !ctx.byKey.has(c.key) && renamesTo(ctx, c.key) === 1,
  };
}

export const unknownKey = defineRule({
  code: 'unknown-key',
  defaultSeverity: 'warning',
  // information for a key a class the file names of its own may read
  severities: ['warning', 'information'],
  category: 'names',
  onKey: true,
  // A key with a did-you-mean reads the producer model, the other unknown keys (is a rename safe?) and whether
  // the file sets the candidates; the BOM's finding whether the key without it is set. Any other key's finding
  // reads only its lines, the plugin lines (plugin keys, a class of one's own) and the JMX keys.
  scope: { kind: 'file', reads: 'all', narrow: { when: readsOnlyItsLines, reads: Object.values(JMX_OLD), plugins: true } },
  example: { bad: 'enavle.idempotence=true\n', good: 'enable.idempotence=true\n' },
  docs: {
    en: {
      summary: 'A key this Kafka version does not define; Kafka ignores the line.',
      what: 'Reports a key the producer of the target Kafka version does not know, with the key it most likely stands for: a typo, or a name pasted from an environment variable, a Java constant, Spring, librdkafka or an old Scala producer.',
      why: 'Kafka does not fail on an unknown key. It only logs it as unused, so whatever the line meant to change keeps its default: a misspelt `enable.idempotence` or `acks` silently weakens delivery guarantees.',
      fix: 'Rename the key to the suggestion (the quick fix; `kpc fix` applies it when there is one clear candidate). A key your own serializer or interceptor reads: `# kpc: allow KEY` or the `allowedKeys` setting.',
    },
    ko: {
      summary: '이 Kafka 버전에 없는 키: Kafka가 줄을 무시합니다.',
      what: '대상 Kafka 버전의 프로듀서가 모르는 키를 찾고, 뜻했을 법한 키를 함께 알려 줍니다. 오타일 수도 있고, 환경 변수·Java 상수·Spring·librdkafka·옛 Scala 프로듀서에서 옮겨 온 이름일 수도 있습니다.',
      why: 'Kafka는 모르는 키 때문에 실패하지 않습니다. 미사용 키로 로그에 남길 뿐이라, 그 줄이 바꾸려던 설정은 기본값 그대로입니다. `enable.idempotence`나 `acks`의 오타는 전달 보장을 조용히 약하게 만듭니다.',
      fix: '제안된 키로 이름을 바꾸세요(빠른 수정. 후보가 하나로 분명하면 `kpc fix`가 적용합니다). 직접 만든 serializer나 interceptor가 읽는 키라면 `# kpc: allow KEY` 또는 `allowedKeys` 설정으로 허용하세요.',
    },
  },
  check(ctx: RuleContext, out: Finding[]) {
    let custom: { slot: string; name: string } | undefined | null = null; // computed on first need
    for (const [key, idx] of ctx.byKey) {
      if (ctx.info(key) || ctx.isAllowed(key)) continue;
      // A key a plugin reads (a serializer's, an interceptor's, a config provider's, metrics.context.*):
      // never unknown, and never "corrected" into a producer key; plugin-key says when no class that reads it is named.
      if (ctx.pluginInfo(key)) continue;
      // JmxReporter's old blacklist/whitelist names were removed in 4.0.
      const jmxOld = JMX_OLD[key];
      if (jmxOld && !versionAtLeast(ctx.target.version, '4.0')) continue;
      if (key.length > 0 && otherComponentKey(key, ctx.target.version)) continue; // consumer-key
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
          message = ctx.msg('rule.unknown-key.jmxRemoved', { jmxOld, key, who: ctx.who });
          fixes.push({ title: ctx.msg('rule.unknown-key.changeToJmx', { jmxOld }), edits: [renameKeyEdit(e, jmxOld)], preferred: true, safe: !ctx.byKey.has(jmxOld) && idx.length === 1 });
          data.suggestions = [jmxOld];
        } else if (any) {
          // Known to a newer Kafka only.
          message = ctx.msg('rule.unknown-key.addedLater', { versions: any.versions[0]!, key, who: ctx.who, howLogged: howLogged(ctx) });
          data.addedIn = any.versions[0];
        } else if (i === 0 && ctx.parsed.bom && e.keySpan.start === 0) {
          const bomLen = ctx.parsed.bom === 'U+FEFF' ? 1 : 3;
          const rest = key.slice(bomLen);
          const shown = ctx.parsed.bom === 'U+FEFF' ? '\\uFEFF' : 'ï»¿';
          message = ctx.msg('rule.unknown-key.bom', { shown, rest: clip(rest) });
          fixes.push({ title: ctx.msg('rule.unknown-key.removeBom'), edits: [{ span: { start: 0, end: bomLen }, newText: '' }], preferred: true, safe: !ctx.byKey.has(rest) });
          data.suggestions = [rest];
        } else {
          const nm = near(ctx, key);
          if (nm.foreign) {
            message = foreignMessage(ctx, key, nm.foreign);
            data.suggestions = [];
          } else if (nm.candidates.length) {
            // The action first (only the first ~80 characters show in a Problems list): the suggestion, then why.
            const best = nm.candidates[0]!;
            const listed = nm.candidates.map((c) => {
              const why = reasonText(c.reasons, ctx.locale);
              return `'${c.key}'${why ? ` (${why})` : ''}`;
            });
            // (the consequence starts a sentence: capitalized in English, left as it is in Korean, which has no capitals)
            message = ctx.msg('rule.unknown-key.didYouMean', {
              key: show(key),
              candidates: listed.join(ctx.msg('rule.unknown-key.or')),
              who: ctx.who,
              howLogged: howLogged(ctx),
              consequence: capitalize(consequence(ctx, best.key, e.value)),
              legacyNote: legacyNote(ctx, key, best, e.value),
            });
            for (const c of nm.candidates) fixes.push(renameFix(ctx, e, c, c === nm.clear && idx.length === 1));
            data.suggestions = nm.candidates.map((c) => c.key);
          } else {
            if (custom === null) custom = customClass(ctx);
            const reader = custom;
            if (reader) severity = 'information'; // the file names a class of its own that may well read it
            message = reader
              ? ctx.msg('rule.unknown-key.allowIfReads', { key: show(key), name: reader.name.slice(reader.name.lastIndexOf('.') + 1), slot: reader.slot, allow: clip(key), who: ctx.who, howLogged: howLogged(ctx) })
              : ctx.msg('rule.unknown-key.checkSpelling', { key: show(key), allow: clip(key), who: ctx.who, howLogged: howLogged(ctx) });
            data.suggestions = [];
          }
        }
        out.push(finding('unknown-key', severity, message, e.keySpan, fixes, { data }));
      }
    }
  },
});
