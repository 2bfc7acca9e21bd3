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
  return L('project.workspaceSkipped', { limit: limit.toLocaleString('en-US') });
}
