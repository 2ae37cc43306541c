import type { CoursePhase, CourseStatus } from '../api/api-types';
import type { OrganiserMessageKey } from './organiser-messages';

export const COURSE_STATUS_LABELS: Record<CourseStatus, OrganiserMessageKey> = {
  draft: 'status.draft',
  published: 'status.published',
  cancelled: 'status.cancelled',
  finished: 'status.finished',
};

/** The tabs of the course list, in the order a course moves through them. */
export const COURSE_PHASES: readonly CoursePhase[] = [
  'draft',
  'open',
  'running',
  'finished',
  'cancelled',
];

export const COURSE_PHASE_LABELS: Record<CoursePhase, OrganiserMessageKey> = {
  draft: 'phase.draft',
  open: 'phase.open',
  running: 'phase.running',
  finished: 'phase.finished',
  cancelled: 'phase.cancelled',
};
