import { addDays, japanDate } from '../common/time/japan-time';
import { seedId } from '../demo/seeder';

/**
 * The catalogue requests that matter for speed and for sameness (issue 16): every listing a
 * visitor can ask for, as the API's query. Used by `bench:catalogue` (timed over HTTP and over
 * SQL) and by catalogue-listing.integration.ts (the same results as the reference query).
 * Keywords are words of the demo programme: rare and common, 1 and 2 characters, phrases.
 */
export interface CatalogueCase {
  name: string;
  query: Record<string, string | number | boolean>;
}

export function catalogueCases(now: Date): CatalogueCase[] {
  const today = japanDate(now);
  return [
    { name: 'no filter (upcoming, soonest)', query: {} },
    { name: 'no filter, page 50', query: { page: 50 } },
    { name: 'lifeStage=parenting', query: { lifeStage: 'parenting' } },
    { name: 'lifeStage=youth', query: { lifeStage: 'youth' } },
    { name: 'lifeStage=career', query: { lifeStage: 'career' } },
    { name: 'lifeStage=seniors', query: { lifeStage: 'seniors' } },
    { name: 'lifeStage=all_ages', query: { lifeStage: 'all_ages' } },
    { name: 'facilityId (a community centre)', query: { facilityId: seedId('facility', 'azuma') } },
    {
      name: 'date window (days 7–13)',
      query: { from: addDays(today, 7), to: addDays(today, 13) },
    },
    { name: 'freeOnly', query: { freeOnly: true } },
    { name: 'hasSeats', query: { hasSeats: true } },
    { name: 'childcare', query: { childcare: true } },
    { name: 'seniors, mornings', query: { lifeStage: 'seniors', timeOfDay: 'morning' } },
    { name: 'Saturdays, seats, free', query: { weekday: 6, hasSeats: true, freeOnly: true } },
    { name: 'age=5, childcare', query: { age: 5, childcare: true } },
    { name: 'sort=newest', query: { sort: 'newest' } },
    { name: 'sort=newest, page 50', query: { sort: 'newest', page: 50 } },
    { name: 'q=の (1 character, nearly everywhere)', query: { q: 'の' } },
    { name: 'q=講座 (2 characters, common)', query: { q: '講座' } },
    { name: 'q=茶 (1 character, rare)', query: { q: '茶' } },
    { name: 'q=料理 (2 characters)', query: { q: '料理' } },
    { name: 'q=子育て', query: { q: '子育て' } },
    { name: 'q=スマホ', query: { q: 'スマホ' } },
    { name: 'q=講座, page 50', query: { q: '講座', page: 50 } },
    { name: 'q=子育て 支援 (two words)', query: { q: '子育て 支援' } },
    { name: 'q=季節の和菓子とお抹茶 (phrase)', query: { q: '季節の和菓子とお抹茶' } },
    { name: 'q=外国人のための日本語教室 (phrase)', query: { q: '外国人のための日本語教室' } },
    { name: 'q=smartphone (English)', query: { q: 'smartphone' } },
    { name: 'q=English conversation', query: { q: 'English conversation' } },
    { name: 'q=zzzz (no match)', query: { q: 'zzzz' } },
    { name: 'q=講座 + seniors', query: { q: '講座', lifeStage: 'seniors' } },
  ];
}
