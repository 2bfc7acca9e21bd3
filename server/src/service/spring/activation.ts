// A document's activation conditions and Spring's profile expressions (behaviours `activation`,
// `legacy-spring-profiles`): spring.config.activate.on-profile / on-cloud-platform, the legacy
// spring.profiles, and ProfilesParser's `!`, `&`, `|` and parentheses.
import { findList, findProperty, sourceNames } from './lookup';
import type { Activation, SpringEntry, SpringProblem } from './source';

/** Reads the activation properties of one document's entries; bad expressions are reported in `problems`. */
export function readActivation(entries: readonly SpringEntry[], problems: SpringProblem[]): Activation {
  const names = sourceNames(entries);
  const out: Activation = {};
  const onProfile = findList(names, 'spring.config.activate.on-profile');
  if (onProfile) out.onProfile = { expressions: onProfile.items.map((i) => i.value), entries: onProfile.items.map((i) => i.entry) };
  const cloud = findProperty(names, 'spring.config.activate.on-cloud-platform');
  if (cloud) out.onCloudPlatform = { value: cloud.hit.entry.value, entry: cloud.hit.entry };
  const legacy = findList(names, 'spring.profiles');
  if (legacy) {
    out.legacyProfiles = { expressions: legacy.items.map((i) => i.value), entries: legacy.items.map((i) => i.entry) };
    const at = legacy.from[0]!.entry;
    problems.push({ code: 'legacy-profiles', span: at.span });
    if (onProfile) problems.push({ code: 'legacy-profiles-conflict', span: at.span, data: { onProfile: onProfile.from[0]!.entry.span } });
  }
  for (const group of [out.onProfile, out.legacyProfiles]) {
    if (!group) continue;
    group.expressions.forEach((e, i) => {
      if (parseProfileExpression(e) === undefined) problems.push({ code: 'profile-expression', span: group.entries[i]!.valueSpan, data: { expression: e } });
    });
  }
  return out;
}

/** A parsed profile expression: true when it matches the active profiles. */
export type ProfileMatcher = (active: (profile: string) => boolean) => boolean;

/**
 * Spring's ProfilesParser: tokens split at `(`, `)`, `&`, `|`, `!` (each trimmed, empty ones skipped);
 * `&` and `|` cannot be mixed without parentheses. Undefined for an expression Spring rejects
 * ("Malformed profile expression" / "must contain text").
 */
export function parseProfileExpression(expression: string): ProfileMatcher | undefined {
  if (expression.trim() === '') return undefined;
  const tokens = expression.split(/([()&|!])/).map((t) => t.trim()).filter((t) => t !== '');
  let pos = 0;
  type Ctx = 'none' | 'negate' | 'paren';
  const parse = (ctx: Ctx): ProfileMatcher | undefined => {
    const elements: ProfileMatcher[] = [];
    let op: '&' | '|' | undefined;
    while (pos < tokens.length) {
      const t = tokens[pos++]!;
      if (t === '(') {
        const inner = parse('paren');
        if (!inner) return undefined;
        if (ctx === 'negate') return inner;
        elements.push(inner);
      } else if (t === '&' || t === '|') {
        if (op !== undefined && op !== t) return undefined;
        op = t;
      } else if (t === '!') {
        const inner = parse('negate');
        if (!inner) return undefined;
        elements.push((a) => !inner(a));
      } else if (t === ')') {
        const merged = merge(elements, op);
        if (!merged) return undefined;
        if (ctx === 'paren') return merged;
        elements.length = 0;
        elements.push(merged);
        op = undefined;
      } else {
        const name = t;
        const m: ProfileMatcher = (a) => a(name);
        if (ctx === 'negate') return m;
        elements.push(m);
      }
    }
    return merge(elements, op);
  };
  return parse('none');
}

function merge(elements: ProfileMatcher[], op: '&' | '|' | undefined): ProfileMatcher | undefined {
  if (elements.length === 0) return undefined;
  if (elements.length === 1) return elements[0];
  const list = [...elements];
  return op === '&' ? (a) => list.every((m) => m(a)) : (a) => list.some((m) => m(a));
}

/**
 * Whether a document is active for `profiles` (empty = the default profile "default" is active) and an
 * optional cloud platform. `legacy` = honour spring.profiles (Boot 2.7).
 */
export function isActive(activation: Activation, profiles: readonly string[], options: { cloudPlatform?: string; legacy?: boolean } = {}): boolean {
  const active = profiles.length ? new Set(profiles) : new Set(['default']);
  const accepts = (p: string): boolean => active.has(p);
  // CloudPlatform is an enum: relaxed binding ignores case, '-' and '_' (kubernetes = KUBERNETES, cloud-foundry = CLOUD_FOUNDRY)
  const platform = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (activation.onCloudPlatform && platform(activation.onCloudPlatform.value) !== platform(options.cloudPlatform ?? 'none')) return false;
  const groups = [activation.onProfile, options.legacy ? activation.legacyProfiles : undefined];
  for (const g of groups) {
    if (!g || g.expressions.length === 0) continue;
    const any = g.expressions.some((e) => parseProfileExpression(e)?.(accepts) ?? false);
    if (!any) return false;
  }
  return true;
}
