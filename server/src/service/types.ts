/**
 * Plain data shared by every part of the pure language service.
 * Nothing here knows about LSP or the `vscode` API: offsets are UTF-16 code unit
 * offsets into the document text (what JavaScript strings index), and only the
 * LSP layer (server.ts) and the CLI turn them into line/character positions.
 */

import type { Position, Range, Span, TextEdit } from '#core';

export type { Position, Range, Span, TextEdit };

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one fix a user most likely wants (marked preferred in quick fixes). */
  preferred?: boolean;
  /** Safe to apply without looking (used by fix-all and `kpc fix`). */
  safe?: boolean;
}

export interface Finding {
  /** Stable rule code, e.g. `unknown-key`. */
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes: Fix[];
  /** Extra structured data for features (e.g. suggested key for did-you-mean). */
  data?: Record<string, unknown>;
  tags?: ('unnecessary' | 'deprecated')[];
  /** Other lines of the file that take part in the finding (LSP relatedInformation), e.g. the line whose value wins. */
  related?: RelatedSpan[];
  /** Places in other files that take part (the `.kpc.json` entry of a policy), with their own ranges. */
  relatedFiles?: RelatedLocation[];
}

export interface RelatedSpan {
  span: Span;
  message: string;
}

export interface RelatedLocation {
  /** The file as the caller named it (a path for kpc, a URI in the editor). */
  file: string;
  range: Range;
  message: string;
}
