import type { CourseStatus } from '../api/api-types';
import type { OrganiserMessageKey } from './organiser-messages';

export const COURSE_STATUS_LABELS: Record<CourseStatus, OrganiserMessageKey> = {
  draft: 'status.draft',
  published: 'status.published',
  cancelled: 'status.cancelled',
  finished: 'status.finished',
};
