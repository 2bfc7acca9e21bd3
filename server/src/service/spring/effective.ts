// The producer config Spring Boot's auto-configured factory hands to Kafka, built from a binding in
// Boot's merge order for the target Boot release (schemas/spring/merge.ts), plus what spring-kafka's
// DefaultKafkaProducerFactory adds (behaviours `factory-*`). Every Kafka key keeps the Spring entry its
// value came from and what it overwrote, so findings can sit on the right line and point at the others.
import { behaves, mergeSteps, typedProperty, type BootTarget, type TypedProperty } from '../../../../schemas/spring/index';
import type { BoundMapEntry, BoundTyped, Origin, SpringKafkaBinding } from './bind';
import { convertClassName, convertDataSize, convertInteger, type ConversionFailure } from './convert';

/** The Java type of the value in the config map (Kafka accepts each for the key's ConfigDef type). */
export type JavaValueType = 'String' | 'Integer' | 'Long' | 'List' | 'Class' | 'Boolean';

export interface Writer {
  /** the merge step (schemas/spring/merge.ts id) */
  step: string;
  /** typed = a typed property; map = a properties map entry; default = a Boot default; factory = spring-kafka */
  kind: 'typed' | 'map' | 'default' | 'factory';
  /** the typed property's or the map's canonical name */
  property: string;
  /** the Spring entry the value came from (none for defaults and factory additions) */
  origin?: Origin;
  /** a list bound from indexed elements: where each element came from */
  itemOrigins?: Origin[];
}

export interface EffectiveEntry {
  key: string;
  /** the value as Kafka reads it (a List joined with ','; a Class as its name) */
  value: string;
  javaType: JavaValueType;
  /** List values */
  items?: string[];
  by: Writer;
  /** earlier writers of this key whose value was replaced, oldest first */
  overrides: { writer: Writer; value: string }[];
  /** the value holds a `${...}` placeholder: Boot resolves it when the application starts, so it is not converted or judged here */
  placeholder?: boolean;
}

export interface ConversionProblem {
  prop: TypedProperty;
  origin: Origin;
  reason: ConversionFailure;
}

/** Other things in the Spring file that stop the application from starting. */
export type StartupFailure =
  /** two SSL sources for one store at one level (MutuallyExclusiveConfigurationPropertiesException; behaviour `ssl-mutually-exclusive`) */
  | { code: 'ssl-mutually-exclusive'; level: 'common' | 'producer'; origins: [Origin, Origin] }
  /** an empty ssl.bundle before 3.3.7 / 3.4.1 is looked up and not found (NoSuchSslBundleException) */
  | { code: 'ssl-bundle-empty'; origin: Origin }
  /** indexed list elements with a gap (UnboundConfigurationPropertiesException) */
  | { code: 'list-gap'; prop: TypedProperty; origin: Origin };

export interface SpringProducerConfig {
  target: BootTarget;
  /** the config map the factory starts every producer from, in Boot's insertion order */
  config: Map<string, EffectiveEntry>;
  /** keys the factory took out of the map (transactional.id becomes the prefix) */
  removed: { entry: EffectiveEntry; by: Writer }[];
  /** the factory is transactional: producers get transactional.id = prefix + n */
  transactionIdPrefix?: { value: string; by: Writer; replaced?: Writer };
  /** values the factory sets per producer, e.g. client.id `orders-1`, transactional.id `tx-0` */
  perProducer: Map<string, { example: string; pattern: string; by: Writer }>;
  /** typed values Boot cannot convert: binding fails and the application does not start */
  conversionProblems: ConversionProblem[];
  startupFailures: StartupFailure[];
}

const SSL_ENGINE_FACTORY = (t: BootTarget): string =>
  t.line.startsWith('4') ? 'org.springframework.boot.kafka.autoconfigure.SslBundleSslEngineFactory' : 'org.springframework.boot.autoconfigure.kafka.SslBundleSslEngineFactory';

