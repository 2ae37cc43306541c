/**
 * Moved to common/time/japan-time.ts: import from there. This re-export stays only for the demo
 * seeder (backend/src/demo/programme), which another change owns; delete it once that import
 * has moved.
 * @deprecated
 */
export { japanDate } from '../common/time/japan-time';
