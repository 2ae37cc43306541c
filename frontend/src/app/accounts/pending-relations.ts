import type { Me, TsukubaRelation } from '../api/api-types';

const STORAGE_KEY = 'tsumugu.signUpRelations';

/**
 * The 在住・在勤・在学 answer given at sign-up, kept in this browser until the email is
 * verified: the sign-up request carries the identity only (its DTO does not take the answer),
 * and the profile can be written once the person is signed in by the verification link. When
 * the link is opened on another device the answer is not there, and the account page asks.
 */
export function rememberSignUpRelations(email: string, relations: TsukubaRelation[]): void {
  try {
    if (relations.length === 0) localStorage.removeItem(STORAGE_KEY);
    else
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ email: email.toLowerCase(), relations }));
  } catch {
    // Storage disabled: the account page asks again.
  }
}

/** The remembered answer for this person, if any, and forgets it. */
export function takeSignUpRelations(user: Me): TsukubaRelation[] | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as { email?: unknown; relations?: unknown };
    if (saved.email !== user.email.toLowerCase() || !Array.isArray(saved.relations)) return null;
    localStorage.removeItem(STORAGE_KEY);
    const relations = saved.relations.filter(
      (value): value is TsukubaRelation =>
        value === 'live' || value === 'work' || value === 'study',
    );
    return relations.length > 0 ? relations : null;
  } catch {
    return null;
  }
}
