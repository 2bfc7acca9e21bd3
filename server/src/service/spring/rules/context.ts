// What a Spring rule sees: the Spring file analysis (readers, binding, Boot's producer config), the plain
// producer config it was projected to, the target, and helpers to place and word findings.
import { lineOfOffset, ruleMessages, type KafkaVersion, type Locale, type RuleMessageFn } from '#core';
import { displayValue } from '../../symbols';
import type { Finding, RelatedSpan, Span } from '../../types';
import type { Origin } from '../bind';
import type { SpringFileAnalysis } from '../index';
import type { Projection } from '../projection';
import type { SpringSource } from '../source';
import { defineRule, type RuleDefinition, type RuleInput } from '../../rules/definition';

export interface SpringRuleContext {
  file: SpringFileAnalysis;
  src: SpringSource;
  projection: Projection;
  locale: Locale;
  version: KafkaVersion;
  /** A message of the catalog (core/messages/rules.*.ts) in the file's language, its placeholders filled. */
  msg: RuleMessageFn;
  /** `Spring Boot 3.3.13` */
  boot: string;
  /** 1-based line of an origin's key */
  line(o: Origin): number;
  /** a value for a message: secrets masked, long values cut */
  show(key: string, value: string): string;
  related(o: Origin, message: string): RelatedSpan;
}

export interface SpringRule {
  codes: readonly string[];
  check(ctx: SpringRuleContext, out: Finding[]): void;
}

export function springContext(file: SpringFileAnalysis, projection: Projection, version: KafkaVersion, locale: Locale): SpringRuleContext {
  const src = file.source;
  const line = (o: Origin): number => lineOfOffset(src.lineStarts, o.entry.keySpan.start) + 1;
  return {
    file,
    src,
    projection,
    locale,
    version,
    msg: ruleMessages(locale),
    boot: `Spring Boot ${file.target.release}`,
    line,
    show: (key, value) => `'${displayValue(key, value, 40)}'`,
    related: (o, message) => ({ span: o.entry.keySpan, message }),
  };
}

/** An origin's whole entry, key to value. */
export function entrySpan(o: Origin): Span {
  return o.entry.span;
}

/** A Spring rule's registry entry: category Spring Boot, about the Spring file's lines, over its whole text unless `scope` says otherwise. */
export function defineSpringRule(def: Omit<RuleInput, 'category' | 'onKey' | 'dialect' | 'scope'> & Partial<Pick<RuleInput, 'scope'>>): RuleDefinition {
  return defineRule({ category: 'spring', onKey: false, dialect: 'spring', scope: { kind: 'file', reads: 'all' }, ...def });
}
