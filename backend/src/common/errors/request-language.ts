export type Language = 'ja' | 'en';

/** Japanese unless the client prefers English over Japanese in Accept-Language. */
export function requestLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'ja';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, quality: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag.startsWith('ja') || entry.tag.startsWith('en'))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'ja';
}
