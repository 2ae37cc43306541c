import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ValidationFailedError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import type { InstructorCardDto } from './dto/public-instructor.dto';
import { linkInstructor, unlinkInstructor } from '../rosters/course-instructor-notices';
import { INSTRUCTORS_MESSAGES } from './instructors.errors';
import { InstructorDirectoryRepository } from './instructor-directory.repository';
import { cardOf } from './instructor-directory.service';

/**
 * Registered instructors linked to a course from the organiser's course form. A link shows the
 * instructor's card on the public course page and links their account to the course
 * (course_instructors), so that the course appears in their rosters and check-in pages; the
 * instructor is told by mail, and told again when unlinked (rosters/course-instructor-notices.ts).
 * Unlinking removes both.
 */
@Injectable()
export class CourseInstructorLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: InstructorDirectoryRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Replaces the course's links with `profileIds` (in order); undefined leaves them as they are. */
  async set(
    manager: EntityManager,
    courseId: string,
    profileIds: readonly string[] | undefined,
    actorUserId: string,
  ): Promise<void> {
    if (profileIds === undefined) return;
    const current: { profileId: string; userId: string }[] = await manager.query(
      `SELECT cip.profile_id AS "profileId", p.user_id AS "userId"
         FROM course_instructor_profiles cip JOIN instructor_profiles p ON p.id = cip.profile_id
        WHERE cip.course_id = $1`,
      [courseId],
    );
    const linked = new Set(current.map((link) => link.profileId));
    const added = profileIds.filter((id) => !linked.has(id));
    // A new link must be to someone registered now; one made earlier may stay after it lapses.
    const listed = await this.directory.listedByIds(added, this.clock.today());
    if (listed.length !== added.length) {
      throw new ValidationFailedError([
        { field: 'instructorProfileIds', ...INSTRUCTORS_MESSAGES.notRegisteredToLink },
      ]);
    }
    for (const link of current.filter((link) => !profileIds.includes(link.profileId))) {
      await manager.query(
        `DELETE FROM course_instructor_profiles WHERE course_id = $1 AND profile_id = $2`,
        [courseId, link.profileId],
      );
      await unlinkInstructor(manager, courseId, link.userId);
      await this.audit.record(
        {
          actorUserId,
          action: 'instructor.removed',
          subjectUserId: link.userId,
          targetType: 'course',
          targetId: courseId,
          details: { profileId: link.profileId },
        },
        manager,
      );
    }
    for (const [position, profileId] of profileIds.entries()) {
      await manager.query(
        `INSERT INTO course_instructor_profiles (course_id, profile_id, position, added_by)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (course_id, profile_id) DO UPDATE SET position = EXCLUDED.position`,
        [courseId, profileId, position, actorUserId],
      );
    }
    for (const row of listed) {
      await linkInstructor(manager, {
        courseId,
        userId: row.userId,
        addedBy: actorUserId,
        now: this.clock.now(),
      });
      await this.audit.record(
        {
          actorUserId,
          action: 'instructor.added',
          subjectUserId: row.userId,
          targetType: 'course',
          targetId: courseId,
          details: { profileId: row.id },
        },
        manager,
      );
    }
  }

  /** The course's links for its organiser: ids in order and a card for each. */
  async ofCourse(
    courseId: string,
  ): Promise<{ instructorProfileIds: string[]; instructors: InstructorCardDto[] }> {
    const rows: {
      id: string;
      userId: string;
      content: InstructorCardDto & Record<string, never>;
      photoSha256: string | null;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.user_id AS "userId", coalesce(p.approved_content, p.content) AS content,
              ph.sha256 AS "photoSha256"
         FROM course_instructor_profiles cip
         JOIN instructor_profiles p ON p.id = cip.profile_id
         LEFT JOIN instructor_profile_photos ph ON ph.profile_id = p.id
        WHERE cip.course_id = $1
        ORDER BY cip.position, cip.created_at`,
      [courseId],
    );
    return {
      instructorProfileIds: rows.map((row) => row.id),
      instructors: rows.map((row) =>
        cardOf({ ...row, content: row.content as never, registrationNumber: '', validUntil: '' }),
      ),
    };
  }
}
