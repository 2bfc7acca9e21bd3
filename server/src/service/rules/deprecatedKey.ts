// deprecated-key: a key (or a partitioner class value) this version still honours but marks deprecated.
import type { Finding } from '../types';
import { DEPRECATED, finding, pluginWho, renameKeyEdit, type Rule } from './context';
import { versionAtLeast } from '#core';

export const deprecatedKey: Rule = {
  codes: ['deprecated-key'],
  check(ctx, out: Finding[]) {
    for (const [key, idx] of ctx.byKey) {
      const info = ctx.info(key);
      if (!info || (!info.deprecated && !info.deprecatedValues)) continue;
      for (const i of idx) {
        const e = ctx.entries[i]!;
        if (info.deprecated && info.plugin) {
          // a plugin's old key name (schema.registry.basic.auth.user.info): the plugin still reads it
          const repl = info.deprecated.replacement;
          out.push(
            finding(
              'deprecated-key',
              'hint',
              ctx.t(
                `${repl ? `Use '${repl}' instead of '${key}'` : `Plan to drop '${key}'`}: ${pluginWho(ctx, info)} still reads the old name, but it is deprecated.`,
                `${repl ? `'${key}' 대신 '${repl}'을(를) 쓰세요` : `'${key}'를 없앨 준비를 하세요`}: ${pluginWho(ctx, info)}가 옛 이름도 아직 읽지만 deprecated입니다.`,
              ),
              e.keySpan,
              repl && !ctx.byKey.has(repl) ? [{ title: ctx.t(`Change to '${repl}'`, `'${repl}'(으)로 변경`), edits: [renameKeyEdit(e, repl)], preferred: true }] : [],
              { tags: DEPRECATED },
            ),
          );
        } else if (info.deprecated) {
          const repl = info.deprecated.replacement;
          out.push(
            finding(
              'deprecated-key',
              'hint',
              repl
                ? ctx.t(
                  `Instead of '${key}', ${repl}: it is deprecated since Kafka ${info.deprecated.since} (it still works in ${ctx.ver}).`,
                  `'${key}' 대신 ${repl}: Kafka ${info.deprecated.since}부터 deprecated입니다(${ctx.ver}에서는 아직 동작).`,
                )
                : ctx.t(
                  `Plan to drop '${key}': it is deprecated since Kafka ${info.deprecated.since} (it still works in ${ctx.ver}).`,
                  `'${key}'를 없앨 준비를 하세요: Kafka ${info.deprecated.since}부터 deprecated입니다(${ctx.ver}에서는 아직 동작).`,
                ),
              e.keySpan,
              [],
              { tags: DEPRECATED },
            ),
          );
        }
        const v = e.value.trim();
        const dv = info.deprecatedValues?.find((d) => d.value === v);
        if (dv && versionAtLeast(ctx.target.version, dv.deprecatedSince) && !(dv.removedIn && versionAtLeast(ctx.target.version, dv.removedIn))) {
          out.push(
            finding(
              'deprecated-key',
              'hint',
              ctx.t(
                `${dv.replacement[0]!.toUpperCase()}${dv.replacement.slice(1)}: ${v.split('.').pop()} is deprecated since Kafka ${dv.deprecatedSince} (a WARN is logged; it is removed in ${dv.removedIn ?? 'a later version'}).`,
                `${dv.replacement}: ${v.split('.').pop()}는 Kafka ${dv.deprecatedSince}부터 deprecated입니다(WARN 로그, ${dv.removedIn ?? '이후 버전'}에서 제거).`,
              ),
              e.valueSpan,
              [],
              { tags: DEPRECATED },
            ),
          );
        }
      }
    }
  },
};
