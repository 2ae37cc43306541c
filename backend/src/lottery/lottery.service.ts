import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import type { BookingWindowState } from '../bookings/dto/booking.dto';
import { bookingWindowState } from '../bookings/ledger/booking-window';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import type {
  LotteryApplicantDto,
  LotteryRecordDto,
  LotteryState,
  MyLotteryEntryDto,
  OrganiserLotteryDto,
} from './dto/lottery.dto';
import { entryIdOf } from './lottery-draw';
import { LotteryDrawService } from './lottery-draw.service';
import { LotteryRepository, type StoredLottery } from './lottery.repository';

/** Reading a lottery: the public record, a citizen's own entry, the organiser's draw record. */
@Injectable()
export class LotteryService {
  constructor(
    private readonly lottery: LotteryRepository,
    private readonly draws: LotteryDrawService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Anyone: the commitment before the draw, the seed, entries and results after it. */
  async publicRecord(
    courseId: string,
    principal: Principal | undefined,
  ): Promise<LotteryRecordDto> {
    const stored = await this.load(courseId);
    const bookingId = principal
      ? await this.lottery.ownBookingId(courseId, principal.userId)
      : null;
    const yourEntryId = bookingId ? entryIdOf(bookingId) : null;
    return this.toRecord(stored, yourEntryId);
  }

  /** A citizen's own booking: its pseudonymous entry id and what the draw made of it. */
  async myEntry(principal: Principal, bookingId: string): Promise<MyLotteryEntryDto> {
    const booking = await this.lottery.ownBooking(bookingId, principal.userId);
    if (!booking) throw new DomainError(ErrorCode.BookingNotFound);
    const stored = await this.load(booking.courseId);
    const lotteryEntryId = entryIdOf(bookingId);
    const result = stored.results?.find((r) => r.entryId === lotteryEntryId) ?? null;
    return {
      bookingId,
      courseId: booking.courseId,
      lotteryEntryId,
      bookingStatus: booking.status,
      state: stateOf(stored),
      outcome: result?.outcome ?? null,
      rank: result?.rank ?? null,
      queuePosition: result?.queuePosition ?? null,
    };
  }

  /** The organiser of the course's organisation (else 404): the record with the people. */
  async organiserRecord(principal: Principal, courseId: string): Promise<OrganiserLotteryDto> {
    const stored = await this.load(courseId, principal.organisationIds);
    const results = new Map((stored.results ?? []).map((r) => [r.entryId, r]));
    const applicants: LotteryApplicantDto[] = (await this.lottery.applicants(courseId)).map(
      (applicant) => {
        const entryId = entryIdOf(applicant.bookingId);
        const result = results.get(entryId);
        return {
          entryId,
          bookingId: applicant.bookingId,
          bookingCode: applicant.code,
          name: applicant.name,
          partySize: applicant.partySize,
          bookingStatus: applicant.status,
          priorityGroup: result?.priorityGroup ?? null,
          rank: result?.rank ?? null,
          outcome: result?.outcome ?? null,
          queuePosition: result?.queuePosition ?? null,
        };
      },
    );
    // Drawn order first; applications the draw did not see (withdrawn before it) after.
    applicants.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
    return { ...this.toRecord(stored, null), applicants };
  }

  /**
   * The course's lottery, committing to a seed first if a published lottery course has none
   * yet (the publish hook and the sweep normally did it already).
   */
  private async load(
    courseId: string,
    organisationIds?: readonly string[],
  ): Promise<LoadedLottery> {
    let stored = await this.lottery.find(courseId, organisationIds);
    if (!stored) throw new DomainError(ErrorCode.CourseNotFound);
    if (stored.bookingRule !== 'lottery') throw new DomainError(ErrorCode.LotteryNotFound);
    if (stored.commitment === null && stored.courseStatus === 'published') {
      await this.draws.commit(courseId);
      stored = (await this.lottery.find(courseId, organisationIds))!;
    }
    // A lottery course never published (a draft, or cancelled before publishing) has no lottery.
    if (stored.commitment === null) throw new DomainError(ErrorCode.LotteryNotFound);
    // The window's dates alone (the course's status is judged in stateOf), by the one rule.
    const window = bookingWindowState(
      {
        status: 'published',
        opensAt: stored.applicationOpensAt,
        closesAt: stored.applicationClosesAt,
      },
      this.clock.now(),
    );
    return { ...stored, window };
  }

  private toRecord(stored: LoadedLottery, yourEntryId: string | null): LotteryRecordDto {
    const url = `${this.config.publicUrl}/api/courses/${stored.courseId}/lottery`;
    return {
      courseId: stored.courseId,
      courseTitleJa: stored.titleJa,
      courseTitleEn: stored.titleEn,
      state: stateOf(stored),
      algorithm: stored.algorithm!,
      commitment: stored.commitment!,
      committedAt: stored.committedAt!,
      applicationOpensAt: stored.applicationOpensAt,
      applicationClosesAt: stored.applicationClosesAt,
      drawnAt: stored.drawnAt,
      priorities: stored.priorities ?? stored.coursePriorities,
      seed: stored.seed,
      seats: stored.seats,
      entries: stored.entries,
      results: stored.results,
      entryCount: stored.entryCount,
      winnerCount: stored.winnerCount,
      waitlistedCount: stored.waitlistedCount,
      yourEntryId,
      howToVerify: {
        ja:
          '締切前に公開したコミットメントは、抽選の種（32バイトの乱数）のSHA-256です。抽選後に公開した種のSHA-256がコミットメントと一致すること、' +
          'そして各申込の番号について SHA-256(種‖申込番号) を計算し、優先グループ順・その値の小さい順に並べて、座席に収まる組から当選とすると、' +
          '公開した結果とまったく同じになることを、誰でも確かめられます。検証プログラム（verify-draw.ts）はこのページのデータだけで動きます。',
        en:
          'The commitment published before the window closed is the SHA-256 of the draw’s seed (32 random bytes). After the draw anyone can check ' +
          'that the SHA-256 of the revealed seed equals the commitment, and that ordering the entries by priority group and then by ' +
          'SHA-256(seed ‖ entry id), filling the seats with every party that fits, gives exactly the published results. ' +
          'The verifier (verify-draw.ts) needs nothing but this record.',
        recordUrl: url,
        command: `node backend/src/lottery/verify-draw.ts ${url}`,
      },
    };
  }
}

/** A lottery as stored, with where its application window stands now. */
type LoadedLottery = StoredLottery & { window: BookingWindowState };

function stateOf(stored: LoadedLottery): LotteryState {
  if (stored.drawnAt) return 'drawn';
  if (stored.courseStatus === 'cancelled') return 'cancelled';
  if (stored.window === 'not_open_yet') return 'not_open_yet';
  return stored.window === 'closed' ? 'awaiting_draw' : 'accepting';
}
