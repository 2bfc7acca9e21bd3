// unknown-kafka-version: the Kafka version asked for (the kafkaVersion setting, `--kafka-version`, or a
// `# kpc: kafka-version=` comment) is not one the catalog covers; the file is checked against another one.
import { LATEST_VERSION, versionProblem, type ValueDirective, type VersionResolution } from '#core';
import type { Finding, Fix } from '../types';
import type { RuleContext } from './context';
import { defineRule } from './definition';

/** For a `# kpc: kafka-version=X` the catalog does not cover: the nearest version it does, written over X. */
function versionFixes(ctx: RuleContext, d: ValueDirective, nearest: Extract<VersionResolution, { ok: false }>['nearest']): Fix[] {
  if (!nearest || d.value === '') return [];
  const why = nearest.relation === 'oldest' ? ctx.msg('rule.unknown-kafka-version.theOldestCovered') : nearest.relation === 'newest' ? ctx.msg('rule.unknown-kafka-version.theNewestCovered') : ctx.msg('rule.unknown-kafka-version.theNearestCoveredBelow');
  return [{ title: ctx.msg('rule.unknown-kafka-version.checkAgainstKafka', { version: nearest.version, why }), edits: [{ span: d.valueSpan, newText: nearest.version }], preferred: true }];
}

export const unknownKafkaVersion = defineRule({
  code: 'unknown-kafka-version',
  defaultSeverity: 'warning',
  category: 'file',
  onKey: false,
  scope: { kind: 'directives' },
  example: { bad: '# kpc: kafka-version=5.7\nacks=all\n', good: '# kpc: kafka-version=4.4\nacks=all\n' },
  docs: {
    en: {
      summary: 'A Kafka version the checker does not cover; the file is checked against another one.',
      what: 'Reports a Kafka version, in a `# kpc: kafka-version=` comment or the `kafkaVersion` setting, that is not a covered release (2.8 to the newest, as major.minor or major.minor.patch).',
      why: 'Defaults, keys and start-up checks differ per version, so findings for the wrong version can be wrong. The file is checked against the nearest covered version (the comment) or the newest one (the setting), and the message says which.',
      fix: 'Write a covered version; the quick fix writes the nearest one into the comment.',
    },
    ko: {
      summary: '검사기가 다루지 않는 Kafka 버전: 다른 버전 기준으로 검사합니다.',
      what: '`# kpc: kafka-version=` 주석이나 `kafkaVersion` 설정의 Kafka 버전이 다루는 릴리스(2.8부터 최신까지, major.minor 또는 major.minor.patch)가 아니면 알려 줍니다.',
      why: '기본값, 키, 시작 시 검사가 버전마다 달라서 다른 버전 기준의 결과는 틀릴 수 있습니다. 파일은 가장 가까운 버전(주석) 또는 최신 버전(설정) 기준으로 검사하며 메시지가 어느 버전인지 알려 줍니다.',
      fix: '다루는 버전을 쓰세요. 빠른 수정은 가장 가까운 버전을 주석에 씁니다.',
    },
  },
  check(ctx, out: Finding[]) {
    const { badSetting, badVersionComment } = ctx.resolution;
    if (badSetting) {
      out.push({ code: 'unknown-kafka-version', severity: 'warning', message: ctx.msg('rule.unknown-kafka-version.pickInSetting', { message: versionProblem(ctx.locale, badSetting), latest: LATEST_VERSION }), span: { start: 0, end: 0 }, fixes: [] });
    }
    if (badVersionComment) {
      const { directive, resolution } = badVersionComment;
      out.push({ code: 'unknown-kafka-version', severity: 'warning', message: ctx.msg('rule.unknown-kafka-version.pickHere', { message: versionProblem(ctx.locale, resolution), version: ctx.target.version }), span: directive.comment.span, fixes: versionFixes(ctx, directive, resolution.nearest) });
    }
  },
});
