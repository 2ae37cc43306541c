/**
 * The completion rule of a course (修了条件), the one place that says who completed it.
 *
 * An organiser chooses the share of the held sessions a participant must attend (all, three
 * quarters, two thirds — the default —, half) or `none` for a course that issues no
 * certificates (a one-off open lecture, say). Whether arriving late counts as attending is a
 * second choice (default: it counts). Shares are exact fractions compared in integers
 * (attended × d ≥ held × n), so "two thirds of 3" is 2 and of 4 is 3, never a rounding
 * accident; a one-session course needs that one session under every rule.
 */
export const COMPLETION_RULES = ['all', 'three_quarters', 'two_thirds', 'half', 'none'] as const;
export type CompletionRule = (typeof COMPLETION_RULES)[number];

export const DEFAULT_COMPLETION_RULE: CompletionRule = 'two_thirds';

const SHARES: Record<Exclude<CompletionRule, 'none'>, readonly [number, number]> = {
  all: [1, 1],
  three_quarters: [3, 4],
  two_thirds: [2, 3],
  half: [1, 2],
};

/** Sessions a participant must attend out of `held` (null: the course issues no certificates). */
export function requiredSessions(rule: CompletionRule, held: number): number | null {
  if (rule === 'none' || held <= 0) return null;
  const [numerator, denominator] = SHARES[rule];
  return Math.max(1, Math.ceil((held * numerator) / denominator));
}

/** Whether `attended` of `held` sessions completes a course under `rule`. */
export function completes(rule: CompletionRule, held: number, attended: number): boolean {
  const required = requiredSessions(rule, held);
  return required !== null && attended >= required;
}
