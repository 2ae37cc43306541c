import type { EntityManager } from 'typeorm';
import { returnedRows } from '../database/sql/returned-rows';
import { queueNotifications } from '../notifications/outbox-writer';

/**
 * How an instructor learns that they teach a course, or no longer do: one mail in their own
 * language, queued in the transaction that wrote or deleted their `course_instructors` row.
 *
 * The row is the fact, so whoever changes it (the course form's instructor-bank links, or the
 * organiser adding an account by email on the rosters page) calls this only when the statement
 * really inserted or deleted a row (`RETURNING`): saving the form again with the same people
 * tells no one twice. The row's `created_at` names the episode in the dedupe key, so a person
 * linked, unlinked and linked again hears of each change once.
 */
export async function tellInstructorOfCourse(
  manager: Pick<EntityManager, 'query'>,
  notice: {
    change: 'linked' | 'unlinked';
    userId: string;
    courseId: string;
    /** created_at of the course_instructors row inserted, or deleted. */
    linkedAt: Date;
  },
): Promise<void> {
  const [course]: { status: string }[] = await manager.query(
    `SELECT status FROM courses WHERE id = $1`,
    [notice.courseId],
  );
  await queueNotifications(manager, [
    {
      kind: notice.change === 'linked' ? 'instructor_course_linked' : 'instructor_course_unlinked',
      userId: notice.userId,
      bookingId: null,
      courseId: notice.courseId,
      // A draft's public page does not exist yet: the mail then links only to their own pages.
      payload: { coursePublic: !!course && course.status !== 'draft' },
      dedupeKey: `instructor-course-${notice.change}:${notice.courseId}:${notice.userId}:${new Date(notice.linkedAt).toISOString()}`,
    },
  ]);
}

/**
 * Inserts the link when missing, made at `now` (the app's clock), and tells its instructor;
 * returns when it was made, or null when it existed already. Two saves racing to make the same
 * link meet at the primary key: the second inserts nothing and tells nobody.
 */
export async function linkInstructor(
  manager: Pick<EntityManager, 'query'>,
  link: { courseId: string; userId: string; addedBy: string; now: Date },
): Promise<Date | null> {
  const { courseId, userId } = link;
  const [row]: { createdAt: Date }[] = await manager.query(
    `INSERT INTO course_instructors (course_id, user_id, added_by, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING created_at AS "createdAt"`,
    [courseId, userId, link.addedBy, link.now],
  );
  if (!row) return null;
  await tellInstructorOfCourse(manager, {
    change: 'linked',
    userId,
    courseId,
    linkedAt: row.createdAt,
  });
  return row.createdAt;
}

/** Deletes the link when present and tells its instructor; false when there was none. */
export async function unlinkInstructor(
  manager: Pick<EntityManager, 'query'>,
  courseId: string,
  userId: string,
): Promise<boolean> {
  const [row] = returnedRows<{ createdAt: Date }>(
    await manager.query(
      `DELETE FROM course_instructors WHERE course_id = $1 AND user_id = $2
       RETURNING created_at AS "createdAt"`,
      [courseId, userId],
    ),
  );
  if (!row) return false;
  await tellInstructorOfCourse(manager, {
    change: 'unlinked',
    userId,
    courseId,
    linkedAt: row.createdAt,
  });
  return true;
}
