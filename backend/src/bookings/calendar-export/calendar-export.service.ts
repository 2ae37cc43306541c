import { Inject, Injectable } from '@nestjs/common';
import { hashToken, newToken } from '../../accounts/security/tokens';
import { DomainError } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/app-config.module';
import type { AppConfig } from '../../config/app-config';
import type { CalendarSessionRow } from './calendar-export.repository';
import { CalendarExportRepository } from './calendar-export.repository';
import type { CalendarFeedCreatedDto, CalendarFeedStateDto } from './dto/calendar-feed.dto';
import { writeCalendar, type IcsEvent } from './ics-writer';

type Language = 'ja' | 'en';

/** How far back the feed reaches: recent sessions stay visible in calendars for a while. */
export const FEED_PAST_DAYS = 90;

/** The token in a feed URL as `newToken()` makes it: 32 bytes in base64url. */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** `K7M2Q9XD` as people read it: `K7M2-Q9XD`. */
export const hyphenatedCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

@Injectable()
export class CalendarExportService {
  constructor(
    private readonly repository: CalendarExportRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
    private readonly clock: Clock,
  ) {}

  /**
   * One booking's sessions as an .ics file. Another person's booking is not found, and neither is
   * a lottery application or a waiting-list place: people must not come without a seat.
   */
  async bookingCalendar(
    bookingId: string,
    userId: string,
    language: Language,
  ): Promise<{ filename: string; body: string }> {
    if (!(await this.repository.ownsSeatedBooking(bookingId, userId))) {
      throw new DomainError(ErrorCode.BookingNotFound);
    }
    const rows = await this.repository.bookingSessions(bookingId, userId);
    const title = rows[0] ? courseTitle(rows[0], language) : 'tsumugu';
    const code = rows[0]?.code ?? bookingId.slice(0, 8);
    return {
      filename: `tsumugu-${code}.ics`,
      body: writeCalendar({
        name: title,
        events: rows.map((row) => this.event(row, language)),
        generatedAt: this.clock.now(),
      }),
    };
  }

  async feedState(userId: string): Promise<CalendarFeedStateDto> {
    const feed = await this.repository.feed(userId);
    return {
      exists: !!feed,
      createdAt: feed ? feed.createdAt.toISOString() : null,
      lastUsedAt: feed?.lastUsedAt ? feed.lastUsedAt.toISOString() : null,
    };
  }

  /** A new secret URL; only its hash is kept, so it can be shown this once and never again. */
  async replaceFeed(userId: string): Promise<CalendarFeedCreatedDto> {
    const token = newToken();
    const feed = await this.repository.replaceFeedToken(userId, hashToken(token));
    return {
      url: `${this.config.publicUrl}/api/calendar-feeds/${token}`,
      createdAt: feed.createdAt.toISOString(),
    };
  }

  async deleteFeed(userId: string): Promise<void> {
    await this.repository.deleteFeed(userId);
  }

  /** The feed behind a token: all the person's confirmed sessions, recent and to come. */
  async feedCalendar(token: string): Promise<string> {
    const owner = FEED_TOKEN.test(token) ? await this.repository.useFeed(hashToken(token)) : null;
    if (!owner) throw new DomainError(ErrorCode.NotFound);
    const now = this.clock.now();
    const rows = await this.repository.feedSessions(owner.userId, FEED_PAST_DAYS, now);
    return writeCalendar({
      name: owner.language === 'en' ? 'tsumugu bookings' : 'tsumugu 予約講座',
      events: rows.map((row) => this.event(row, owner.language)),
      generatedAt: now,
      refreshInterval: 'PT6H',
    });
  }

  private event(row: CalendarSessionRow, language: Language): IcsEvent {
    const en = language === 'en';
    const bookingUrl = `${this.config.publicUrl}/bookings/${row.bookingId}`;
    const whatToBring = (en && row.whatToBringEn) || row.whatToBringJa;
    const description = [
      `${en ? 'Booking code' : '予約番号'}: ${hyphenatedCode(row.code)}`,
      ...(whatToBring ? [`${en ? 'What to bring' : '持ち物'}: ${whatToBring}`] : []),
      bookingUrl,
    ].join('\n');
    const cancelled =
      row.sessionStatus === 'cancelled' ||
      row.courseStatus === 'cancelled' ||
      row.bookingStatus === 'cancelled';
    const lastModified = new Date(
      Math.max(new Date(row.bookingUpdatedAt).getTime(), new Date(row.sessionUpdatedAt).getTime()),
    );
    return {
      uid: `${row.bookingId}-${row.sessionId}@tsumugu`,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      summary: courseTitle(row, language),
      location: en
        ? `${row.facilityNameEn}, ${row.roomNameEn}`
        : `${row.facilityNameJa} ${row.roomNameJa}`,
      description,
      url: bookingUrl,
      status: cancelled ? 'CANCELLED' : 'CONFIRMED',
      lastModified,
    };
  }
}

function courseTitle(row: CalendarSessionRow, language: Language): string {
  return (language === 'en' && row.titleEn) || row.titleJa;
}
