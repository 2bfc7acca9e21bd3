/**
 * Inlay hints and a code lens for the defaults that matter.
 * - After a numeric value with a unit: its human form (`16384` → `16 KiB`), and `default` when
 *   the value equals the target version's default.
 * - A lens on the first line: the effective acks, enable.idempotence, linger.ms and batch.size
 *   that come from defaults (not written in the file), for the target version and client.
 */
import { message, type Locale } from '#core';
import type { Analysis } from './analyze';
import { isSecretKey } from './secrets';
import { keyInfo } from './symbols';
import type { Span } from './types';
import { humanize, unitOf } from './units';

export interface InlayHintData {
  /** Offset the hint is shown at (end of the value). */
  offset: number;
  label: string;
  tooltip?: string;
}

export interface LensData {
  span: Span;
  title: string;
  tooltip?: string;
}

export const DEFAULTS_THAT_MATTER = ['acks', 'enable.idempotence', 'linger.ms', 'batch.size'] as const;

export function inlayHints(analysis: Pick<Analysis, 'parsed' | 'version' | 'plugins'>, locale: Locale = 'en', range?: Span): InlayHintData[] {
  const out: InlayHintData[] = [];
  const { text } = analysis.parsed;
  for (const e of analysis.parsed.entries) {
    if (range && (e.span.end < range.start || e.span.start > range.end)) continue;
    const info = keyInfo(e.key, analysis.version, analysis.plugins);
    if (!info || isSecretKey(e.key)) continue;
    const raw = text.slice(e.valueSpan.start, e.valueSpan.end);
    if (!raw || /[\r\n]/.test(raw)) continue;
    const value = e.value.trim();
    const parts: string[] = [];
    const h = humanize(value, unitOf(info), locale);
    if (h) parts.push(h);
    if (info.default !== null && value === info.default) parts.push(message(locale, 'inlay.default'));
    if (parts.length === 0) continue;
    out.push({ offset: e.valueSpan.start + raw.trimEnd().length, label: ` ${parts.join(' · ')}`, tooltip: h ? `${value} ${unitOf(info)}` : undefined });
  }
  return out;
}

export function defaultsLens(analysis: Pick<Analysis, 'parsed' | 'version' | 'effective' | 'client'>, locale: Locale = 'en'): LensData[] {
  const shown: string[] = [];
  const notes: string[] = [];
  for (const key of DEFAULTS_THAT_MATTER) {
    const eff = analysis.effective.get(key);
    if (eff?.source === 'explicit') continue;
    const info = keyInfo(key, analysis.version);
    const value = eff?.value ?? info?.default;
    if (value === undefined || value === null) continue;
    const h = humanize(value, unitOf(info), locale);
    const who = eff?.source === 'console-producer' ? ' (console-producer)' : '';
    const shownValue = h && !h.startsWith('≈') ? h.replace(/ \(.*\)$/, '') : info?.unit === 'ms' && /^\d+$/.test(value) ? `${value} ms` : value;
    shown.push(`${key}=${shownValue}${who}`);
    if (eff?.note) notes.push(`${key}: ${message(locale, `producer.note.${eff.note}`)}`);
  }
  const client = analysis.client === 'console-producer' ? 'kafka-console-producer' : message(locale, 'producer.client.java');
  const title = shown.length
    ? message(locale, 'inlay.kafkaDefaults', { version: analysis.version, client, shown: shown.join(' · ') })
    : message(locale, 'inlay.allOverridden', { version: analysis.version, client });
  const tooltip = [message(locale, 'inlay.defaultsTooltip'), ...notes].join('\n');
  return [{ span: { start: 0, end: 0 }, title, tooltip }];
}
