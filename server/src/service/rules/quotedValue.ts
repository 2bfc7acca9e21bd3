// quoted-value: a value written inside quotes (`acks="all"`, `client.id='orders'`). Java's Properties
// keeps quote characters, so Kafka receives them: a number, enum, class or host:port then fails to
// parse (the producer does not start), and a string keeps the quotes (a client.id of `"orders"`, a
// password that never matches). The value of a secret key is never quoted back.
import { javaTrim } from '#core';
import { isSecretKey } from '../secrets';
import type { Finding } from '../types';
import { clip, finding, pluginWho, quotedValue, setValueEdit, show } from './context';
import { defineRule } from './definition';

export const quotedValue_ = defineRule({
  code: 'quoted-value',
  defaultSeverity: 'error',
  severities: ['error', 'warning'],
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: [], plugins: true },
  example: { bad: 'acks="all"\n', good: 'acks=all\n' },
  docs: {
    en: {
      summary: "A value written inside quotes: Kafka receives the quote characters.",
      what: "Reports a value of a Kafka or plugin key written inside double or single quotes (`acks=\"all\"`, `client.id='orders'`). Keys nobody in the catalog reads are left alone: their reader may strip quotes itself.",
      why: "A properties file has no quoting: Java keeps the quotes as part of the value. A number, enum, class or `host:port` then fails to parse and the producer does not start (error); a string keeps the quotes (a `client.id` of `\"orders\"`, a password that never matches: warning).",
      fix: "Remove the quotes (the quick fix; a secret's value is never shown or quoted back).",
    },
    ko: {
      summary: "따옴표 안에 쓴 값: Kafka는 따옴표 문자까지 받습니다.",
      what: "Kafka나 플러그인 키의 값을 큰따옴표나 작은따옴표 안에 쓴 경우(`acks=\"all\"`, `client.id='orders'`)를 찾습니다. 카탈로그의 누구도 읽지 않는 키는 건드리지 않습니다(읽는 쪽이 따옴표를 직접 벗길 수 있음).",
      why: "properties 파일에는 따옴표 문법이 없어서 Java는 따옴표를 값의 일부로 둡니다. 숫자, enum, 클래스, `host:port`는 해석에 실패해 프로듀서가 시작하지 않고(오류), 문자열은 따옴표가 붙은 채로 쓰입니다(`\"orders\"`라는 `client.id`, 맞지 않는 비밀번호: 경고).",
      fix: "따옴표를 지우세요(빠른 수정. 비밀 값은 표시하거나 다시 인용하지 않습니다).",
    },
  },
  check(ctx, out: Finding[]) {
    for (const i of ctx.checkedEntries()) {
      const e = ctx.entries[i]!;
      const q = quotedValue(e.value);
      if (!q) continue;
      const info = ctx.info(e.key);
      if (!info && !ctx.pluginInfo(e.key)) continue; // a custom key: its reader may strip quotes itself
      const secret = isSecretKey(e.key);
      const r = ctx.check(i);
      // Where the quote characters make Kafka refuse the value, and its words for it.
      const item = javaTrim(e.value).split(',')[0]!;
      const reason = r !== undefined && !r.ok ? r.message
        : e.key === 'bootstrap.servers' ? `ConfigException: Invalid url in bootstrap.servers: ${item}`
        : e.key === 'interceptor.classes' || e.key === 'metric.reporters' ? `KafkaException: Class ${item} cannot be found`
        : /^config\.providers\.[^.]+\.class$/.test(e.key) ? 'ConfigException: Could not load config provider class or one of its dependencies'
        : undefined;
      const fails = reason !== undefined;
      const shown = secret ? ctx.msg('rule.quoted-value.theValue') : show(javaTrim(e.value));
      const inner = secret ? '' : ` (${show(q.inner)})`;
      const span = e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
      // a fix only where the raw text is the decoded value (no escapes or continuation lines to rewrite)
      const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
      // (never for a secret: the edit would carry the value to wherever fixes are shown, e.g. kpc check --format json)
      const fixes = !secret && javaTrim(raw) === javaTrim(e.value)
        ? [{ title: ctx.msg('rule.quoted-value.removeTheQuotes'), edits: [setValueEdit(e, raw.replace(javaTrim(raw), q.inner))], preferred: true, safe: true }]
        : [];
      const key = clip(e.key);
      const who = info?.plugin ? pluginWho(ctx, info) : ctx.who;
      const why = secret ? ctx.msg('rule.quoted-value.theValueIsNot') : reason ?? '';
      out.push(finding('quoted-value', fails ? 'error' : 'warning',
        fails
          ? ctx.msg('rule.quoted-value.removeQuotesRefused', { key, inner, who, shown, why })
          : ctx.msg('rule.quoted-value.removeQuotes', { key, inner, who, shown }),
        span, fixes, { data: { quote: q.quote } }));
    }
  },
});
