import type { components } from '../api/openapi';

export type CompletionRule = components['schemas']['CompletionRule'];

/** In the order the course form offers them (the API's CompletionRule values). */
export const COMPLETION_RULES: readonly CompletionRule[] = [
  'two_thirds',
  'all',
  'three_quarters',
  'half',
  'none',
];

const SHARES: Record<Exclude<CompletionRule, 'none'>, readonly [number, number]> = {
  all: [1, 1],
  three_quarters: [3, 4],
  two_thirds: [2, 3],
  half: [1, 2],
};

/**
 * Sessions to attend out of `held` under a rule, for words on screen only ("3回中2回以上"): the
 * backend's `requiredSessions` (backend/src/certificates/completion-rule.ts) decides, with the
 * same exact fractions; the spec checks the same table.
 */
export function requiredSessions(rule: CompletionRule, held: number): number | null {
  if (rule === 'none' || held <= 0) return null;
  const [numerator, denominator] = SHARES[rule];
  return Math.max(1, Math.ceil((held * numerator) / denominator));
}
