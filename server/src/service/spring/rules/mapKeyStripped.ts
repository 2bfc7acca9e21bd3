// spring-map-key-stripped: Boot drops the characters of an unbracketed map key other than letters,
// digits, '_' and a non-leading '-' (behaviour `map-key-stripped`), so the Kafka client gets another key.
import type { Fix } from '../../types';
import { mapKeyPieces } from '../projection';
import type { SpringRule } from './context';

export const mapKeyStripped: SpringRule = {
  codes: ['spring-map-key-stripped'],
  check(ctx, out) {
    for (const [root, map] of ctx.file.binding.maps) {
      for (const m of map.values()) {
        if (!m.changed) continue;
        const e = m.origin.entry;
        const pieces = mapKeyPieces(ctx.src, e, m.written);
        const fixes: Fix[] = [];
        if (pieces?.length === 1) {
          const p = pieces[0]!;
          const quote = ctx.src.format === 'yaml' && !/^["']/.test(ctx.src.text.slice(e.keySpan.start, e.keySpan.start + 1));
          const inner = `[${m.written}]`;
          // in YAML a plain key starting with '[' would be a flow sequence: quote it
          const newText = quote && p.span.start === e.keySpan.start && p.span.end === e.keySpan.end ? `"${inner}"` : inner;
          if (!quote || newText !== inner) fixes.push({ title: ctx.t(`Write the key in brackets: ${newText}`, `키를 대괄호로 감싸기: ${newText}`), edits: [{ span: p.span, newText }], preferred: true, safe: true });
        }
        out.push({
          code: 'spring-map-key-stripped',
          severity: 'warning',
          span: pieces ? { start: pieces[0]!.span.start, end: pieces[pieces.length - 1]!.span.end } : e.keySpan,
          fixes,
          message: ctx.t(`Write the key as [${m.written}] to keep it: Boot strips the characters of an unbracketed key, so under ${root} '${m.written}' becomes '${m.key}'.`, `키를 그대로 두려면 [${m.written}]로 쓰세요: Boot는 대괄호 없는 키에서 문자를 지우므로 ${root} 아래 '${m.written}'은(는) '${m.key}'이(가) 됩니다.`),
          data: { springName: e.name },
        });
      }
    }
  },
};
