import { Inject, Injectable } from '@nestjs/common';
import { writeCalendar, type IcsEvent } from '../bookings/calendar-export/ics-writer';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { Language } from '../common/errors/request-language';
import { Clock } from '../common/time/clock';
import { addDays, fiscalYear, japanDate, startOfJapanDay } from '../common/time/japan-time';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/app-config';
import { LIFE_STAGE_LABELS, type LifeStage } from '../reference/reference-data';
import type { PublicDocument } from './conditional-get';
import type { OpenEventListDto } from './dto/open-event.dto';
import {
  EVENT_LIST_COLUMNS,
  eventListCsv,
  LICENCE,
  MUNICIPALITY_CODE,
  openEvent,
} from './event-list';
import { type FeedScope, OpendataRepository, type PublicSessionRow } from './opendata.repository';

/** Dataset files may be cached for five minutes, calendar feeds for an hour. */
const DATASET_MAX_AGE_SECONDS = 300;
const FEED_MAX_AGE_SECONDS = 3600;
/** A public feed shows the last 30 days and everything to come (at most this many sessions). */
export const PUBLIC_FEED_PAST_DAYS = 30;
export const PUBLIC_FEED_MAX_SESSIONS = 2000;

/**
 * The public catalogue as open data: the dataset 「イベント一覧」 as CSV and JSON, and calendar
 * feeds per life stage and per facility. Everything here is public and the same for everyone,
 * so each answer carries validators (ETag, Last-Modified) and may be cached.
 */
@Injectable()
export class OpendataService {
  constructor(
    private readonly repository: OpendataRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  /** The first Japan day listed: 1 April of the current fiscal year. */
  private datasetFrom(): string {
    return `${fiscalYear(this.clock.now())}-04-01`;
  }

  /**
   * When the answer last changed: the data's last change, or the moment the window moved on
   * (rows fall out of it then), whichever is later.
   */
  private async lastModified(windowStart: Date): Promise<Date> {
    const changed = await this.repository.lastChanged();
    return new Date(Math.max(changed?.getTime() ?? 0, windowStart.getTime()));
  }

  async eventList(): Promise<OpenEventListDto & { lastModifiedAt: Date }> {
    const from = this.datasetFrom();
    const start = startOfJapanDay(from);
    const [sources, lastModifiedAt] = await Promise.all([
      this.repository.events(start),
      this.lastModified(start),
    ]);
    return {
      municipalityCode: MUNICIPALITY_CODE,
      licence: { ...LICENCE },
      lastModified: lastModifiedAt.toISOString(),
      lastModifiedAt,
      from,
      columns: EVENT_LIST_COLUMNS.map((column) => ({ ...column })),
      items: sources.map((source, index) => openEvent(source, index + 1, this.config.publicUrl)),
    };
  }

  async eventListCsv(): Promise<PublicDocument> {
    const list = await this.eventList();
    return {
      body: eventListCsv(list.items),
      contentType: 'text/csv; charset=utf-8',
      lastModified: list.lastModifiedAt,
      maxAgeSeconds: DATASET_MAX_AGE_SECONDS,
      disposition: `inline; filename="${MUNICIPALITY_CODE}_event.csv"`,
    };
  }

  async eventListJson(): Promise<PublicDocument> {
    const { lastModifiedAt, ...list } = await this.eventList();
    return {
      body: JSON.stringify(list),
      contentType: 'application/json; charset=utf-8',
      lastModified: lastModifiedAt,
      maxAgeSeconds: DATASET_MAX_AGE_SECONDS,
    };
  }

  async lifeStageCalendar(stage: string, language: Language): Promise<PublicDocument> {
    if (!isLifeStage(stage)) throw new DomainError(ErrorCode.NotFound);
    const label = LIFE_STAGE_LABELS[stage];
    const name = language === 'en' ? `tsumugu: courses — ${label.en}` : `tsumugu ${label.ja}の講座`;
    return this.calendar({ lifeStage: stage }, name, `tsumugu-${stage}.ics`, language);
  }

  async facilityCalendar(facilityId: string, language: Language): Promise<PublicDocument> {
    const facility = await this.repository.facility(facilityId);
    if (!facility) throw new DomainError(ErrorCode.FacilityNotFound);
    const name =
      language === 'en'
        ? `tsumugu: courses at ${facility.nameEn}`
        : `tsumugu ${facility.nameJa}の講座`;
    return this.calendar({ facilityId }, name, `tsumugu-facility.ics`, language);
  }

  private async calendar(
    scope: FeedScope,
    name: string,
    filename: string,
    language: Language,
  ): Promise<PublicDocument> {
    const now = this.clock.now();
    const from = startOfJapanDay(addDays(japanDate(now), -PUBLIC_FEED_PAST_DAYS));
    const [rows, lastModified] = await Promise.all([
      this.repository.feedSessions(scope, from, PUBLIC_FEED_MAX_SESSIONS),
      this.lastModified(from),
    ]);
    return {
      body: writeCalendar({
        name,
        events: rows.map((row) => this.event(row, language)),
        // DTSTAMP: when this content last changed, so that the same data gives the same bytes
        // (and the same ETag) on every fetch.
        generatedAt: lastModified,
        refreshInterval: 'PT6H',
      }),
      contentType: 'text/calendar; charset=utf-8',
      lastModified,
      maxAgeSeconds: FEED_MAX_AGE_SECONDS,
      disposition: `inline; filename="${filename}"`,
    };
  }

  private event(row: PublicSessionRow, language: Language): IcsEvent {
    const en = language === 'en';
    const url = `${this.config.publicUrl}/courses/${row.courseId}`;
    const summary = (en && row.summaryEn) || row.summaryJa;
    const organiser = en ? row.organisationNameEn : row.organisationNameJa;
    return {
      uid: `${row.sessionId}@tsumugu.public`,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      summary: (en && row.titleEn) || row.titleJa,
      location: en
        ? `${row.facilityNameEn}, ${row.roomNameEn}, ${row.addressEn}`
        : `${row.facilityNameJa} ${row.roomNameJa}（${row.addressJa}）`,
      description: [
        ...(summary ? [summary] : []),
        `${en ? 'Organiser' : '主催'}: ${organiser}`,
        `${en ? 'Details and booking' : '詳細・申し込み'}: ${url}`,
      ].join('\n'),
      url,
      status: 'CONFIRMED',
      lastModified: new Date(row.updatedAt),
    };
  }
}

function isLifeStage(value: string): value is LifeStage {
  return Object.hasOwn(LIFE_STAGE_LABELS, value);
}
