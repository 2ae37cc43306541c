import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { CourseMessageInputDto, CourseMessageResultDto } from './dto/message.dto';
import { RosterAccess } from './roster-access';
import { RostersRepository } from './rosters.repository';

/**
 * A message from the course's organisers or instructors to everyone booked: one
 * 'organiser_message' notification per confirmed booking, written in one transaction with its
 * audit entry (which counts recipients and never holds the words).
 */
@Injectable()
export class CourseMessagesService {
  constructor(
    private readonly rosters: RostersRepository,
    private readonly access: RosterAccess,
    private readonly audit: AuditService,
  ) {}

  async send(
    principal: Principal,
    courseId: string,
    input: CourseMessageInputDto,
  ): Promise<CourseMessageResultDto> {
    await this.access.messageableCourse(principal, courseId);
    const sessionId = input.sessionId ?? null;
    if (sessionId && !(await this.rosters.sessionOfCourse(sessionId, courseId))) {
      throw new DomainError(ErrorCode.SessionNotFound);
    }
    const messageId = randomUUID();
    const recipients = await this.rosters.transaction(async (manager) => {
      const count = await this.rosters.queueMessage(manager, {
        id: messageId,
        courseId,
        sessionId,
        subject: input.subject.trim(),
        body: input.body.trim(),
      });
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'message.sent',
          targetType: sessionId ? 'course_session' : 'course',
          targetId: sessionId ?? courseId,
          details: { messageId, courseId, recipients: count },
        },
        manager,
      );
      return count;
    });
    return { recipients };
  }
}
