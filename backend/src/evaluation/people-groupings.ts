import { FIGURE_DIMENSIONS } from './figure-definitions';

/**
 * Which unique-participant counts the summary rebuild precomputes (evaluation_people_counts),
 * written once for the writer (evaluation-summary.repository.ts) and the reader
 * (fiscal-year-figures.repository.ts).
 *
 * People cannot be added up across groups (one person comes to courses of several), so each
 * count a view needs is counted ahead: per fiscal year, for the whole year ('all'), for every
 * value of one dimension, and for every pair of values of two dimensions — a breakdown under one
 * filter, two filters, or a filter's participants by age band or relation. A grouping is named by
 * its dimensions in PEOPLE_DIMENSIONS order joined by '+' ('organisation+month'), its key by
 * their values in the same order joined by '|' ('<organisation id>|4'). Three dimensions or more
 * (rare: an indicator with two filters, by age) are counted live from the participations.
 */
export const PEOPLE_DIMENSIONS = [...FIGURE_DIMENSIONS, 'age_band', 'relation'] as const;
export type PeopleDimension = (typeof PEOPLE_DIMENSIONS)[number];

/**
 * Each dimension's value over the rebuild's pre-joined rows (one per year, course and person:
 * the course's facts and the person's age band and relations; see the summary repository).
 */
const DIMENSION_SQL: Record<PeopleDimension, { key: string; join?: string }> = {
  organisation: { key: 'organisation_id::text' },
  pillar: { key: 'pillar::text' },
  life_stage: {
    key: 'stage.key',
    join: 'CROSS JOIN LATERAL unnest(life_stages) AS stage(key)',
  },
  category: { key: 'category' },
  facility: { key: 'facility_id::text' },
  month: { key: 'month::text' },
  age_band: { key: 'age_band' },
  // A person without a relation to Tsukuba is counted under 'none'.
  relation: {
    key: 'relation.key',
    join: `CROSS JOIN LATERAL unnest(CASE WHEN relations = '{}' THEN ARRAY['none']
                                          ELSE relations END) AS relation(key)`,
  },
};

/** The dimensions in their canonical order, without repeats. */
export function canonical(dimensions: Iterable<PeopleDimension>): PeopleDimension[] {
  const set = new Set(dimensions);
  return PEOPLE_DIMENSIONS.filter((dimension) => set.has(dimension));
}

/** The grouping name of a set of dimensions ('all' for none). */
export function groupingName(dimensions: readonly PeopleDimension[]): string {
  return dimensions.length === 0 ? 'all' : canonical(dimensions).join('+');
}

/** Every precomputed grouping: the year, each dimension, each pair (but age band × relation). */
export function precomputedGroupings(): PeopleDimension[][] {
  const groupings: PeopleDimension[][] = [[]];
  PEOPLE_DIMENSIONS.forEach((first, index) => {
    groupings.push([first]);
    for (const second of PEOPLE_DIMENSIONS.slice(index + 1)) {
      // Both describe the person, not the course: no view asks for the one under the other.
      if (first === 'age_band' && second === 'relation') continue;
      groupings.push([first, second]);
    }
  });
  return groupings;
}

/** Whether a set of dimensions is precomputed. */
export function isPrecomputed(dimensions: readonly PeopleDimension[]): boolean {
  const name = groupingName(dimensions);
  return precomputedGroupings().some((grouping) => groupingName(grouping) === name);
}

/** The SQL of one grouping's key and the joins it needs (life stages, relations unnested). */
export function groupingSql(dimensions: readonly PeopleDimension[]): {
  key: string;
  joins: string;
} {
  const ordered = canonical(dimensions);
  if (ordered.length === 0) return { key: `''`, joins: '' };
  return {
    key: ordered.map((dimension) => DIMENSION_SQL[dimension].key).join(` || '|' || `),
    joins: ordered
      .map((dimension) => DIMENSION_SQL[dimension].join)
      .filter(Boolean)
      .join('\n'),
  };
}
