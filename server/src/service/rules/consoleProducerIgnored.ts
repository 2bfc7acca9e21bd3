// console-producer-ignored: keys kafka-console-producer.sh always overwrites (compression.type from
// --compression-codec, the serializers, bootstrap.servers from --bootstrap-server), so the file line is dead.
import { CONSOLE_OPTION } from '../producer';
import type { Finding } from '../types';
import { finding } from './context';
import { defineRule } from './definition';

export const consoleProducerIgnored = defineRule({
  code: 'console-producer-ignored',
  defaultSeverity: 'warning',
  severities: ['warning', 'hint'],
  category: 'values',
  onKey: true,
  scope: { kind: 'entry' },
  appliesTo: { clients: ['console-producer'] },
  example: { target: 'client=console-producer', bad: 'compression.type=zstd\nlinger.ms=20\n', good: 'linger.ms=20\n' },
  docs: {
    en: {
      summary: 'A key kafka-console-producer always overwrites: the line has no effect.',
      what: 'For files passed to kafka-console-producer (`# kpc: client=console-producer`), reports `compression.type`, `bootstrap.servers` and the serializers, which the tool sets from its own options whatever the file says.',
      why: 'kafka-console-producer writes these keys after reading --producer.config, so the file\'s line is dead: compression.type becomes none unless --compression-codec is passed, which is easy to miss.',
      fix: 'Pass the tool\'s option instead (`--compression-codec`, `--bootstrap-server`) and remove the line.',
    },
    ko: {
      summary: 'kafka-console-producer가 항상 덮어쓰는 키: 그 줄은 효과가 없습니다.',
      what: 'kafka-console-producer에 넘기는 파일(`# kpc: client=console-producer`)에서, 파일 내용과 상관없이 도구가 자기 옵션으로 정하는 `compression.type`, `bootstrap.servers`, serializer 키를 찾습니다.',
      why: 'kafka-console-producer는 --producer.config를 읽은 뒤 이 키들을 다시 씁니다. 그래서 파일의 줄은 쓰이지 않고, --compression-codec을 주지 않으면 compression.type이 none이 된다는 점을 놓치기 쉽습니다.',
      fix: '대신 도구의 옵션(`--compression-codec`, `--bootstrap-server`)을 쓰고 줄을 지우세요.',
    },
  },
  check(ctx, out: Finding[]) {
    for (const key of ctx.orig.overwritten) {
      const opt = CONSOLE_OPTION[key];
      const v = ctx.orig.values.get(key) ?? '';
      const action = opt ? ctx.msg('rule.console-producer-ignored.passInstead', { opt }) : ctx.msg('rule.console-producer-ignored.removeThisLine');
      // what overwrites it: the tool's option, or the value it fills in
      const by = opt ? ctx.msg('rule.console-producer-ignored.withItsOption', { opt }) : ctx.msg('rule.console-producer-ignored.with', { v });
      for (const i of ctx.byKey.get(key) ?? []) {
        const e = ctx.entries[i]!;
        out.push(
          finding(
            'console-producer-ignored',
            key === 'compression.type' ? 'warning' : 'hint',
            key === 'compression.type'
              ? ctx.msg('rule.console-producer-ignored.overwrittenDefaultNone', { action, key, by })
              : ctx.msg('rule.console-producer-ignored.overwritten', { action, key, by }),
            e.keySpan,
            [],
            { tags: ['unnecessary'] },
          ),
        );
      }
    }
  },
});
