import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { fiscalYear, japanInstant } from '../common/time/japan-time';
import type {
  DecisionInputDto,
  ReviewProfileDto,
  ReviewQueueDto,
  ReviewQueueQueryDto,
} from './dto/profile.dto';
import { INSTRUCTORS_MESSAGES } from './instructors.errors';
import {
  changedFields,
  eligibilityReasons,
  listingOf,
  registrationNumber,
  registrationValidUntil,
} from './instructor-listing';
import type { InstructorProfile } from './instructor-profile.entity';
import { InstructorProfilesRepository } from './instructor-profiles.repository';
import { canTransition } from './instructor-profiles.service';
import { type DecisionAction, PROFILE_STATUSES, type ProfileStatus } from './instructor-reference';
import { InstructorRoles } from './instructor-roles';

export const REVIEW_PAGE_SIZE = 30;

/** Where each decision takes a profile. */
const DECISION_STATUS: Record<DecisionAction, ProfileStatus> = {
  approve: 'registered',
  return: 'returned',
  decline: 'declined',
  suspend: 'suspended',
};

/** The decisions a reviewer may take on a profile in its current state. */
export function allowedActions(profile: Pick<InstructorProfile, 'status' | 'registrationNumber'>) {
  return (Object.keys(DECISION_STATUS) as DecisionAction[]).filter((action) => {
    const to = DECISION_STATUS[action];
    if (!canTransition(profile.status, to)) return false;
    // A decision on content needs content under review; declining is for a first application
    // (a registered person is suspended instead); suspension needs a registration.
    if (action === 'return') return profile.status === 'submitted';
    if (action === 'decline') {
      return profile.status === 'submitted' && profile.registrationNumber === null;
    }
    if (action === 'suspend') return profile.registrationNumber !== null;
    return true;
  });
}

/**
 * The lifelong-learning section's review. A decision locks the profile row, compares the
 * version the reviewer saw (409 when another reviewer or the applicant changed it), and writes
 * the status, the history entry, the registration number, the role and the mail in one
 * transaction; the partial unique index on the history allows one decision per submission.
 */
