// The two languages every user-visible string exists in, and how one is chosen.

export type Locale = 'en' | 'ko';

/** `ko`, `ko-KR`, `ko_kr` → 'ko'; anything else → 'en'. */
export function normalizeLocale(raw: string | undefined | null): Locale {
  return typeof raw === 'string' && /^ko(?:$|[-_])/i.test(raw.trim()) ? 'ko' : 'en';
}
