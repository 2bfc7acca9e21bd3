// spring-map-key-stripped: Boot drops the characters of an unbracketed map key other than letters,
// digits, '_' and a non-leading '-' (behaviour `map-key-stripped`), so the Kafka client gets another key.
import type { Fix } from '../../types';
import { mapKeyPieces } from '../projection';
import { defineSpringRule, type SpringRule } from './context';

export const springMapKeyStrippedRule = defineSpringRule({
  code: 'spring-map-key-stripped',
  defaultSeverity: 'warning',
  example: {
    file: 'application.properties',
    bad: 'spring.kafka.producer.properties.weird/key\\:name=1\n',
    good: 'spring.kafka.producer.properties.[weird/key\\:name]=1\n',
  },
  docs: {
    en: {
      summary: 'Boot strips characters from an unbracketed map key: Kafka gets another key.',
      what: 'Reports a key of a `spring.kafka.*properties` map written without brackets that holds characters other than letters, digits, `_`, a `-` that does not lead and the dots between parts (`weird/key:name`).',
      why: 'Boot drops those characters from an unbracketed map key when it binds the map, so the Kafka client receives a different key (`weirdkeyname`) and the setting does not apply.',
      fix: 'Write the key in brackets (`[weird/key:name]`) so Boot keeps it as written (in a `.properties` file a `:` in it still needs its backslash).',
    },
    ko: {
      summary: 'Boot가 대괄호 없는 맵 키에서 문자를 지움: Kafka에는 다른 키가 전달됩니다.',
      what: '`spring.kafka.*properties` 맵의 키를 대괄호 없이 쓰면서 글자, 숫자, `_`, 맨 앞이 아닌 `-`, 부분 사이의 점 이외의 문자를 담은 경우(`weird/key:name`)를 보고합니다.',
      why: 'Boot는 맵을 바인딩할 때 대괄호 없는 키에서 그런 문자를 지우므로, Kafka 클라이언트는 다른 키(`weirdkeyname`)를 받고 설정은 적용되지 않습니다.',
      fix: '키를 대괄호로 감싸 쓰세요(`[weird/key:name]`). 그러면 Boot가 쓴 그대로 둡니다(`.properties` 파일에서는 키 안의 `:` 앞에 여전히 백슬래시가 필요합니다).',
    },
  },
});

export const mapKeyStripped: SpringRule = {
  codes: [springMapKeyStrippedRule.code],
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
          if (!quote || newText !== inner) fixes.push({ title: ctx.msg('rule.spring-map-key-stripped.writeTheKeyIn', { newText }), edits: [{ span: p.span, newText }], preferred: true, safe: true });
        }
        out.push({
          code: 'spring-map-key-stripped',
          severity: 'warning',
          span: pieces ? { start: pieces[0]!.span.start, end: pieces[pieces.length - 1]!.span.end } : e.keySpan,
          fixes,
          message: ctx.msg('rule.spring-map-key-stripped.writeTheKeyAs', { written: m.written, root, key: m.key }),
          data: { springName: e.name },
        });
      }
    }
  },
};
