// unknown-class: a class name Kafka (or the plugin reading the key) cannot load: not a Java class name
// at all (`String`, `org.example.MySerializer.class`, spaces), a name in Kafka's own package
// org.apache.kafka.common.serialization that does not exist in this version (a misspelling, or
// ListSerializer before 3.0 / BooleanSerializer before 3.5), or a bare class name without its package.
// CLASS keys fail in ConfigDef.parseType ("Class X could not be found."); class lists
// (interceptor.classes, metric.reporters) in AbstractConfig.getConfiguredInstances ("Class X cannot be
// found"); config.providers.<name>.class in AbstractConfig.instantiateConfigProviders. All while the
// producer is built (read at 2.8.0, 3.9.0-rc3 and trunk 1eb7644349cb).
import { javaTrim, KAFKA_CLASSES, listItems, looksLikeClassName, PLUGINS, SERIALIZATION_PACKAGE, versionAtLeast } from '#core';
import { scoreSuggestions } from '../suggest';
import type { Finding, Fix } from '../types';
import { clip, finding, literalIssue, pluginWho, shortClass, type RuleContext } from './context';
import { defineRule } from './definition';

const JAVA_KEYWORDS = new Set('abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while true false null _'.split(' '));
const CLASS_LISTS = new Set(['interceptor.classes', 'metric.reporters']);

/** Every class name we know by its simple name (Kafka's at `version`, the plugins'), for bare names. */
function knownBySimpleName(version: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of KAFKA_CLASSES) if (versionAtLeast(version, c.since) && !(c.removed && versionAtLeast(version, c.removed))) out.set(shortClass(c.name), c.name);
  for (const p of PLUGINS) for (const c of p.classes) if (!out.has(shortClass(c.name))) out.set(shortClass(c.name), c.name);
  return out;
}

function serializationClasses(version: string): string[] {
  return KAFKA_CLASSES.filter((c) => c.name.startsWith(SERIALIZATION_PACKAGE) && versionAtLeast(version, c.since) && !(c.removed && versionAtLeast(version, c.removed))).map((c) => c.name);
}

type Kind = 'class' | 'list' | 'provider' | 'plugin';
function keyKind(ctx: RuleContext, key: string): Kind | undefined {
  if (CLASS_LISTS.has(key)) return 'list';
  if (/^config\.providers\.[^.]+\.class$/.test(key)) return 'provider';
  const info = ctx.info(key);
  if (info?.type !== 'class') return undefined;
  return info.plugin ? 'plugin' : 'class';
}

/** What is wrong with `name` (undefined: nothing we can tell), and the class probably meant. */
function verdict(ctx: RuleContext, name: string, kind: Kind): { why: string; meant?: string; certain?: boolean } | undefined {
  const v = ctx.target.version;
  const segments = name.split('.');
  const keyword = segments.find((s) => JAVA_KEYWORDS.has(s));
  if (keyword === 'class' && segments.length > 1 && segments[segments.length - 1] === 'class') {
    return { why: ctx.msg('rule.unknown-class.classIsJavaSource'), meant: segments.slice(0, -1).join('.'), certain: true };
  }
  if (keyword) return { why: ctx.msg('rule.unknown-class.isAJavaKeyword', { keyword }) };
  if (!looksLikeClassName(name)) {
    // CLASS keys: invalid-value reports what ConfigDef refuses
    if (kind === 'class') return undefined;
    const squeezed = name.replace(/\s+/g, '');
    return { why: ctx.msg('rule.unknown-class.itIsNotA'), ...(squeezed !== name && looksLikeClassName(squeezed) ? { meant: squeezed, certain: true } : {}) };
  }
  if (!name.includes('.')) {
    const full = knownBySimpleName(v).get(name);
    if (full) return { why: ctx.msg('rule.unknown-class.thePackageIsMissing'), meant: full, certain: true };
    return undefined;
  }
  // One of Kafka's own classes, in a version without it (EnvVarConfigProvider before 3.5, ListSerializer before 3.0 …)
  const ever = KAFKA_CLASSES.find((c) => c.name === name);
  if (ever && !(versionAtLeast(v, ever.since) && !(ever.removed && versionAtLeast(v, ever.removed)))) {
    const when = versionAtLeast(v, ever.since) ? ctx.msg('rule.unknown-class.itWasRemovedIn', { removed: ever.removed! }) : ctx.msg('rule.unknown-class.itExistsFromKafka', { since: ever.since });
    return { why: when };
  }
  // Kafka's serialization package is known class by class: a name there that is not one cannot load.
  if (name.startsWith(SERIALIZATION_PACKAGE) && !name.includes('$') && !ever) {
    const all = serializationClasses(v);
    const close = scoreSuggestions(shortClass(name), all.map(shortClass))[0]?.key;
    const meant = close ? `${SERIALIZATION_PACKAGE}${close}` : undefined;
    return { why: ctx.msg('rule.unknown-class.kafkaHasNoSuch', { ver: ctx.ver, package: SERIALIZATION_PACKAGE.slice(0, -1) }), ...(meant ? { meant } : {}) };
  }
  return undefined;
}

