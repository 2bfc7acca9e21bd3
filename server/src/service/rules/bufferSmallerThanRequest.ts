// buffer-smaller-than-request: buffer.memory below max.request.size. KafkaProducer.ensureValidRecordSize
// refuses any record larger than buffer.memory before it checks max.request.size, so records between the
// two sizes always fail (RecordTooLargeException "The message is N bytes when serialized which is larger
// than the total memory buffer you have configured with the buffer.memory configuration."), although
// max.request.size says they are allowed. Read in KafkaProducer.java at 2.8.0 and trunk 1eb7644349cb.
import { parseIntStrict } from '../producer';
import type { Finding } from '../types';
import { finding, lastEntry, relatedLines, setValueEdit, type Rule } from './context';

export const bufferSmallerThanRequest: Rule = {
  codes: ['buffer-smaller-than-request'],
  check(ctx, out: Finding[]) {
    const buffer = parseIntStrict(ctx.effective.get('buffer.memory')?.value);
    const request = parseIntStrict(ctx.effective.get('max.request.size')?.value);
    if (buffer === undefined || request === undefined || buffer >= request) return;
    const at = lastEntry(ctx, 'buffer.memory') ?? lastEntry(ctx, 'max.request.size');
    if (!at) return;
    const onBuffer = at.entry.key === 'buffer.memory';
    out.push(finding('buffer-smaller-than-request', 'warning',
      ctx.t(
        `Raise buffer.memory to at least max.request.size (${request}): records of ${buffer + 1}–${request} bytes always fail with RecordTooLargeException ("…larger than the total memory buffer you have configured with the buffer.memory configuration").`,
        `buffer.memory를 max.request.size(${request}) 이상으로 올리세요: ${buffer + 1}–${request}바이트 레코드는 항상 RecordTooLargeException으로 실패합니다("…larger than the total memory buffer you have configured with the buffer.memory configuration").`,
      ),
      at.entry.keySpan,
      onBuffer ? [{ title: ctx.t(`Set buffer.memory=${request}`, `buffer.memory=${request}로 설정`), edits: [setValueEdit(at.entry, String(request))] }] : [],
      relatedLines(ctx, at.entry.span, [['max.request.size', ctx.t('max.request.size is set here', '여기서 max.request.size를 설정합니다')], ['buffer.memory', ctx.t('buffer.memory is set here', '여기서 buffer.memory를 설정합니다')]]),
    ));
  },
};
