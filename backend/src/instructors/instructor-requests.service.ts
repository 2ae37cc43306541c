import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { DomainError, type FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { addDays, japanDate } from '../common/time/japan-time';
import type {
  AcceptRequestDto,
  CreateInstructorRequestDto,
  DeclineRequestDto,
  ReportRequestDto,
  RequestDetailDto,
  RequestMessageInputDto,
  RequestSummaryDto,
} from './dto/request.dto';
import { INSTRUCTORS_MESSAGES } from './instructors.errors';
import { InstructorDirectoryRepository } from './instructor-directory.repository';
import { cardOf } from './instructor-directory.service';
import type { InstructorNotificationKind } from './instructor-mails';
import { InstructorProfilesRepository } from './instructor-profiles.repository';
import type { InstructorRequest } from './instructor-request.entity';
import { InstructorRequestsRepository, type RequestRow } from './instructor-requests.repository';
import { InstructorSettingsService } from './instructor-settings.service';

type Party = 'requester' | 'instructor';

/**
 * Requests between an organiser (or a citizen for a group) and a registered instructor. Each
 * step locks the request, checks who may take it in which state, and writes the change and the
 * other party's mail (outbox) in one transaction. Contact details are read from the accounts
 * only for the two parties, and only once the request is accepted.
 */
@Injectable()
export class InstructorRequestsService {
  constructor(
    private readonly requests: InstructorRequestsRepository,
    private readonly directory: InstructorDirectoryRepository,
    private readonly profiles: InstructorProfilesRepository,
    private readonly settings: InstructorSettingsService,
    private readonly clock: Clock,
  ) {}

  async create(
    principal: Principal,
    profileId: string,
    input: CreateInstructorRequestDto,
  ): Promise<RequestDetailDto> {
    const now = this.clock.now();
    const profile = await this.directory.listed(profileId, japanDate(now));
    if (!profile) throw new DomainError(ErrorCode.InstructorNotRegistered);
    if (profile.userId === principal.userId) {
      throw new DomainError(ErrorCode.InstructorRequestNotAllowed);
    }
    const { requestLeadDays } = await this.settings.get();
    const errors = await this.inputErrors(principal, input, now, requestLeadDays);
    if (errors.length > 0) throw new ValidationFailedError(errors);

    const organisationId =
      input.requesterKind === 'organiser' ? (input.organisationId ?? null) : null;
    const requesterName = organisationId
      ? await this.requests.organisationName(organisationId)
      : input.groupName.trim();
    const id = await this.requests.transaction(async (manager) => {
      const id = await this.requests.insert(
        manager,
        {
          profileId,
          requesterUserId: principal.userId,
          requesterKind: input.requesterKind,
          organisationId,
          groupName: input.requesterKind === 'group' ? input.groupName.trim() : '',
          purpose: input.purpose.trim(),
          audience: input.audience.trim(),
          expectedParticipants: input.expectedParticipants,
          placeKind: input.placeKind,
          facilityId: input.placeKind === 'facility' ? (input.facilityId ?? null) : null,
          placeDetail: input.placeDetail.trim(),
          feeOfferedYen: input.feeOfferedYen ?? null,
          feeNote: input.feeNote.trim(),
          message: input.message.trim(),
          createdAt: now,
          updatedAt: now,
        },
        input.dateOptions.map((option) => ({
          startsAt: new Date(option.startsAt),
          endsAt: new Date(option.endsAt),
        })),
      );
      await this.profiles.notify(manager, {
        kind: 'instructor_request_received',
        userId: profile.userId,
        payload: { requestId: id, requesterName, purpose: input.purpose.trim() },
      });
      return id;
    });
    return this.detail(principal.userId, id);
  }

  async list(userId: string, role: 'sent' | 'received' | undefined): Promise<RequestSummaryDto[]> {
    const rows = await this.requests.rows(await this.requests.idsOf(userId, role));
    return rows.map((row) => summary(row, partyOf(row, userId) ?? 'requester'));
  }

  async detail(userId: string, id: string): Promise<RequestDetailDto> {
    const [row] = await this.requests.rows([id]);
    const party = row ? partyOf(row, userId) : null;
    if (!row || !party) throw new DomainError(ErrorCode.InstructorRequestNotFound);
    const { request } = row;
    const now = this.clock.now();
    const accepted = request.status === 'accepted' || request.status === 'reported';
    const counterpart = party === 'requester' ? row.instructorUserId : request.requesterUserId;
    const acceptedOption = accepted ? row.options[request.acceptedOption ?? 0] : undefined;
    const open = request.status === 'pending' || request.status === 'accepted';
    const messages = await this.requests.messages(id);
    return {
      ...summary(row, party),
      audience: request.audience,
      expectedParticipants: request.expectedParticipants,
      placeKind: request.placeKind,
      facilityName: row.facilityName,
      placeDetail: request.placeDetail,
      feeOfferedYen: request.feeOfferedYen,
      feeNote: request.feeNote,
      message: request.message,
      declineReason: request.declineReason,
      messages: messages.map((message) => ({
        id: message.id,
        body: message.body,
        at: message.at,
        mine: message.authorUserId === userId,
        from:
          message.authorUserId === request.requesterUserId
            ? ('requester' as const)
            : ('instructor' as const),
      })),
      // The one place contact details are read: the other party's, once accepted.
      counterpartContact: accepted ? await this.requests.contact(counterpart) : null,
      report: request.reportedAt
        ? {
            attendees: request.reportAttendees ?? 0,
            rating: request.reportRating ?? 0,
            comment: request.reportComment,
            reportedAt: request.reportedAt.toISOString(),
          }
        : null,
      allowed: {
        accept: party === 'instructor' && request.status === 'pending',
        decline: party === 'instructor' && request.status === 'pending',
        cancel: cancellable(request, party, acceptedOption, now),
        message: open,
        report:
          party === 'requester' &&
          request.status === 'accepted' &&
          !!acceptedOption &&
          new Date(acceptedOption.endsAt) <= now,
      },
      leadDays: (await this.settings.get()).requestLeadDays,
    };
  }

  async message(
    userId: string,
    id: string,
    input: RequestMessageInputDto,
  ): Promise<RequestDetailDto> {
    const now = this.clock.now();
    await this.step(userId, id, async (manager, request, party, row) => {
      if (request.status !== 'pending' && request.status !== 'accepted') throw stateConflict();
      await this.requests.addMessage(manager, id, userId, input.body.trim(), now);
      await this.requests.update(manager, id, { updatedAt: now });
      await this.notifyOther(manager, row, party, 'instructor_request_message');
    });
    return this.detail(userId, id);
  }

  async accept(userId: string, id: string, input: AcceptRequestDto): Promise<RequestDetailDto> {
    const now = this.clock.now();
    await this.step(userId, id, async (manager, request, party, row) => {
      if (party !== 'instructor') throw new DomainError(ErrorCode.InstructorRequestNotAllowed);
      if (request.status !== 'pending') throw stateConflict();
      const option = row.options[input.optionIndex];
      if (!option) {
        throw new ValidationFailedError([
          { field: 'optionIndex', ...INSTRUCTORS_MESSAGES.optionIndexOutOfRange },
        ]);
      }
      if (new Date(option.startsAt) <= now) throw stateConflict();
      await this.requests.update(manager, id, {
        status: 'accepted',
        acceptedOption: input.optionIndex,
        updatedAt: now,
      });
      await this.notifyOther(manager, row, party, 'instructor_request_accepted', {
        startsAt: option.startsAt,
      });
    });
    return this.detail(userId, id);
  }

  async decline(userId: string, id: string, input: DeclineRequestDto): Promise<RequestDetailDto> {
    const now = this.clock.now();
    await this.step(userId, id, async (manager, request, party, row) => {
      if (party !== 'instructor') throw new DomainError(ErrorCode.InstructorRequestNotAllowed);
      if (request.status !== 'pending') throw stateConflict();
      await this.requests.update(manager, id, {
        status: 'declined',
        declineReason: input.reason.trim(),
        updatedAt: now,
      });
      await this.notifyOther(manager, row, party, 'instructor_request_declined', {
        comment: input.reason.trim(),
      });
    });
    return this.detail(userId, id);
  }

  async cancel(userId: string, id: string): Promise<RequestDetailDto> {
    const now = this.clock.now();
    await this.step(userId, id, async (manager, request, party, row) => {
      const accepted = row.options[request.acceptedOption ?? -1];
      if (!cancellable(request, party, accepted, now)) throw stateConflict();
      await this.requests.update(manager, id, {
        status: 'cancelled',
        cancelledBy: userId,
        updatedAt: now,
      });
      await this.notifyOther(manager, row, party, 'instructor_request_cancelled');
    });
    return this.detail(userId, id);
  }

  async report(userId: string, id: string, input: ReportRequestDto): Promise<RequestDetailDto> {
    const now = this.clock.now();
    await this.step(userId, id, async (manager, request, party, row) => {
      if (party !== 'requester') throw new DomainError(ErrorCode.InstructorRequestNotAllowed);
      if (request.status !== 'accepted') throw stateConflict();
      const accepted = row.options[request.acceptedOption ?? -1];
      if (!accepted || new Date(accepted.endsAt) > now) {
        throw new ValidationFailedError([
          { field: 'attendees', ...INSTRUCTORS_MESSAGES.reportTooEarly },
        ]);
      }
      await this.requests.update(manager, id, {
        status: 'reported',
        reportAttendees: input.attendees,
        reportRating: input.rating,
        reportComment: input.comment.trim(),
        reportedAt: now,
        updatedAt: now,
      });
      await this.notifyOther(manager, row, party, 'instructor_request_reported');
    });
    return this.detail(userId, id);
  }

  /** Locks the request and runs one step of one of its parties (404 for anyone else). */
  private async step(
    userId: string,
    id: string,
    work: (
      manager: EntityManager,
      request: InstructorRequest,
      party: Party,
      row: RequestRow,
    ) => Promise<void>,
  ): Promise<void> {
    await this.requests.transaction(async (manager) => {
      const locked = await this.requests.lock(manager, id);
      const [row] = locked ? await this.requests.rows([id]) : [];
      const party = row ? partyOf(row, userId) : null;
      if (!locked || !row || !party) throw new DomainError(ErrorCode.InstructorRequestNotFound);
      await work(manager, locked, party, { ...row, request: locked });
    });
  }

  private async notifyOther(
    manager: EntityManager,
    row: RequestRow,
    party: Party,
    kind: InstructorNotificationKind,
    extra: { startsAt?: string; comment?: string } = {},
  ): Promise<void> {
    await this.profiles.notify(manager, {
      kind,
      userId: party === 'requester' ? row.instructorUserId : row.request.requesterUserId,
      payload: {
        requestId: row.request.id,
        displayName: row.instructorContent.displayName,
        requesterName: row.requesterName,
        purpose: row.request.purpose,
        ...extra,
      },
    });
  }

  private async inputErrors(
    principal: Principal,
    input: CreateInstructorRequestDto,
    now: Date,
    leadDays: number,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (input.requesterKind === 'organiser') {
      if (!input.organisationId || !principal.organisationIds.includes(input.organisationId)) {
        errors.push({ field: 'organisationId', ...INSTRUCTORS_MESSAGES.organisationNotYours });
      }
    } else if (!input.groupName.trim()) {
      errors.push({ field: 'groupName', ...INSTRUCTORS_MESSAGES.groupNameNeeded });
    }
    if (input.placeKind === 'facility') {
      if (!input.facilityId || !(await this.requests.facilityExists(input.facilityId))) {
        errors.push({ field: 'facilityId', ...INSTRUCTORS_MESSAGES.unknownFacility });
      }
    }
    // The earliest day a date option may fall on: today (Japan) + the city's lead time.
    const earliest = addDays(japanDate(now), leadDays);
    input.dateOptions.forEach((option, index) => {
      if (japanDate(option.startsAt) < earliest) {
        errors.push({
          field: `dateOptions.${index}.startsAt`,
          ...INSTRUCTORS_MESSAGES.leadTime(leadDays),
        });
      }
      if (new Date(option.endsAt) <= new Date(option.startsAt)) {
        errors.push({
          field: `dateOptions.${index}.endsAt`,
          ...INSTRUCTORS_MESSAGES.optionEndsBeforeStart,
        });
      }
    });
    return errors;
  }
}

/**
 * The requester may withdraw a request while it is pending or accepted; the instructor answers a
 * pending one by declining, and may cancel only an accepted engagement (illness, a clash). Both
 * only before the accepted date.
 */
function cancellable(
  request: InstructorRequest,
  party: Party,
  accepted: { startsAt: string } | undefined,
  now: Date,
): boolean {
  if (request.status === 'pending') return party === 'requester';
  return request.status === 'accepted' && !!accepted && new Date(accepted.startsAt) > now;
}

function stateConflict(): DomainError {
  return new DomainError(ErrorCode.InstructorRequestStateConflict);
}

function partyOf(row: RequestRow, userId: string): Party | null {
  if (row.request.requesterUserId === userId) return 'requester';
  if (row.instructorUserId === userId) return 'instructor';
  return null;
}

function summary(row: RequestRow, party: Party): RequestSummaryDto {
  const { request } = row;
  return {
    id: request.id,
    status: request.status,
    role: party === 'requester' ? 'sent' : 'received',
    instructor: cardOf({
      id: request.profileId,
      userId: row.instructorUserId,
      content: row.instructorContent,
      registrationNumber: '',
      validUntil: '',
      photoSha256: row.photoSha256,
    }),
    requesterKind: request.requesterKind,
    requesterName: row.requesterName,
    purpose: request.purpose,
    dateOptions: row.options,
    acceptedOption:
      request.acceptedOption === null ? null : (row.options[request.acceptedOption] ?? null),
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  };
}
