// What a key takes, in words: "a whole number (32-bit int) ≥ 0", "one of all, -1, 0, 1 (any case)". Shown when a
// value is refused (invalid-value, out-of-range) and by `kpc describe`. The value checker (the catalog's
// parseTyped) says what it expected as data (type, validator, how an enum compares); the words come from the
// message catalog in the reader's language.
import type { ConfigType, Expectation, Rule } from '../schemas/catalog/index';
import type { Locale } from './locale';
import { hostMessage } from './messages/index';

const TYPE_KEY = {
  boolean: 'expected.type.boolean',
  int: 'expected.type.int',
  short: 'expected.type.short',
  long: 'expected.type.long',
  double: 'expected.type.double',
  string: 'expected.type.string',
  list: 'expected.type.list',
  class: 'expected.type.class',
  password: 'expected.type.password',
} as const satisfies Record<ConfigType, string>;

const ENUM_KEY = {
  anyCase: 'expected.enum.anyCase',
  exactCase: 'expected.enum.exactCase',
  exactNoSpaces: 'expected.enum.exactNoSpaces',
  lowerOrUpper: 'expected.enum.lowerOrUpper',
} as const;

/** What `expected` accepts, in `locale`. */
export function expectedText(locale: Locale, expected: Expectation): string {
  const { type, rule, casing } = expected;
  const base = hostMessage(locale, TYPE_KEY[type]);
  if (!rule) return base;
  return ruleText(locale, base, rule, casing);
}

function ruleText(locale: Locale, base: string, rule: Rule, casing: Expectation['casing']): string {
  switch (rule.kind) {
    case 'range': {
      const extra = rule.alsoAllowed?.length ? hostMessage(locale, 'expected.range.or', { values: rule.alsoAllowed.join(', ') }) : '';
      if (rule.min !== undefined && rule.max !== undefined) return hostMessage(locale, 'expected.range.between', { base, min: rule.min, max: rule.max, extra });
      if (rule.min !== undefined) return hostMessage(locale, 'expected.range.atLeast', { base, min: rule.min, extra });
      if (rule.max !== undefined) return hostMessage(locale, 'expected.range.atMost', { base, max: rule.max, extra });
      return base;
    }
    case 'enum':
      return hostMessage(locale, ENUM_KEY[casing ?? (rule.caseInsensitive ? 'anyCase' : 'exactCase')], { values: rule.values.join(', ') });
    case 'nonEmpty':
      return hostMessage(locale, 'expected.nonEmpty');
    case 'list': {
      const list = rule.nonEmpty ? hostMessage(locale, 'expected.list.nonEmpty') : base;
      return rule.noEmptyItems ? hostMessage(locale, 'expected.list.noEmptyItems', { list }) : list;
    }
  }
}
