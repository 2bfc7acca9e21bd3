// buffer-smaller-than-request: buffer.memory below max.request.size. KafkaProducer.ensureValidRecordSize
// refuses any record larger than buffer.memory before it checks max.request.size, so records between the
// two sizes always fail (RecordTooLargeException "The message is N bytes when serialized which is larger
// than the total memory buffer you have configured with the buffer.memory configuration."), although
// max.request.size says they are allowed. Read in KafkaProducer.java at 2.8.0 and trunk 1eb7644349cb.
import { parseIntStrict } from '../producer';
import type { Finding } from '../types';
import { finding, lastEntry, relatedLines, setValueEdit } from './context';
import { defineRule } from './definition';

export const bufferSmallerThanRequest = defineRule({
  code: 'buffer-smaller-than-request',
  defaultSeverity: 'warning',
  category: 'batching',
  onKey: true,
  scope: { kind: 'file', reads: ['buffer.memory', 'max.request.size'] },
  example: { bad: 'buffer.memory=1048576\nmax.request.size=2097152\n', good: 'buffer.memory=33554432\nmax.request.size=2097152\n' },
  docs: {
    en: {
      summary: "buffer.memory below max.request.size: records between the two sizes always fail.",
      what: "Reports a `buffer.memory` smaller than `max.request.size` (their effective values, defaults included).",
      why: "Before it looks at `max.request.size`, the producer refuses any record larger than `buffer.memory` with a RecordTooLargeException. Records between the two sizes are rejected although `max.request.size` says they are allowed.",
      fix: "Raise `buffer.memory` to at least `max.request.size` (the quick fix), or lower `max.request.size` to what the buffer can hold.",
    },
    ko: {
      summary: "buffer.memory가 max.request.size보다 작음: 두 크기 사이의 레코드는 항상 실패합니다.",
      what: "`buffer.memory`(기본값 포함 실제 값)가 `max.request.size`보다 작으면 알립니다.",
      why: "프로듀서는 `max.request.size`를 보기 전에 `buffer.memory`보다 큰 레코드를 RecordTooLargeException으로 거부합니다. 그래서 두 크기 사이의 레코드는 `max.request.size`가 허용하는데도 거부됩니다.",
      fix: "`buffer.memory`를 `max.request.size` 이상으로 올리거나(빠른 수정) `max.request.size`를 버퍼에 들어갈 크기로 낮추세요.",
    },
  },
  check(ctx, out: Finding[]) {
    const buffer = parseIntStrict(ctx.effective.get('buffer.memory')?.value);
    const request = parseIntStrict(ctx.effective.get('max.request.size')?.value);
    if (buffer === undefined || request === undefined || buffer >= request) return;
    const at = lastEntry(ctx, 'buffer.memory') ?? lastEntry(ctx, 'max.request.size');
    if (!at) return;
    const onBuffer = at.entry.key === 'buffer.memory';
    out.push(finding('buffer-smaller-than-request', 'warning',
      ctx.msg('rule.buffer-smaller-than-request.raiseBufferMemoryTo', { request, value: buffer + 1 }),
      at.entry.keySpan,
      onBuffer ? [{ title: ctx.msg('rule.buffer-smaller-than-request.setBufferMemory', { request }), edits: [setValueEdit(at.entry, String(request))] }] : [],
      relatedLines(ctx, at.entry.span, [['max.request.size', ctx.msg('rule.buffer-smaller-than-request.maxRequestSizeIs')], ['buffer.memory', ctx.msg('rule.shared.bufferMemoryIsSet')]]),
    ));
  },
});
