import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { CoursesService } from '../courses/courses.service';
import type { FacilityKind } from '../reference/reference-data';
import type { FacilityDetailDto, FacilitySummaryDto } from './dto/facility.dto';
import { FacilitiesRepository } from './facilities.repository';

const UPCOMING_COURSES_SHOWN = 20;

@Injectable()
export class FacilitiesService {
  constructor(
    private readonly facilities: FacilitiesRepository,
    private readonly courses: CoursesService,
    private readonly clock: Clock,
  ) {}

  list(kind?: FacilityKind): Promise<FacilitySummaryDto[]> {
    return this.facilities.list(kind, this.clock.now());
  }

  async detail(id: string): Promise<FacilityDetailDto> {
    const facility = await this.facilities.detail(id, this.clock.now());
    if (!facility) throw new DomainError(ErrorCode.FacilityNotFound);
    const [rooms, upcomingCourses] = await Promise.all([
      this.facilities.rooms(id),
      this.courses.upcomingAtFacility(id, UPCOMING_COURSES_SHOWN),
    ]);
    return { ...facility, rooms, upcomingCourses };
  }
}
