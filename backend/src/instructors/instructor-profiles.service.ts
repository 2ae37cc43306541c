import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { addDays, japanDate } from '../common/time/japan-time';
import type { ProfileContentDto } from './dto/profile-content.dto';
import type { AttendedCourseDto, MyInstructorProfileDto } from './dto/profile.dto';
import { INSTRUCTORS_MESSAGES } from './instructors.errors';
import {
  completenessErrors,
  eligibilityReasons,
  RENEWAL_WINDOW_DAYS,
  registrationValidUntil,
} from './instructor-listing';
import type { InstructorProfile } from './instructor-profile.entity';
import { InstructorProfilesRepository } from './instructor-profiles.repository';
import { PROFILE_TRANSITIONS, type ProfileStatus } from './instructor-reference';
import { InstructorRoles } from './instructor-roles';

/** Whether `from → to` is a legal status change (the database trigger enforces the same). */
export function canTransition(from: ProfileStatus, to: ProfileStatus): boolean {
  return PROFILE_TRANSITIONS[from].includes(to);
}

export function requireTransition(from: ProfileStatus, to: ProfileStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError(ErrorCode.InstructorProfileTransitionNotAllowed);
  }
}

/** Listed in the directory: registered (or an edit under review) and still valid today. */
export function isListed(profile: InstructorProfile, today: string): boolean {
  return (
    ['registered', 'submitted', 'returned'].includes(profile.status) &&
    profile.registrationNumber !== null &&
    profile.validUntil !== null &&
    profile.validUntil >= today
  );
}

/**
 * The citizen's own profile: save the working copy, submit it, renew, withdraw. Each step locks
 * the profile row, checks the transition, and writes the change, its history entry and its mail
 * (outbox) in one transaction.
 */
@Injectable()
export class InstructorProfilesService {
  constructor(
    private readonly profiles: InstructorProfilesRepository,
    private readonly roles: InstructorRoles,
    private readonly clock: Clock,
  ) {}

  async mine(userId: string): Promise<MyInstructorProfileDto> {
    const profile = await this.profiles.byUser(userId);
    if (!profile) throw new DomainError(ErrorCode.InstructorProfileNotFound);
    return this.toDto(profile);
  }

  async save(userId: string, input: ProfileContentDto): Promise<MyInstructorProfileDto> {
    const content = normalise(input);
    await this.checkAreas(content);
    await this.profiles.transaction(async (manager) => {
      if (await this.profiles.insertDraft(manager, userId, content)) return;
      const profile = await this.locked(manager, userId);
      // Under review: the reviewer must judge what was sent, not a moving target.
      if (profile.status === 'submitted') throw new DomainError(ErrorCode.InstructorProfileLocked);
      await this.profiles.update(manager, profile.id, { content, kind: content.kind });
    });
    return this.mine(userId);
  }

  async submit(userId: string): Promise<MyInstructorProfileDto> {
    const person = await this.profiles.applicant(userId);
    if (!person) throw new DomainError(ErrorCode.InstructorProfileNotFound);
    const now = this.clock.now();
    if (eligibilityReasons(person, now).length > 0) {
      throw new DomainError(ErrorCode.InstructorProfileNotEligible);
    }
    await this.profiles.transaction(async (manager) => {
      const profile = await this.locked(manager, userId);
      requireTransition(profile.status, 'submitted');
      const errors = completenessErrors(profile.content);
      if (errors.length > 0) throw new ValidationFailedError(errors);
      const number = profile.submissionCount + 1;
      const submissionId = await this.profiles.insertSubmission(
        manager,
        profile.id,
        number,
        profile.content,
        now,
      );
      await this.profiles.update(manager, profile.id, {
        status: 'submitted',
        submittedAt: now,
        submissionCount: number,
        reviewerComment: '',
      });
      await this.profiles.insertEvent(manager, {
        profileId: profile.id,
        kind: 'submitted',
        fromStatus: profile.status,
        toStatus: 'submitted',
        actorUserId: userId,
        byReviewer: false,
        submissionId,
        at: now,
      });
      await this.profiles.notify(manager, {
        kind: 'instructor_profile_received',
        userId,
        payload: { profileId: profile.id },
      });
    });
    return this.mine(userId);
  }

  async withdraw(userId: string): Promise<MyInstructorProfileDto> {
    const now = this.clock.now();
    await this.profiles.transaction(async (manager) => {
      const profile = await this.locked(manager, userId);
      requireTransition(profile.status, 'withdrawn');
      await this.profiles.update(manager, profile.id, { status: 'withdrawn' });
      await this.profiles.insertEvent(manager, {
        profileId: profile.id,
        kind: 'withdrawn',
        fromStatus: profile.status,
        toStatus: 'withdrawn',
        actorUserId: userId,
        byReviewer: false,
        at: now,
      });
      await this.roles.leave(
        manager,
        { id: profile.id, userId, displayName: profile.content.displayName },
        userId,
        now,
        'instructor_bank_withdrawn',
      );
    });
    return this.mine(userId);
  }

