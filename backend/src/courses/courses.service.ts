import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { Language } from '../common/errors/request-language';
import { Clock } from '../common/time/clock';
import { requiredSessions } from '../certificates/completion-rule';
import { InstructorDirectoryService } from '../instructors/instructor-directory.service';
import { type CourseSearch, CoursesRepository } from './courses.repository';
import type { CourseDetailDto } from './dto/course-detail.dto';
import type { CourseQueryDto } from './dto/course-query.dto';
import type { CourseListDto, CourseSummaryDto, NoResultHelpDto } from './dto/course-summary.dto';
import { japanDate, startOfJapanDay, startOfNextJapanDay } from '../common/time/japan-time';
import { splitKeywords } from './keywords';
import { readCursor, writeCursor } from './listing-cursor';

export const DEFAULT_PAGE_SIZE = 20;

/** The query's filters other than the words (what "remove the filters" removes). */
const FILTERS = [
  'lifeStage',
  'category',
  'pillar',
  'facilityId',
  'priorityProject',
  'from',
  'to',
  'weekday',
  'timeOfDay',
  'freeOnly',
  'hasSeats',
  'childcare',
  'openNow',
  'age',
] as const satisfies readonly (keyof CourseQueryDto)[];

@Injectable()
export class CoursesService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly clock: Clock,
    private readonly instructors: InstructorDirectoryService,
  ) {}

  async search(query: CourseQueryDto, language: Language): Promise<CourseListDto> {
    const now = this.clock.now();
    const search = toCourseSearch(query, language, now);
    const page = query.page ?? 1;
    // The page after a page the client has: from where that one ended (keyset), when it fits.
    const after = query.after ? readCursor(query.after, search, page) : undefined;
    const { ids, total, totalEstimated, last } = await this.courses.search({ ...search, after });
    const more = ids.length === search.limit && (totalEstimated || page * search.limit < total);
    return {
      items: await this.courses.summaries(ids, now),
      total,
      totalEstimated,
      noResultHelp: total === 0 ? await this.noResultHelp(query, search, language, now) : null,
      page,
      pageSize: search.limit,
      nextCursor: more && last ? writeCursor(search, page, last) : null,
    };
  }

  /**
   * A search with several words finds courses that contain every word (in the title, summary,
   * description, organiser or instructors). When that finds nothing, say what each word finds
   * alone and what the words find without the other filters, so the page can offer both.
   */
  private async noResultHelp(
    query: CourseQueryDto,
    search: CourseSearch,
    language: Language,
    now: Date,
  ): Promise<NoResultHelpDto | null> {
    const countOnly = { limit: 0, offset: 0 };
    const eachWord =
      search.keywords.length > 1
        ? await Promise.all(
            search.keywords.map(async (word) => {
              const { total, totalEstimated } = await this.courses.search({
                ...search,
                ...countOnly,
                keywords: [word],
              });
              return { word, total, totalEstimated };
            }),
          )
        : [];
    const filtered = FILTERS.some(
      (filter) => query[filter] !== undefined && query[filter] !== false,
    );
    const withoutFilters =
      filtered && search.keywords.length > 0
        ? await this.courses.search({
            ...toCourseSearch({ q: query.q }, language, now),
            ...countOnly,
          })
        : null;
    if (eachWord.length === 0 && !withoutFilters) return null;
    return {
      eachWord,
      withoutFilters: withoutFilters && {
        total: withoutFilters.total,
        totalEstimated: withoutFilters.totalEstimated,
      },
    };
  }

  /** The course page's content; `includeDraft` is for the organiser's preview only. */
  async detail(id: string, includeDraft = false): Promise<CourseDetailDto> {
    const row = await this.courses.detail(id, this.clock.now(), includeDraft);
    if (!row) throw new DomainError(ErrorCode.CourseNotFound);
    const { summary, websiteUrl, phone, completionRule, completionCountsLate, ...details } = row;
    const sessions = await this.courses.sessions(id);
    const required = requiredSessions(completionRule, sessions.length);
    return {
      ...summary,
      ...details,
      organisation: { ...summary.organisation, websiteUrl, phone },
      sessions,
      instructors: await this.instructors.courseCards(id),
      completion:
        required === null
          ? null
          : {
              rule: completionRule,
              countsLate: completionCountsLate,
              sessions: sessions.length,
              requiredSessions: required,
            },
    };
  }

  upcomingAtFacility = async (facilityId: string, limit: number): Promise<CourseSummaryDto[]> => {
    const now = this.clock.now();
    return this.courses.summaries(
      await this.courses.upcomingAtFacility(facilityId, limit, now),
      now,
    );
  };
}

/** The repository's search for an API query at `now`. */
export function toCourseSearch(query: CourseQueryDto, language: Language, now: Date): CourseSearch {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return {
    keywords: splitKeywords(query.q),
    lifeStage: query.lifeStage,
    category: query.category,
    pillar: query.pillar,
    facilityId: query.facilityId,
    priorityProject: query.priorityProject,
    // Without a start date the catalogue shows what can still be attended: from today on.
    startsFrom: startOfJapanDay(query.from ?? japanDate(now)),
    includesPast: query.from !== undefined && query.from < japanDate(now),
    startsBefore: query.to ? startOfNextJapanDay(query.to) : undefined,
    weekdays: query.weekday,
    timeOfDay: query.timeOfDay,
    freeOnly: query.freeOnly === true,
    hasSeats: query.hasSeats === true,
    childcare: query.childcare === true,
    openAt: query.openNow === true ? now : undefined,
    age: query.age,
    sort: query.sort ?? 'soonest',
    titleLanguage: language,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}
