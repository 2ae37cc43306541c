import type { TsukubaRelation } from '../api/api-types';
import type { AuthMessageKey } from './auth-messages';

/** 在住・在勤・在学: some courses are for people who live, work or study in Tsukuba. */
export const TSUKUBA_RELATIONS: readonly TsukubaRelation[] = ['live', 'work', 'study'];

export const RELATION_LABELS: Record<TsukubaRelation, AuthMessageKey> = {
  live: 'relation.live',
  work: 'relation.work',
  study: 'relation.study',
};
