/**
 * Splits what a person typed into keywords: full-width letters and spaces become half-width
 * (NFKC), any run of spaces separates words, and at most five words are kept.
 */
export function splitKeywords(query: string | undefined): string[] {
  if (!query) return [];
  return query
    .normalize('NFKC')
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .slice(0, 5);
}