/** The typed producer keys in the order Producer.buildProperties writes them. */
const PRODUCER_TYPED = ['acks', 'batch-size', 'bootstrap-servers', 'buffer-memory', 'client-id', 'compression-type', 'key-serializer', 'retries', 'value-serializer'];

/** The auto-configured producer factory's config for `binding` (its target is the Boot release). */
export function producerConfig(binding: SpringKafkaBinding): SpringProducerConfig {
  const t = binding.target;
  const config = new Map<string, EffectiveEntry>();
  const out: SpringProducerConfig = { target: t, config, removed: [], perProducer: new Map(), conversionProblems: [], startupFailures: binding.listGaps.map((g) => ({ code: 'list-gap' as const, prop: g.prop, origin: g.origin })) };
  const steps = new Set(mergeSteps(t).map((s) => s.id));

  const put = (key: string, value: string, javaType: JavaValueType, by: Writer, items?: string[]): void => {
    const prev = config.get(key);
    const entry: EffectiveEntry = { key, value, javaType, by, overrides: [] };
    if (items) entry.items = items;
    if (value.includes('${')) entry.placeholder = true;
    if (prev) {
      // Boot re-applying the value the same property already wrote (3.1+ bootstrap servers) is not an override
      if (prev.by.kind === by.kind && prev.by.property === by.property && prev.by.origin?.entry === by.origin?.entry && prev.value === value) {
        prev.by = { ...prev.by, step: by.step };
        return;
      }
      // the history of other writers; the final writer's own earlier write (a default re-applied) is not listed
      const same = (w: Writer): boolean => w.kind === by.kind && w.property === by.property && w.origin?.entry === by.origin?.entry;
      entry.overrides = [...prev.overrides, { writer: prev.by, value: prev.value }].filter((o) => !same(o.writer));
    }
    config.set(key, entry);
  };
  const typed = (name: string): BoundTyped | undefined => binding.typed.get(name);
  const writer = (step: string, b: BoundTyped): Writer => ({ step, kind: 'typed', property: b.prop.name, origin: b.origin, ...(b.itemOrigins ? { itemOrigins: b.itemOrigins } : {}) });

  /** Writes one typed property (converted); a value Boot cannot convert is reported instead. */
  const writeTyped = (step: string, prop: TypedProperty): void => {
    const b = typed(prop.name);
    const key = prop.kafkaKey;
    if (!key) return;
    if (!b) {
      if (prop.default !== null && prop.conversion.kind === 'class') put(key, prop.default, 'Class', { step, kind: 'default', property: prop.name });
      if (prop.default !== null && prop.conversion.kind === 'list') put(key, prop.default, 'List', { step, kind: 'default', property: prop.name }, prop.default.split(','));
      return;
    }
    const w = writer(step, b);
    if (b.raw.includes('${') && prop.conversion.kind !== 'list') {
      // resolved at start-up from the environment: the converted value cannot be known here
      put(key, b.raw, prop.conversion.kind === 'class' ? 'Class' : 'String', w);
      return;
    }
    switch (prop.conversion.kind) {
      case 'list':
        put(key, (b.items ?? []).join(','), 'List', w, b.items ?? []);
        return;
      case 'dataSize': {
        const r = convertDataSize(b.raw, t, prop.conversion.result, prop.conversion.defaultUnit);
        if (!r.ok) out.conversionProblems.push({ prop, origin: b.origin, reason: r.reason });
        else if (r.value !== null) put(key, r.value.value, prop.conversion.result, w);
        return;
      }
      case 'integer': {
        const r = convertInteger(b.raw);
        if (!r.ok) out.conversionProblems.push({ prop, origin: b.origin, reason: r.reason });
        else if (r.value !== null) put(key, String(r.value), 'Integer', w);
        return;
      }
      case 'class': {
        const r = convertClassName(b.raw);
        if (!r.ok) out.conversionProblems.push({ prop, origin: b.origin, reason: r.reason });
        else if (r.value !== null) put(key, r.value, 'Class', w);
        else if (prop.default !== null) put(key, prop.default, 'Class', { step, kind: 'default', property: prop.name });
        return;
      }
      case 'resource':
        // Boot passes resource.getFile().getAbsolutePath(): a file: URL becomes its path; other locations
        // (classpath:, relative paths) depend on the running application and are kept as written
        put(key, /^file:/i.test(b.raw) ? b.raw.replace(/^file:(\/\/(?=\/))?/i, '') : b.raw, 'String', w);
        return;
      default:
        put(key, b.raw, 'String', w);
    }
  };

  const sslLevel = (step: string, prefix: string): void => {
    const bundleProp = typedProperty(`${prefix}ssl.bundle`, t);
    const bundle = bundleProp ? typed(bundleProp.name) : undefined;
    const lenient = behaves('ssl-bundle-empty-is-unset', t);
    const bundleSet = bundle !== undefined && (lenient ? bundle.raw.trim() !== '' : true);
    // Ssl.validate(): empty strings count as set until 3.3.7 / 3.4.1
    const set = (rel: string): BoundTyped | undefined => {
      const b = typed(`${prefix}ssl.${rel}`);
      return b && (!lenient || b.raw.trim() !== '') ? b : undefined;
    };
    const pairs: [string, string][] = [['key-store-key', 'key-store-location'], ['trust-store-certificates', 'trust-store-location']];
    if (bundleProp) for (const other of ['key-store-key', 'key-store-location', 'trust-store-certificates', 'trust-store-location']) pairs.push(['bundle', other]);
    for (const [a, b] of pairs) {
      const x = set(a);
      const y = set(b);
      if (x && y) out.startupFailures.push({ code: 'ssl-mutually-exclusive', level: prefix === 'spring.kafka.' ? 'common' : 'producer', origins: [x.origin, y.origin] });
    }
    if (bundle && !lenient && bundle.raw === '') out.startupFailures.push({ code: 'ssl-bundle-empty', origin: bundle.origin });
    if (bundleSet && bundle) {
      if (steps.has('connection-details.ssl-bundle')) return; // 3.5+: applied after the maps (step 12)
      put('ssl.engine.factory.class', SSL_ENGINE_FACTORY(t), behaves('ssl-engine-factory-class-object', t) ? 'Class' : 'String', writer(step, bundle));
      return;
    }
    for (const p of SSL_FIELDS) {
      const prop = typedProperty(`${prefix}ssl.${p}`, t);
      if (prop) writeTyped(step, prop);
    }
  };

  const writeMap = (step: string, name: string): void => {
    const m = binding.maps.get(name);
    if (!m) return;
    for (const e of m.values()) put(e.key, e.value, 'String', mapWriter(step, name, e));
  };

  // 1-5: buildCommonProperties
  writeTyped('common.bootstrap-servers', typedProperty('spring.kafka.bootstrap-servers')!);
  writeTyped('common.client-id', typedProperty('spring.kafka.client-id')!);
  sslLevel('common.ssl', 'spring.kafka.');
  writeTyped('common.security', typedProperty('spring.kafka.security.protocol')!);
  writeMap('common.properties', 'spring.kafka.properties');
  // 6-9: Producer.buildProperties
  for (const rel of PRODUCER_TYPED) writeTyped('producer.typed', typedProperty(`spring.kafka.producer.${rel}`)!);
  sslLevel('producer.ssl', 'spring.kafka.producer.');
  writeTyped('producer.security', typedProperty('spring.kafka.producer.security.protocol')!);
  writeMap('producer.properties', 'spring.kafka.producer.properties');

  // 10-12: KafkaAutoConfiguration.applyKafkaConnectionDetailsForProducer (PropertiesKafkaConnectionDetails)
  if (steps.has('connection-details.bootstrap-servers')) {
    const step = 'connection-details.bootstrap-servers';
    const producer = typed('spring.kafka.producer.bootstrap-servers');
    const common = typed('spring.kafka.bootstrap-servers');
    const b = producer ?? common;
    if (b) put('bootstrap.servers', (b.items ?? []).join(','), 'List', writer(step, b), b.items ?? []);
    else put('bootstrap.servers', 'localhost:9092', 'List', { step, kind: 'default', property: 'spring.kafka.bootstrap-servers' }, ['localhost:9092']);
  }
  if (steps.has('connection-details.security-protocol')) {
    const producer = typed('spring.kafka.producer.security.protocol');
    const b = producer && producer.raw !== '' ? producer : typed('spring.kafka.security.protocol');
    if (b && b.raw !== '') put('security.protocol', b.raw, 'String', writer('connection-details.security-protocol', b));
  }
  if (steps.has('connection-details.ssl-bundle')) {
    const producer = typed('spring.kafka.producer.ssl.bundle');
    const b = producer && producer.raw !== '' ? producer : typed('spring.kafka.ssl.bundle');
    if (b && b.raw !== '') put('ssl.engine.factory.class', SSL_ENGINE_FACTORY(t), 'Class', writer('connection-details.ssl-bundle', b));
  }

  // 13: DefaultKafkaProducerFactory's constructor (`factory-transactional-id`, `factory-idempotence`)
  const factory = (property: string, origin?: Origin): Writer => ({ step: 'factory.transactional-id', kind: 'factory', property, ...(origin ? { origin } : {}) });
  let prefix: SpringProducerConfig['transactionIdPrefix'];
  const txId = config.get('transactional.id');
  if (txId && txId.javaType === 'String' && txId.value.trim() !== '') {
    config.delete('transactional.id');
    out.removed.push({ entry: txId, by: factory('transactional.id', txId.by.origin) });
    const w = factory('transactional.id', txId.by.origin);
    prefix = { value: txId.value, by: w };
    idempotence(config, put, w);
  }
  // 14: KafkaAutoConfiguration calls setTransactionIdPrefix with the typed prefix (any non-null value, "" included;
  // the same property also creates a KafkaTransactionManager, `transaction-manager`)
  const typedPrefix = typed('spring.kafka.producer.transaction-id-prefix');
  if (typedPrefix) {
    const w = writer('factory.transaction-id-prefix', typedPrefix);
    prefix = { value: typedPrefix.raw, by: w, ...(prefix ? { replaced: prefix.by } : {}) };
    idempotence(config, put, { ...w, kind: 'factory' });
  }
  if (prefix) {
    out.transactionIdPrefix = prefix;
    out.perProducer.set('transactional.id', { example: `${prefix.value}0`, pattern: `${prefix.value}<n>`, by: prefix.by });
  }

  // per producer: client.id = <prefix>-<n> (`factory-client-id-prefix`; with no client.id, from spring-kafka 3.2, <spring.application.name>-producer)
  const clientId = config.get('client.id');
  if (clientId && clientId.javaType === 'String') {
    out.perProducer.set('client.id', { example: `${clientId.value}-1`, pattern: `${clientId.value}-<n>`, by: { ...clientId.by, step: 'factory.client-id' } });
  } else if (!clientId && binding.applicationName && behaves('factory-application-name-client-id', t)) {
    const p = `${binding.applicationName.value}-producer`;
    out.perProducer.set('client.id', { example: `${p}-1`, pattern: `${p}-<n>`, by: { step: 'factory.client-id', kind: 'factory', property: 'spring.application.name', origin: binding.applicationName.origin } });
  }
  return out;
}

/** enableIdempotentBehaviour: enable.idempotence=true (a Boolean) only when the key is absent. */
function idempotence(config: Map<string, EffectiveEntry>, put: (key: string, value: string, javaType: JavaValueType, by: Writer) => void, by: Writer): void {
  if (!config.has('enable.idempotence')) put('enable.idempotence', 'true', 'Boolean', by);
}

function mapWriter(step: string, name: string, e: BoundMapEntry): Writer {
  return { step, kind: 'map', property: name, origin: e.origin };
}

const SSL_FIELDS = ['key-password', 'key-store-certificate-chain', 'key-store-key', 'key-store-location', 'key-store-password', 'key-store-type', 'trust-store-certificates', 'trust-store-location', 'trust-store-password', 'trust-store-type', 'protocol'];
