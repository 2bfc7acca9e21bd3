// Helpers for the rules whose facts live in the catalog's start-up check table (schemas/catalog/checks.ts):
// the "since Kafka X" every such finding carries (the registry's appliesTo.since skips the rule before that).
import { CHECKS, javaTrim, type CheckId, type PropertyEntry } from '#core';
import { lastEntry, type RuleContext } from './context';

/** " (a check since Kafka 4.4)" in the finding's language. */
export function introduced(ctx: RuleContext, id: CheckId): string {
  const v = CHECKS[id].since;
  return ctx.msg('rule.shared.checkedSinceKafka', { v });
}

/** The file's `buffer.memory.allocation.strategy` line when it asks for `incremental` (any case) in a version that has the key. */
export function incrementalAllocation(ctx: RuleContext): PropertyEntry | undefined {
  const key = 'buffer.memory.allocation.strategy';
  if (!ctx.info(key)) return undefined;
  const e = lastEntry(ctx, key)?.entry;
  return e && javaTrim(e.value).toLowerCase() === 'incremental' ? e : undefined;
}
