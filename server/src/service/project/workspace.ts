// The editor's check of the whole workspace (the producer configs that are not open): how many files it
// takes on, and what it says when a workspace holds more.
import { L, type Localized } from './fs';

/**
 * Workspaces with this many producer configs or more are not checked as a whole: every file would be
 * read and analysed again after each build file or settings change, and kept in the client's Problems
 * panel; `kpc check .` has no such limit.
 */
export const WORKSPACE_FILE_LIMIT = 2000;

/** Why the workspace check was skipped. */
export function workspaceSkippedNote(limit: number = WORKSPACE_FILE_LIMIT): Localized {
  return L(
    `Kafka Producer Config: the workspace holds ${limit.toLocaleString('en-US')} producer configs or more, so only open files are checked. Run kpc check . to check them all, or set kafkaProducerConfig.checkWorkspace to false to silence this note.`,
    `Kafka Producer Config: 작업 영역에 프로듀서 설정이 ${limit.toLocaleString('en-US')}개 이상 있어 열린 파일만 검사합니다. 모두 검사하려면 kpc check .를 실행하세요. 이 알림을 끄려면 kafkaProducerConfig.checkWorkspace를 false로 설정하세요.`,
  );
}
