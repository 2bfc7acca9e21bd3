// quoted-value: a value written inside quotes (`acks="all"`, `client.id='orders'`). Java's Properties
// keeps quote characters, so Kafka receives them: a number, enum, class or host:port then fails to
// parse (the producer does not start), and a string keeps the quotes (a client.id of `"orders"`, a
// password that never matches). The value of a secret key is never quoted back.
import { javaTrim } from '#core';
import { isSecretKey } from '../secrets';
import type { Finding } from '../types';
import { clip, finding, pluginWho, quotedValue, setValueEdit, show, type Rule } from './context';

export const quotedValue_: Rule = {
  codes: ['quoted-value'],
  check(ctx, out: Finding[]) {
    for (let i = 0; i < ctx.entries.length; i++) {
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
      const shown = secret ? ctx.t('the value', '값') : show(javaTrim(e.value));
      const inner = secret ? '' : ` (${show(q.inner)})`;
      const span = e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
      // a fix only where the raw text is the decoded value (no escapes or continuation lines to rewrite)
      const raw = ctx.text.slice(e.valueSpan.start, e.valueSpan.end);
      // (never for a secret: the edit would carry the value to wherever fixes are shown, e.g. kpc check --format json)
      const fixes = !secret && javaTrim(raw) === javaTrim(e.value)
        ? [{ title: ctx.t('Remove the quotes', '따옴표 제거'), edits: [setValueEdit(e, raw.replace(javaTrim(raw), q.inner))], preferred: true, safe: true }]
        : [];
      out.push(finding('quoted-value', fails ? 'error' : 'warning',
        fails
          ? ctx.t(
            `Remove the quotes around ${clip(e.key)}'s value${inner}: Java keeps them, so ${info?.plugin ? pluginWho(ctx, info) : ctx.who} reads ${shown} and refuses it (${secret ? ctx.t('the value is not shown', '값은 표시하지 않음') : reason}).`,
            `${clip(e.key)} 값${inner}의 따옴표를 지우세요: Java는 따옴표를 그대로 두므로 ${info?.plugin ? pluginWho(ctx, info) : ctx.who}가 ${shown}을(를) 읽고 거부합니다(${secret ? '값은 표시하지 않음' : reason}).`,
          )
          : ctx.t(
            `Remove the quotes around ${clip(e.key)}'s value${inner}: Java keeps them, so ${info?.plugin ? pluginWho(ctx, info) : ctx.who} gets ${shown} with the quote characters.`,
            `${clip(e.key)} 값${inner}의 따옴표를 지우세요: Java는 따옴표를 그대로 두므로 ${info?.plugin ? pluginWho(ctx, info) : ctx.who}는 따옴표가 붙은 ${shown}을(를) 받습니다.`,
          ),
        span, fixes, { data: { quote: q.quote } }));
    }
  },
};
