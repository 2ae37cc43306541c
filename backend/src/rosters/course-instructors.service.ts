import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { ErrorCode } from '../common/errors/error-registry';
import type { AddInstructorInputDto, CourseInstructorDto } from './dto/instructor.dto';
import { RosterAccess } from './roster-access';
import { RostersRepository } from './rosters.repository';

/**
 * The accounts teaching a course: organisers link people who hold the instructor role (by
 * their email), which lets them open the course's rosters, check people in and message them.
 */
@Injectable()
export class CourseInstructorsService {
  constructor(
    private readonly rosters: RostersRepository,
    private readonly access: RosterAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, courseId: string): Promise<CourseInstructorDto[]> {
    await this.access.organisersCourse(principal, courseId);
    return this.rosters.instructors(courseId);
  }

  async add(
    principal: Principal,
    courseId: string,
    input: AddInstructorInputDto,
  ): Promise<CourseInstructorDto[]> {
    await this.access.organisersCourse(principal, courseId);
    const userId = await this.rosters.instructorByEmail(input.email);
    if (!userId) throw new DomainError(ErrorCode.InstructorNotFound);
    await this.rosters.transaction(async (manager) => {
      const link = { courseId, userId, addedBy: principal.userId, now: this.clock.now() };
      if (await this.rosters.addInstructor(manager, link)) {
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action: 'instructor.added',
            subjectUserId: userId,
            targetType: 'course',
            targetId: courseId,
          },
          manager,
        );
      }
    });
    return this.rosters.instructors(courseId);
  }

  async remove(principal: Principal, courseId: string, userId: string): Promise<void> {
    await this.access.organisersCourse(principal, courseId);
    await this.rosters.transaction(async (manager) => {
      if (!(await this.rosters.removeInstructor(manager, courseId, userId))) {
        throw new DomainError(ErrorCode.InstructorNotFound);
      }
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'instructor.removed',
          subjectUserId: userId,
          targetType: 'course',
          targetId: courseId,
        },
        manager,
      );
    });
  }
}
