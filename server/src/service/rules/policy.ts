// policy: the team's rules from `.kpc.json` (AnalysisOptions.policy), checked against the producer config
// the file turns into (the effective values: what the file sets, else what the client fills in, else the
// version's default). Per key: a required value, allowed values, a range in the key's unit, "must be set"
// or "must not be set". Errors unless the policy says otherwise; the policy entry is the related location.
import { javaTrim, message, parseValue, type KeyInfo } from '#core';
import { parseQuantity, type PolicyRule, type ProjectPolicy, type QuantityUnit } from '../project/policy';
import type { Finding, Fix, RelatedLocation, Span } from '../types';
import { isSecretKey } from '../secrets';
import { unitOf, withHuman } from '../units';
import { finding, insertLineEdit, lastEntry, removeLineEdit, setValueEdit, show, type RuleContext } from './context';
import { defineRule } from './definition';

export const policy = defineRule({
  code: 'policy',
  defaultSeverity: 'error',
  // `"severity"` in a policy entry picks any of them.
  severities: ['error', 'warning', 'information', 'hint'],
  category: 'team',
  // Not always: a key the policy wants set and the file lacks is reported at the first entry.
  onKey: false,
  // The effective value of a key depends on others (acks and idempotence, the client's own settings), and a
  // "must be set" finding sits at the first entry.
  scope: { kind: 'file', reads: 'all', firstEntry: true },
  example: {
    policy: '{ "policy": { "compression.type": { "oneOf": ["lz4", "zstd"] } } }\n',
    bad: 'bootstrap.servers=broker:9092\ncompression.type=gzip\n',
    good: 'bootstrap.servers=broker:9092\ncompression.type=lz4\n',
  },
  docs: {
    en: {
      summary: "The file breaks a rule of the team policy in .kpc.json.",
      what: "Checks the producer config the file turns into (what it sets, else what the client or the Kafka version fills in) against the `policy` of the nearest `.kpc.json`: per key a required value (`value`), allowed values (`oneOf`), a range in the key's unit (`min`, `max`), a key that must be in the file (`required`) or must not be (`forbidden`). Without a `.kpc.json` policy it reports nothing.",
      why: "A team writes down once what its producers must run with (acks, compression, no credentials in the file …) so every config is held to it in the editor, in `kpc check` and in CI, instead of in review.",
      fix: "Change or add the value the message names (the quick fix writes the policy's value), remove a forbidden key, or change the policy in `.kpc.json` if the team agrees. An entry's `severity` and `message` set how it is reported.",
    },
    ko: {
      summary: "파일이 .kpc.json 팀 정책의 규칙을 어깁니다.",
      what: "파일이 만드는 프로듀서 설정(파일의 값, 없으면 클라이언트나 Kafka 버전이 채우는 값)을 가장 가까운 `.kpc.json`의 `policy`와 비교합니다: 키마다 정해진 값(`value`), 허용 값(`oneOf`), 키 단위의 범위(`min`, `max`), 파일에 꼭 있어야 하는 키(`required`)나 있으면 안 되는 키(`forbidden`). `.kpc.json` 정책이 없으면 아무것도 보고하지 않습니다.",
      why: "팀이 프로듀서가 따라야 할 값(acks, 압축, 파일에 자격 증명 금지 …)을 한 번 적어 두면, 리뷰 대신 편집기와 `kpc check`, CI에서 모든 설정이 그 기준으로 검사됩니다.",
      fix: "메시지가 알려 주는 값으로 바꾸거나 추가하고(빠른 수정이 정책의 값을 씁니다), 금지된 키는 지우세요. 팀이 동의하면 `.kpc.json`의 정책을 고치세요. 항목의 `severity`와 `message`로 보고 방식을 정합니다.",
    },
  },
  check(ctx, out: Finding[]) {
    const p = ctx.policy;
    if (!p) return;
    for (const rule of p.rules) checkRule(ctx, p, rule, out);
  },
});

