// Colour for kpc's text output: on when writing to a terminal, off when piped or redirected, off with
// NO_COLOR (no-color.org: set and not empty) or TERM=dumb, forced on by FORCE_COLOR (any value but 0 or
// false, as Node itself reads it; it wins over NO_COLOR, as in Node), and --color / --no-color win over all.
// Colour never changes the text: the same `file:line:col severity code message` lines, with SGR codes around
// the severity and the code (VS Code's problem matchers read the terminal's text, without the codes).

export interface Palette {
  enabled: boolean;
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export function colorWanted(stream: { isTTY?: boolean }, env: Record<string, string | undefined>, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const sgr = (open: number, close: number) => (s: string): string => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string): string => s;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { enabled, error: plain, warning: plain, info: plain, dim: plain, bold: plain };
  return { enabled, error: sgr(31, 39), warning: sgr(33, 39), info: sgr(36, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

/** The severity word in its colour. */
export function paintSeverity(p: Palette, severity: string): string {
  return severity === 'error' ? p.bold(p.error(severity)) : severity === 'warning' ? p.warning(severity) : severity === 'information' ? p.info(severity) : p.dim(severity);
}
