// The two languages every user-visible string exists in, and how one is chosen.

export type Locale = 'en' | 'ko';

/** `ko`, `ko-KR`, `ko_kr` → 'ko'; anything else → 'en'. */
export function normalizeLocale(raw: string | undefined | null): Locale {
  return typeof raw === 'string' && /^ko(?:$|[-_])/i.test(raw.trim()) ? 'ko' : 'en';
}

/** The value a command line gives `--locale` (`--locale ko` or `--locale=ko`; '' when the value is missing), if it names it. */
export function localeFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (i < 0) return undefined;
  return argv[i] === '--locale' ? (argv[i + 1] ?? '') : argv[i]!.slice('--locale='.length);
}
