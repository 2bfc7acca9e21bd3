// idempotence-acks: the idempotent producer needs acks=all (-1).
// error: Kafka throws ConfigException (acks user-set and idempotence explicit, or 2.8/3.0.0/3.1.0 rules;
//        kafka-console-producer 2.8–3.1.0 fills in acks=1 itself, the seed's case);
// warning: idempotence only on by default, so Kafka silently turns it off (3.0.1+);
// hint: idempotence enabled explicitly and acks left out, which only works because of a default.
import { evaluateIdempotence, isLegacyIdempotence, withValue } from '../producer';
import type { Finding } from '../types';
import { finding, insertLineEdit, lastEntry, setValueEdit, toolNote } from './context';
import { anchor, IDEMPOTENCE_KEYS, explicitlyEnabled, idempotenceRelated, problems, whyOn } from './idempotence';
import { defineRule } from './definition';

export const idempotenceAcks = defineRule({
  code: 'idempotence-acks',
  defaultSeverity: 'error',
  severities: ['error', 'warning', 'hint'],
  category: 'idempotence',
  onKey: true,
  scope: { kind: 'file', reads: IDEMPOTENCE_KEYS },
  example: { bad: 'enable.idempotence=true\nacks=1\n', good: 'enable.idempotence=true\nacks=all\n' },
  docs: {
    en: {
      summary: 'acks other than all while idempotence is on: a ConfigException, or idempotence silently off.',
      what: 'Reports `acks` that idempotence cannot work with (`0` or `1`), including the acks=1 kafka-console-producer 2.8–3.1.0 fills in, and, as a hint, an idempotent producer that relies on the default acks.',
      why: 'The idempotent producer needs acks=all. When idempotence is asked for explicitly (or by transactional.id) Kafka throws ConfigException "Must set acks to all in order to use the idempotent producer"; when it is only on by default (3.0.1 and later) Kafka turns idempotence off without a word, and retries may then duplicate or reorder records.',
      fix: 'Set `acks=all` (the quick fix), or write `enable.idempotence=false` to say idempotence is off on purpose.',
    },
    ko: {
      summary: '멱등성이 켜진 상태에서 all이 아닌 acks: ConfigException이 나거나 멱등성이 조용히 꺼집니다.',
      what: '멱등성과 함께 쓸 수 없는 `acks`(`0`, `1`)를 찾습니다. kafka-console-producer 2.8–3.1.0이 채워 넣는 acks=1도 포함하며, 기본 acks에 기대는 멱등 프로듀서는 힌트로 알려 줍니다.',
      why: '멱등 프로듀서는 acks=all이 필요합니다. 멱등성을 명시적으로(또는 transactional.id로) 켰다면 Kafka가 ConfigException "Must set acks to all in order to use the idempotent producer"를 던지고, 기본값으로만 켜져 있다면(3.0.1 이후) 아무 말 없이 멱등성을 끕니다. 그러면 재시도 때 레코드가 중복되거나 순서가 바뀔 수 있습니다.',
      fix: '`acks=all`로 바꾸거나(빠른 수정), 의도적으로 끈 것이라면 `enable.idempotence=false`를 쓰세요.',
    },
  },
  check(ctx, out: Finding[]) {
    const idemLine = lastEntry(ctx, 'enable.idempotence')?.entry;
    const acksLine = lastEntry(ctx, 'acks')?.entry;
    const addAcks = (safe: boolean) => ({ title: ctx.msg('rule.idempotence-acks.addAcksAll'), edits: [insertLineEdit(ctx, 'acks=all', idemLine ?? lastEntry(ctx, 'transactional.id')?.entry)], preferred: true, safe });
    const setAcks = (safe: boolean) => (acksLine ? { title: ctx.msg('rule.idempotence-acks.setAcksAll'), edits: [setValueEdit(acksLine, 'all')], preferred: true, safe } : undefined);
    const ps = problems(ctx, 'acks');
    for (const p of ps) {
      const at = anchor(ctx, 'acks');
      if (p.outcome === 'error') {
        const fromTool = ctx.orig.fromTool.has('acks');
        const msg = fromTool
          ? ctx.msg('rule.idempotence-acks.addAcksAllOr', { toolNote: toolNote(ctx, 'acks'), whyOn: whyOn(ctx), who: ctx.who })
          : ctx.msg('rule.idempotence-acks.setAcksAllAcks', { value: p.value, whyOn: whyOn(ctx), who: ctx.who });
        const fix = fromTool ? addAcks(explicitlyEnabled(ctx)) : setAcks(explicitlyEnabled(ctx));
        out.push(finding('idempotence-acks', 'error', msg, at.span, fix ? [fix] : [], idempotenceRelated(ctx, at.span)));
      } else if (p.outcome === 'disabled') {
        out.push(
          finding(
            'idempotence-acks',
            'warning',
            ctx.msg('rule.idempotence-acks.setAcksAllOr', { value: p.value, who: ctx.who }),
            at.span,
            [
              ...(acksLine ? [{ title: ctx.msg('rule.idempotence-acks.setAcksAllKeep'), edits: [setValueEdit(acksLine, 'all')], preferred: true }] : []),
              { title: ctx.msg('rule.shared.addIdempotenceFalse'), edits: [insertLineEdit(ctx, 'enable.idempotence=false', acksLine)] },
            ],
          ),
        );
      } else {
        out.push(
          finding(
            'idempotence-acks',
            'hint',
            ctx.msg('rule.idempotence-acks.writeAcksAllTo', { whyOn: whyOn(ctx), who: ctx.who, value: p.value }),
            at.entry ? at.entry.keySpan : at.span,
            [addAcks(explicitlyEnabled(ctx))],
          ),
        );
      }
    }
    // Explicitly idempotent and acks only right by default (or by the console producer's fill-in).
    if (ps.length === 0 && explicitlyEnabled(ctx) && !acksLine && idemLine) {
      const wouldFail = evaluateIdempotence(withValue(ctx.orig.values, 'acks', '1'), { version: '2.8', client: 'console-producer' }).problems.some((p) => p.kind === 'acks' && p.outcome === 'error');
      const fromTool = ctx.orig.fromTool.has('acks');
      const acks = ctx.effective.get('acks')?.value ?? 'all';
      const caveat = wouldFail && !isLegacyIdempotence(ctx.target) ? ctx.msg('rule.idempotence-acks.butWithKafkaConsole') : '';
      out.push(
        finding(
          'idempotence-acks',
          'hint',
          fromTool
            ? ctx.msg('rule.idempotence-acks.writeAcksAllAcks', { toolNote: toolNote(ctx, 'acks') })
            : ctx.msg('rule.idempotence-acks.writeAcksAllExplicit', { who: ctx.who, acks, caveat }),
          idemLine.keySpan,
          [addAcks(true)],
        ),
      );
    }
  },
});
