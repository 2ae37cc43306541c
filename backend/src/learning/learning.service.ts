import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { fiscalYear as fiscalYearOf } from '../common/time/japan-time';
import type {
  ExportedLearnedCourseDto,
  LearnedCourseDto,
  LearningPersonDto,
  LearningRecordDto,
} from './dto/learning-record.dto';
import { byLifeStage, byPillar, figuresOf } from './learning-figures';
import {
  type LearnedCourseRow,
  type LearnerRow,
  LearningRecordRepository,
} from './learning-record.repository';

function personOf(row: LearnerRow): LearningPersonDto {
  return { key: row.key, kind: row.kind, name: row.name, relationship: row.relationship };
}

function courseOf(row: LearnedCourseRow): LearnedCourseDto {
  return {
    courseId: row.courseId,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    organisationNameJa: row.organisationNameJa,
    organisationNameEn: row.organisationNameEn,
    pillar: row.pillar,
    lifeStages: row.lifeStages,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
    sessionsAttended: row.sessionsAttended,
    sessionsHeld: row.sessionsHeld,
    minutes: row.minutes,
    outcome: row.outcome,
    certificate: row.certificate,
  };
}

/**
 * The learning record (学びの記録) of the signed-in person and of each family member on their
 * account — and nobody else's: every query starts from the caller's own account.
 */
@Injectable()
export class LearningService {
  constructor(
    private readonly records: LearningRecordRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * One fiscal year (default: this one, in Japan time), for everyone on the account or one
   * person (`self` or a family member's id; anyone else's → 404 LEARNER_NOT_FOUND).
   */
  async record(userId: string, fiscalYear?: number, person?: string): Promise<LearningRecordDto> {
    const year = fiscalYear ?? fiscalYearOf(this.clock.now());
    const [learners, rows, fiscalYears] = await Promise.all([
      this.records.learners(userId),
      this.records.courses(userId, year),
      this.records.fiscalYears(userId),
    ]);
    const key = person?.toLowerCase();
    const shown = key === undefined ? learners : learners.filter((learner) => learner.key === key);
    if (shown.length === 0) throw new DomainError(ErrorCode.LearnerNotFound);
    const people = shown.map((learner) => {
      const courses = rows.filter((row) => row.personKey === learner.key).map(courseOf);
      return {
        person: personOf(learner),
        totals: figuresOf(courses),
        byPillar: byPillar(courses),
        byLifeStage: byLifeStage(courses),
        courses,
      };
    });
    return {
      fiscalYear: year,
      fiscalYears,
      totals: figuresOf(people.flatMap((entry) => entry.courses)),
      people,
    };
  }

  /** Every year's courses of everyone on the account, for the personal data export. */
  async everything(userId: string): Promise<ExportedLearnedCourseDto[]> {
    const [learners, rows] = await Promise.all([
      this.records.learners(userId),
      this.records.courses(userId, null),
    ]);
    const people = new Map(learners.map((learner) => [learner.key, personOf(learner)]));
    return rows.flatMap((row) => {
      const person = people.get(row.personKey);
      return person ? [{ fiscalYear: row.fiscalYear, person, ...courseOf(row) }] : [];
    });
  }
}