const POLICY = (ctx: RuleContext): string => ctx.msg('rule.policy.teamPolicyInKpc');

/** The value as Kafka reads it, for comparing: booleans, numbers and lists typed; `all` and `-1` the same acks. */
function normalized(ctx: RuleContext, key: string, raw: string, info: KeyInfo | undefined): string {
  const t = javaTrim(raw);
  if (key === 'acks' && (t === 'all' || t === '-1')) return '-1';
  if (!info) return t;
  const r = parseValue(key, t, ctx.target.version);
  if (!r.ok) return t;
  const v = r.value;
  if (Array.isArray(v)) return v.join(',');
  if (typeof v === 'string' && info.rule?.kind === 'enum' && info.rule.caseInsensitive) return v.toLowerCase();
  return v === null ? '' : String(v);
}

function numberOf(ctx: RuleContext, key: string, raw: string, info: KeyInfo | undefined): number | undefined {
  const r = info ? parseValue(key, javaTrim(raw), ctx.target.version) : undefined;
  if (r?.ok && typeof r.value === 'number') return r.value;
  const n = Number(javaTrim(raw));
  return javaTrim(raw) !== '' && Number.isFinite(n) ? n : undefined;
}

function checkRule(ctx: RuleContext, policyFile: ProjectPolicy, rule: PolicyRule, out: Finding[]): void {
  const { key } = rule;
  const info = ctx.info(key);
  const secret = isSecretKey(key);
  const severity = rule.severity ?? 'error';
  const relatedFiles: RelatedLocation[] | undefined = rule.range ? [{ file: policyFile.file, range: rule.range, message: ctx.msg('rule.policy.theTeamPolicyFor', { key }) }] : undefined;
  const why = rule.message ? ` ${rule.message}` : '';
  // What to do first, then the policy and what the file has (the Problems panel shows about 80 characters).
  const emit = (action: string, reason: string, span: Span, fixes: Fix[]): void => {
    out.push(finding('policy', severity, `${action} (${POLICY(ctx)}): ${reason}.${why}`, span, fixes, { ...(relatedFiles ? { relatedFiles } : {}), data: { key } }));
  };
  const indexes = ctx.byKey.get(key) ?? [];
  const top: Span = ctx.entries[0] ? { start: ctx.entries[0].keySpan.start, end: ctx.entries[0].keySpan.start } : { start: 0, end: 0 };

  if (rule.forbidden) {
    for (const i of indexes) {
      const e = ctx.entries[i]!;
      emit(ctx.msg('rule.policy.remove', { key }), ctx.msg('rule.policy.notAllowed'), e.keySpan, [{ title: ctx.msg('rule.policy.removeTeamPolicy', { key }), edits: [removeLineEdit(ctx, e)], preferred: true }]);
    }
    return;
  }

  const wanted = rule.value ?? rule.oneOf?.[0];
  const insertFix = (value: string, safe: boolean): Fix => ({ title: ctx.msg('rule.policy.addTeamPolicy', { key, value }), edits: [insertLineEdit(ctx, `${key}=${value}`)], preferred: true, ...(safe ? { safe } : {}) });
  if (rule.required && indexes.length === 0) {
    emit(ctx.msg('rule.policy.setInTheFile', { key }), ctx.msg('rule.policy.notLeftToDefault'), top, wanted !== undefined ? [insertFix(wanted, rule.value !== undefined)] : []);
    return;
  }

  const last = lastEntry(ctx, key);
  const eff = ctx.effective.get(key);
  // A key this version does not have and the file does not set: nothing to hold to the policy.
  if (!last && !eff) {
    if (rule.value !== undefined && info) emit(ctx.msg('rule.policy.setTo', { key, value: show(rule.value) }), ctx.msg('rule.policy.itIsNotSet'), top, [insertFix(rule.value, true)]);
    return;
  }
  const actual = eff?.value ?? last!.entry.value;
  const inFile = last !== undefined && (eff === undefined || eff.source === 'explicit');
  const span = inFile ? (last.entry.valueSpan.end > last.entry.valueSpan.start ? last.entry.valueSpan : last.entry.keySpan) : top;
  const unit = unitOf(info) as QuantityUnit;
  const shown = (v: string): string => (secret ? ctx.msg('rule.policy.aSecretValue') : show(withHuman(javaTrim(v), unit, ctx.locale)));
  const here = inFile
    ? ctx.msg('rule.policy.thisFileSets', { shown: shown(actual) })
    : eff?.source === 'console-producer'
      ? ctx.msg('rule.policy.kafkaConsoleProducerSets', { shown: shown(actual) })
      : eff?.note
        ? ctx.msg('rule.policy.runsWith', { who: ctx.who, shown: shown(actual), note: message(ctx.locale, `producer.note.${eff.note}`) })
        : ctx.msg('rule.policy.defaultsTo', { who: ctx.who, shown: shown(actual) });
  // A value the client forces cannot be changed in the file; only say so.
  const fixable = inFile || eff?.source !== 'console-producer';
  const setFix = (value: string, preferred: boolean, safe: boolean): Fix => inFile
    ? { title: ctx.msg('rule.policy.changeToTeamPolicy', { key, value }), edits: [setValueEdit(last!.entry, value)], ...(preferred ? { preferred } : {}), ...(safe ? { safe } : {}) }
    : { ...insertFix(value, safe), ...(preferred ? {} : { preferred: false }) };

  const have = normalized(ctx, key, actual, info);
  if (rule.value !== undefined && have !== normalized(ctx, key, rule.value, info)) {
    const wanted = secret ? ctx.msg('rule.policy.theValueThePolicy') : show(rule.value);
    emit(ctx.msg('rule.policy.changeTo', { key, wanted }), here, span, fixable && !secret ? [setFix(rule.value, true, true)] : []);
    return;
  }
  if (rule.oneOf && !rule.oneOf.some((v) => normalized(ctx, key, v, info) === have)) {
    const list = rule.oneOf.join(', ');
    emit(ctx.msg('rule.policy.changeToOneOf', { key, list }), here, span, fixable && !secret ? rule.oneOf.map((v, i) => setFix(v, i === 0, false)) : []);
    return;
  }
  if (rule.min === undefined && rule.max === undefined) return;
  const n = numberOf(ctx, key, actual, info);
  if (n === undefined) return; // not a number: invalid-value says so
  const min = rule.min !== undefined ? parseQuantity(rule.min, unit) : undefined;
  const max = rule.max !== undefined ? parseQuantity(rule.max, unit) : undefined;
  const human = (x: number): string => {
    const h = withHuman(String(x), unit, ctx.locale);
    return h !== String(x) ? h : unit === 'ms' || unit === 's' ? `${x} ${unit}` : unit === 'bytes' ? ctx.msg('rule.policy.bytes', { x }) : h;
  };
  const range = min !== undefined && max !== undefined
    ? ctx.msg('rule.policy.between', { min: human(min), max: human(max) })
    : min !== undefined ? ctx.msg('rule.policy.atLeast', { human: human(min) }) : ctx.msg('rule.policy.atMost', { human: human(max!) });
  const integer = info ? ['int', 'short', 'long'].includes(info.type) : true;
  if (min !== undefined && n < min) {
    const to = String(integer ? Math.ceil(min) : min);
    emit(ctx.msg('rule.policy.keep', { key, range }), here, span, fixable ? [setFix(to, true, false)] : []);
  } else if (max !== undefined && n > max) {
    const to = String(integer ? Math.floor(max) : max);
    emit(ctx.msg('rule.policy.keep', { key, range }), here, span, fixable ? [setFix(to, true, false)] : []);
  }
}
