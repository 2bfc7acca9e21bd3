// file-too-large: the editor's note for a document too large to check (service/limit.ts MAX_ANALYZED_LENGTH);
// kpc check says the same on stderr. Made where diagnostics are shown, not by the analysis.
import { MAX_ANALYZED_LENGTH } from '../limit';
import { defineRule } from './definition';

const MIB = MAX_ANALYZED_LENGTH / (1024 * 1024);

export const fileTooLarge = defineRule({
  code: 'file-too-large',
  defaultSeverity: 'warning',
  category: 'editor',
  onKey: false,
  scope: { kind: 'host' },
  docs: {
    en: {
      summary: `A file over ${MIB} MiB (the editor: kafkaProducerConfig.maxFileSizeMB) is not checked.`,
      what: `Stands at the top of a document larger than \`kafkaProducerConfig.maxFileSizeMB\` (${MIB} MiB by default) instead of its findings; \`kpc check\` refuses such a file with the same sentence (exit status 2).`,
      why: 'A producer config is a few kilobytes. A file this large is generated, binary or a device, and checking it would cost seconds and gigabytes on every keystroke.',
      fix: 'Check the file in parts, or open the producer config it was generated from; in the editor, raise `kafkaProducerConfig.maxFileSizeMB` if the file really is a producer config.',
    },
    ko: {
      summary: `${MIB} MiB(편집기: kafkaProducerConfig.maxFileSizeMB)가 넘는 파일은 검사하지 않습니다.`,
      what: `\`kafkaProducerConfig.maxFileSizeMB\`(기본 ${MIB} MiB)보다 큰 문서에서 검사 결과 대신 맨 위에 표시됩니다. \`kpc check\`도 같은 문장으로 그런 파일을 거부합니다(종료 코드 2).`,
      why: '프로듀서 설정은 몇 KB입니다. 이렇게 큰 파일은 생성된 파일, 바이너리, 장치 파일이며, 검사하면 키를 누를 때마다 몇 초와 몇 GB가 듭니다.',
      fix: '파일을 나눠 검사하거나, 그 파일을 만든 원래 프로듀서 설정을 여세요. 정말 프로듀서 설정이라면 편집기에서 `kafkaProducerConfig.maxFileSizeMB` 값을 올리세요.',
    },
  },
});