@Injectable()
export class InstructorReviewService {
  constructor(
    private readonly profiles: InstructorProfilesRepository,
    private readonly roles: InstructorRoles,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async queue(reviewerId: string, query: ReviewQueueQueryDto): Promise<ReviewQueueDto> {
    const page = query.page ?? 1;
    const status = query.status ?? 'submitted';
    const year = fiscalYear(this.clock.now());
    const [{ items, total }, counts, figures] = await Promise.all([
      this.profiles.queue(
        status,
        query.q?.trim() || undefined,
        REVIEW_PAGE_SIZE,
        (page - 1) * REVIEW_PAGE_SIZE,
      ),
      this.profiles.counts(),
      this.profiles.requestFigures(
        japanInstant(`${year}-04-01`, '00:00'),
        japanInstant(`${year + 1}-04-01`, '00:00'),
      ),
    ]);
    await this.audit.record({
      actorUserId: reviewerId,
      action: 'instructor_profiles.listed',
      details: { status, page, results: total, searched: !!query.q },
    });
    return {
      items: items.map((item) => ({
        ...item,
        fields: item.fields as ReviewQueueDto['items'][number]['fields'],
      })),
      total,
      page,
      pageSize: REVIEW_PAGE_SIZE,
      counts: Object.fromEntries(
        PROFILE_STATUSES.map((s) => [s, counts[s] ?? 0]),
      ) as unknown as ReviewQueueDto['counts'],
      figures: { fiscalYear: year, ...figures },
    };
  }

  async view(reviewerId: string, id: string): Promise<ReviewProfileDto> {
    const dto = await this.build(id);
    await this.audit.record({
      actorUserId: reviewerId,
      action: 'instructor_profile.viewed',
      subjectUserId: dto.applicant.userId,
      targetType: 'instructor_profile',
      targetId: id,
      details: { status: dto.status, version: dto.version },
    });
    return dto;
  }

  async decide(reviewerId: string, id: string, input: DecisionInputDto): Promise<ReviewProfileDto> {
    const comment = input.comment.trim();
    if (input.action !== 'approve' && !comment) {
      throw new ValidationFailedError([
        { field: 'comment', ...INSTRUCTORS_MESSAGES.commentNeeded },
      ]);
    }
    const now = this.clock.now();
    await this.profiles.transaction(async (manager) => {
      const profile = await this.profiles.lock(manager, { id });
      if (!profile) throw new DomainError(ErrorCode.InstructorProfileNotFound);
      if (profile.version !== input.expectedVersion) {
        throw new DomainError(ErrorCode.InstructorProfileVersionConflict);
      }
      if (!allowedActions(profile).includes(input.action)) {
        throw new DomainError(ErrorCode.InstructorProfileTransitionNotAllowed);
      }
      const to = DECISION_STATUS[input.action];
      const submission =
        profile.status === 'submitted'
          ? await this.profiles.latestSubmission(profile.id, manager)
          : null;
      const payload: Record<string, string> = { profileId: profile.id, comment };

      if (input.action === 'approve') {
        const approved = submission?.content ?? profile.approvedContent;
        if (!approved) throw new DomainError(ErrorCode.InstructorProfileTransitionNotAllowed);
        const number =
          profile.registrationNumber ??
          registrationNumber(now, await this.profiles.nextRegistrationSerial(manager));
        // An edit or a reinstatement keeps the period; a new application after a withdrawal or
        // an expiry starts one.
        const lastPeriod = await this.profiles.lastPeriodEvent(manager, profile.id);
        const continues = lastPeriod === 'registered' || lastPeriod === 'suspended';
        const validUntil =
          continues && profile.validUntil ? profile.validUntil : registrationValidUntil(now);
        await this.profiles.update(manager, profile.id, {
          status: to,
          approvedContent: approved,
          registrationNumber: number,
          registeredAt: profile.registeredAt ?? now,
          validUntil,
          reviewerComment: comment,
        });
        await this.profiles.writeListing(manager, profile.id, listingOf(approved));
        await this.roles.grant(manager, profile.userId, reviewerId);
        Object.assign(payload, { registrationNumber: number, validUntil });
      } else {
        await this.profiles.update(manager, profile.id, { status: to, reviewerComment: comment });
        if (input.action === 'suspend') {
          await this.roles.leave(
            manager,
            {
              id: profile.id,
              userId: profile.userId,
              displayName: (profile.approvedContent ?? profile.content).displayName,
            },
            reviewerId,
            now,
            'instructor_bank_suspended',
          );
        }
      }
      await this.profiles.insertEvent(manager, {
        profileId: profile.id,
        kind: to as Exclude<ProfileStatus, 'draft'>,
        fromStatus: profile.status,
        toStatus: to,
        actorUserId: reviewerId,
        byReviewer: true,
        comment,
        submissionId: submission?.id ?? null,
        at: now,
      });
      await this.profiles.notify(manager, {
        kind: `instructor_profile_${to}` as 'instructor_profile_registered',
        userId: profile.userId,
        payload,
      });
      await this.audit.record(
        {
          actorUserId: reviewerId,
          action: 'instructor_profile.decided',
          subjectUserId: profile.userId,
          targetType: 'instructor_profile',
          targetId: profile.id,
          details: {
            decision: input.action,
            fromStatus: profile.status,
            toStatus: to,
            submissionNumber: submission?.number ?? null,
          },
        },
        manager,
      );
    });
    return this.build(id);
  }

  private async build(id: string): Promise<ReviewProfileDto> {
    const profile = await this.profiles.byId(id);
    if (!profile) throw new DomainError(ErrorCode.InstructorProfileNotFound);
    const [person, submission, history, photo] = await Promise.all([
      this.profiles.applicant(profile.userId),
      this.profiles.latestSubmission(profile.id),
      this.profiles.events(profile.id),
      this.profiles.photoHash(profile.id),
    ]);
    const content =
      profile.status === 'submitted' && submission ? submission.content : profile.content;
    const reasons = person ? eligibilityReasons(person, this.clock.now()) : [];
    return {
      id: profile.id,
      status: profile.status,
      version: profile.version,
      content,
      approvedContent: profile.approvedContent,
      changedFields: changedFields(content, profile.approvedContent),
      submissionNumber: submission?.number ?? null,
      registrationNumber: profile.registrationNumber,
      validUntil: profile.validUntil,
      photoUrl: photo
        ? `/api/review/instructor-profiles/${profile.id}/photo?v=${photo.slice(0, 12)}`
        : null,
      applicant: {
        userId: profile.userId,
        name: person?.name ?? '',
        email: person?.email ?? '',
        birthYear: person?.birthYear ?? null,
        tsukubaRelations: person?.tsukubaRelations ?? [],
        eligibility: { eligible: reasons.length === 0, reasons },
      },
      allowedActions: allowedActions(profile),
      history,
    };
  }
}
