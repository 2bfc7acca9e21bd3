// workspace-limit: the editor's note for an open document the server does not analyse because the open
// producer configs already reach kafkaProducerConfig.maxOpenFiles or maxTotalSizeMB (service/limit.ts
// notChecked). Made where diagnostics are shown, not by the analysis; kpc has no such limit.
import { defineRule } from './definition';

export const workspaceLimit = defineRule({
  code: 'workspace-limit',
  defaultSeverity: 'warning',
  category: 'editor',
  onKey: false,
  scope: { kind: 'host' },
  docs: {
    en: {
      summary: 'Too many producer configs open (maxOpenFiles, maxTotalSizeMB): this one is not checked.',
      what: 'In the editor, stands at the top of an open document that is not analysed because the producer config files opened before it already reach `kafkaProducerConfig.maxOpenFiles` (200 by default) or, together, `kafkaProducerConfig.maxTotalSizeMB` (32 MiB by default). The message names the limit reached.',
      why: 'The language server keeps every analysed document in memory and re-checks it on edits and setting changes; the limits keep a workspace with thousands of generated files from costing gigabytes. Documents opened earlier keep their place, so the note does not move around.',
      fix: 'Close some producer config files (this one is then checked), or raise the setting the message names. `kpc check` has no such limit.',
    },
    ko: {
      summary: '프로듀서 설정 파일이 너무 많이 열려 있어(maxOpenFiles, maxTotalSizeMB) 이 파일은 검사하지 않습니다.',
      what: '편집기에서, 먼저 열린 프로듀서 설정 파일들이 이미 `kafkaProducerConfig.maxOpenFiles`(기본 200개)나 합계 `kafkaProducerConfig.maxTotalSizeMB`(기본 32 MiB)에 이르러 분석하지 않는 문서의 맨 위에 표시됩니다. 메시지가 어느 한도에 이르렀는지 알려 줍니다.',
      why: '언어 서버는 분석한 문서를 모두 메모리에 두고 편집이나 설정 변경 때마다 다시 검사합니다. 이 한도는 생성된 파일 수천 개가 있는 작업 공간이 몇 GB를 쓰지 않게 막습니다. 먼저 연 문서가 자리를 지키므로 이 알림이 이리저리 옮겨 다니지 않습니다.',
      fix: '프로듀서 설정 파일 몇 개를 닫거나(그러면 이 파일을 검사합니다) 메시지가 알려 주는 설정 값을 올리세요. `kpc check`에는 이런 한도가 없습니다.',
    },
  },
});
