/**
 * Semantic tokens that a TextMate grammar cannot know: whether a key is a real producer key
 * for the target Kafka version, deprecated, or unknown (and custom keys allowed by settings).
 */
import { keyInfo } from './symbols';
import type { Analysis } from './analyze';
import type { Span } from './types';

/** Token types, in legend order. `kafkaUnknownKey` is contributed in package.json (superType `variable`). */
export const TOKEN_TYPES = ['property', 'kafkaUnknownKey'] as const;
/** Token modifiers, in legend order (bit i = TOKEN_MODIFIERS[i]). */
export const TOKEN_MODIFIERS = ['deprecated', 'readonly'] as const;

export interface SemanticTokenData {
  span: Span;
  type: (typeof TOKEN_TYPES)[number];
  modifiers: (typeof TOKEN_MODIFIERS)[number][];
}

export function semanticTokens(analysis: Pick<Analysis, 'parsed' | 'version' | 'plugins'>): SemanticTokenData[] {
  const out: SemanticTokenData[] = [];
  const { text } = analysis.parsed;
  for (const e of analysis.parsed.entries) {
    if (e.keySpan.end <= e.keySpan.start) continue;
    if (/[\r\n]/.test(text.slice(e.keySpan.start, e.keySpan.end))) continue; // key continued over lines
    const info = keyInfo(e.key, analysis.version, analysis.plugins);
    // a plugin key counts as real when a class that reads it is named, or when no one else uses its name
    if (info && (!info.plugin || info.plugin.active || info.plugin.distinctive)) out.push({ span: e.keySpan, type: 'property', modifiers: info.deprecated ? ['deprecated'] : [] });
    else out.push({ span: e.keySpan, type: 'kafkaUnknownKey', modifiers: [] });
  }
  return out;
}
