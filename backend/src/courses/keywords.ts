/** At most this many words are searched for; more would only slow the query down. */
export const MAX_KEYWORDS = 5;

/**
 * Splits what a person typed into keywords: full-width letters and spaces become half-width
 * (NFKC), control characters (which PostgreSQL text cannot hold) count as spaces, any run of
 * spaces separates words, and repeated words count once.
 */
export function splitKeywords(query: string | undefined): string[] {
  if (!query) return [];
  const words = query
    .normalize('NFKC')
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_KEYWORDS);
}
