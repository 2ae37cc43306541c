import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { ErrorCode } from '../common/errors/error-registry';
import type { OrganiserCourseDetailDto, OrganiserCourseDto } from './dto/organiser-course.dto';
import { OrganiserRepository } from './organiser.repository';

/** The organiser's workspace: only the courses of the organisations they organise for. */
@Injectable()
export class OrganiserService {
  constructor(
    private readonly organiser: OrganiserRepository,
    private readonly clock: Clock,
  ) {}

  courses(principal: Principal): Promise<OrganiserCourseDto[]> {
    return this.organiser.courses(principal.organisationIds, this.clock.now());
  }

  /** Another organisation's course answers 404, exactly like a course that does not exist. */
  async course(principal: Principal, id: string): Promise<OrganiserCourseDetailDto> {
    const course = await this.organiser.course(id, principal.organisationIds, this.clock.now());
    if (!course) throw new DomainError(ErrorCode.CourseNotFound);
    return { ...course, sessions: await this.organiser.sessions(id) };
  }
}
