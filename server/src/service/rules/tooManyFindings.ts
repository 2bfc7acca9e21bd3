// too-many-findings: the editor's note standing for the findings left out above maxNumberOfProblems
// (service/limit.ts). Made where diagnostics are shown, not by the analysis.
import { defineRule } from './definition';

export const tooManyFindings = defineRule({
  code: 'too-many-findings',
  defaultSeverity: 'information',
  category: 'editor',
  onKey: false,
  scope: { kind: 'host' },
  docs: {
    en: {
      summary: 'More findings than kafkaProducerConfig.maxNumberOfProblems: the least severe are left out.',
      what: 'In the editor, stands at the top of a document with more findings than `kafkaProducerConfig.maxNumberOfProblems` (1000 by default) and says how many were left out; the most severe ones are shown.',
      why: 'A generated or broken file can give hundreds of thousands of findings; sending them all on every edit costs seconds and memory in the server and the editor, for a list nobody reads to the end.',
      fix: 'Run `kpc check` to list them all, or Fix All, which fixes the ones left out too; raise the setting if you need more in the editor.',
    },
    ko: {
      summary: 'kafkaProducerConfig.maxNumberOfProblems보다 많은 문제: 덜 심각한 것은 생략합니다.',
      what: '편집기에서 문제 수가 `kafkaProducerConfig.maxNumberOfProblems`(기본 1000)보다 많은 문서의 맨 위에 표시되어 몇 개를 생략했는지 알려 줍니다. 가장 심각한 것부터 보여 줍니다.',
      why: '생성되었거나 깨진 파일은 문제가 수십만 개일 수 있습니다. 편집할 때마다 전부 보내면 서버와 편집기에서 몇 초와 많은 메모리가 들고, 끝까지 읽는 사람도 없습니다.',
      fix: '전부 보려면 `kpc check`를 실행하거나, 생략된 문제도 고치는 모두 고치기를 쓰세요. 편집기에서 더 보려면 설정 값을 올리세요.',
    },
  },
});