  /** "Nothing has changed": a registration in its last 90 days runs to the next 31 March rule. */
  async renew(userId: string): Promise<MyInstructorProfileDto> {
    const now = this.clock.now();
    await this.profiles.transaction(async (manager) => {
      const profile = await this.locked(manager, userId);
      if (!renewable(profile, japanDate(now))) {
        throw new DomainError(ErrorCode.InstructorProfileTransitionNotAllowed);
      }
      await this.profiles.update(manager, profile.id, { validUntil: registrationValidUntil(now) });
      await this.profiles.insertEvent(manager, {
        profileId: profile.id,
        kind: 'renewed',
        fromStatus: profile.status,
        toStatus: profile.status,
        actorUserId: userId,
        byReviewer: false,
        at: now,
      });
    });
    return this.mine(userId);
  }

  learning(userId: string): Promise<AttendedCourseDto[]> {
    return this.profiles.learning(userId);
  }

  private async locked(manager: EntityManager, userId: string): Promise<InstructorProfile> {
    const profile = await this.profiles.lock(manager, { userId });
    if (!profile) throw new DomainError(ErrorCode.InstructorProfileNotFound);
    return profile;
  }

  private async checkAreas(content: ProfileContentDto): Promise<void> {
    const centres = await this.profiles.communityCentres(content.areaFacilityIds);
    const unknown = content.areaFacilityIds.some((id) => !centres.has(id));
    if (unknown) {
      throw new ValidationFailedError([
        { field: 'areaFacilityIds', ...INSTRUCTORS_MESSAGES.unknownArea },
      ]);
    }
  }

  private async toDto(profile: InstructorProfile): Promise<MyInstructorProfileDto> {
    const now = this.clock.now();
    const today = japanDate(now);
    const person = await this.profiles.applicant(profile.userId);
    const reasons = person ? eligibilityReasons(person, now) : [];
    const photo = await this.profiles.photoHash(profile.id);
    const lastSubmission = await this.profiles.latestSubmission(profile.id);
    return {
      id: profile.id,
      status: profile.status,
      version: profile.version,
      content: profile.content,
      approvedContent: profile.approvedContent,
      hasUnsubmittedChanges: !sameContent(profile.content, lastSubmission?.content ?? null),
      listed: isListed(profile, today),
      registrationNumber: profile.registrationNumber,
      validUntil: profile.validUntil,
      renewable: renewable(profile, today),
      photoUrl: photo ? `/api/me/instructor-profile/photo?v=${photo.slice(0, 12)}` : null,
      reviewerComment: profile.reviewerComment,
      eligibility: { eligible: reasons.length === 0, reasons },
      history: await this.profiles.events(profile.id),
    };
  }
}

/** A live registration in its last RENEWAL_WINDOW_DAYS days (not yet expired). */
export function renewable(profile: InstructorProfile, today: string): boolean {
  return (
    profile.status === 'registered' &&
    profile.validUntil !== null &&
    profile.validUntil >= today &&
    profile.validUntil <= addDays(today, RENEWAL_WINDOW_DAYS)
  );
}

/** Equal contents, whatever the key order jsonb gave back. */
export function sameContent(a: ProfileContentDto | null, b: ProfileContentDto | null): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Trims what a person typed and drops empty keywords, so that stored text is tidy. */
function normalise(input: ProfileContentDto): ProfileContentDto {
  return {
    ...input,
    displayName: input.displayName.trim(),
    keywords: [...new Set(input.keywords.map((keyword) => keyword.trim()).filter(Boolean))],
    groupMemberCount: input.kind === 'group' ? (input.groupMemberCount ?? null) : null,
    groupRepresentative: input.kind === 'group' ? input.groupRepresentative.trim() : '',
    feeAmountYen: input.feeType === 'per_session' ? (input.feeAmountYen ?? null) : null,
    audienceAgeMin: input.audienceAgeMin ?? null,
    audienceAgeMax: input.audienceAgeMax ?? null,
    qualifications: input.qualifications.map((q) => ({ ...q, year: q.year ?? null })),
    learningHistory: input.learningHistory.map((item) => ({
      ...item,
      courseId: item.courseId ?? null,
      year: item.year ?? null,
    })),
    visibility: { ...input.visibility },
  };
}