function exception(kind: Kind, key: string, name: string): string {
  if (kind === 'list') return `KafkaException: Class ${name} cannot be found`;
  if (kind === 'provider') return `ConfigException: Invalid value ${name} for configuration ${key}: Could not load config provider class or one of its dependencies`;
  return `ConfigException: Invalid value ${name} for configuration ${key}: Class ${name} could not be found.`;
}

export const unknownClass = defineRule({
  code: 'unknown-class',
  defaultSeverity: 'error',
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: [], plugins: true },
  example: { bad: 'value.serializer=org.apache.kafka.common.serialization.StringSerialiser\n', good: 'value.serializer=org.apache.kafka.common.serialization.StringSerializer\n' },
  docs: {
    en: {
      summary: "A class name Kafka (or the plugin reading the key) cannot load.",
      what: "Reports a class-valued key whose value is not a Java class name at all (`String`, `com.example.MySerializer.class`, spaces), names a class in Kafka's `org.apache.kafka.common.serialization` package that this version does not have (a misspelling, `ListSerializer` before 3.0, `BooleanSerializer` before 3.5), or is a bare class name without its package.",
      why: "Kafka fails to load the class while the producer is built (\"Class … could not be found\" for a class key, \"… cannot be found\" for a class list or a config provider), so the producer does not start.",
      fix: "Write the fully qualified name of a class on the classpath (the quick fix offers the nearest Kafka class when there is one).",
    },
    ko: {
      summary: "Kafka(또는 그 키를 읽는 플러그인)가 불러올 수 없는 클래스 이름.",
      what: "클래스 값을 받는 키의 값이 Java 클래스 이름이 아니거나(`String`, `com.example.MySerializer.class`, 공백), Kafka의 `org.apache.kafka.common.serialization` 패키지에 이 버전에는 없는 클래스를 가리키거나(오타, 3.0 이전의 `ListSerializer`, 3.5 이전의 `BooleanSerializer`), 패키지 없는 클래스 이름이면 알립니다.",
      why: "프로듀서를 만드는 도중 Kafka가 클래스를 불러오지 못해(\"Class … could not be found\", 클래스 목록이나 설정 제공자는 \"… cannot be found\") 프로듀서가 시작하지 않습니다.",
      fix: "클래스 경로에 있는 클래스의 전체 이름을 쓰세요(가까운 Kafka 클래스가 있으면 빠른 수정이 제안합니다).",
    },
  },
  check(ctx, out: Finding[]) {
    for (const i of ctx.checkedEntries()) {
      const e = ctx.entries[i]!;
      const kind = keyKind(ctx, e.key);
      if (!kind || ctx.orig.overwritten.has(e.key) || literalIssue(ctx, i)) continue;
      // a provider class is loaded only for a name listed in config.providers (split on "," as AbstractConfig does)
      if (kind === 'provider' && !(ctx.orig.values.get('config.providers') ?? '').split(',').includes(e.key.slice('config.providers.'.length, -'.class'.length))) continue;
      const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
      const exact = raw === e.value;
      const items = kind === 'list' ? listItems(e.value) : [{ text: javaTrim(e.value), start: e.value.indexOf(javaTrim(e.value)), end: e.value.indexOf(javaTrim(e.value)) + javaTrim(e.value).length }];
      for (const it of items) {
        if (it.text === '') continue; // list-entry
        const bad = verdict(ctx, it.text, kind);
        if (!bad) continue;
        const span = exact ? { start: e.valueSpan.start + it.start, end: e.valueSpan.start + it.end } : e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
        const fixes: Fix[] = bad.meant && exact ? [{ title: ctx.msg('rule.unknown-class.changeTo', { meant: bad.meant }), edits: [{ span, newText: bad.meant }], preferred: true, safe: bad.certain === true }] : [];
        const pinfo = kind === 'plugin' ? ctx.info(e.key) : undefined;
        const who = pinfo ? pluginWho(ctx, pinfo) : ctx.who;
        out.push(finding('unknown-class', 'error',
          bad.meant
            ? ctx.msg('rule.unknown-class.writeInCannotLoad', { meant: bad.meant, key: clip(e.key), who, text: clip(it.text), why: bad.why, exception: exception(kind, e.key, it.text) })
            : ctx.msg('rule.unknown-class.fixTheClassName', { text: clip(it.text), key: clip(e.key), why: bad.why, who, exception: exception(kind, e.key, it.text) }),
          span, fixes, { data: { class: it.text, ...(bad.meant ? { suggestion: bad.meant } : {}) } }));
      }
    }
  },
});
