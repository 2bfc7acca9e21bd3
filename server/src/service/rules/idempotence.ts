// Shared by the idempotence rules: where to point, and how to say why idempotence is on.
import type { IdemProblem } from '../producer';
import type { PropertyEntry } from '#core';
import type { RelatedSpan, Span } from '../types';
import { lastEntry, relatedLines, type RuleContext } from './context';

/** The line a problem is about: the key's own line, else the line that turned idempotence on. */
export function anchor(ctx: RuleContext, key: string): { entry?: PropertyEntry; span: Span } {
  for (const k of [key, 'enable.idempotence', 'transactional.id']) {
    const hit = lastEntry(ctx, k);
    if (hit) return { entry: hit.entry, span: k === key ? hit.entry.span : hit.entry.keySpan };
  }
  const first = ctx.entries[0];
  return first ? { span: first.keySpan } : { span: { start: 0, end: 0 } };
}

/** The keys the idempotence outcome is computed from (ProducerConfig's post-processing reads these). */
export const IDEMPOTENCE_KEYS = ['enable.idempotence', 'acks', 'retries', 'max.in.flight.requests.per.connection', 'transactional.id'] as const;

export function problems(ctx: RuleContext, kind: IdemProblem['kind']): IdemProblem[] {
  return ctx.idem.problems.filter((p) => p.kind === kind);
}

/** "enable.idempotence=true in this file" / "transactional.id (which turns idempotence on)" */
export function whyOn(ctx: RuleContext): string {
  if (ctx.idem.explicit && ctx.idem.requested) return ctx.msg('rule.idempotence.enableIdempotenceTrueIs');
  if (ctx.idem.byTransactionalId) return ctx.msg('rule.idempotence.transactionalIdTurnsIdempotence');
  return ctx.msg('rule.idempotence.idempotenceIsOnBy');
}

export const explicitlyEnabled = (ctx: RuleContext): boolean => ctx.idem.explicit && ctx.idem.requested === true;

/** The line that turns idempotence on (explicit enable.idempotence=true, or transactional.id), as `related`. */
export function idempotenceRelated(ctx: RuleContext, at: Span): { related?: RelatedSpan[] } {
  if (explicitlyEnabled(ctx)) return relatedLines(ctx, at, [['enable.idempotence', ctx.msg('rule.idempotence.idempotenceIsEnabledHere')]]);
  if (ctx.idem.byTransactionalId) return relatedLines(ctx, at, [['transactional.id', ctx.msg('rule.idempotence.transactionalIdTurnsItOn')]]);
  return {};
}
