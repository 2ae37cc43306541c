import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { hasRole } from '../access/principal';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { Language } from '../common/errors/request-language';
import { Clock } from '../common/time/clock';
import { addDays, japanDate } from '../common/time/japan-time';
import { splitKeywords } from '../courses/keywords';
import type {
  InstructorCardDto,
  InstructorDetailDto,
  InstructorListDto,
  InstructorQueryDto,
  InstructorSummaryDto,
} from './dto/public-instructor.dto';
import { InstructorDirectoryRepository, type ListedRow } from './instructor-directory.repository';
import { visibleParts } from './instructor-listing';
import { publicPhotoUrl } from './instructor-photos.service';
import { InstructorSettingsService } from './instructor-settings.service';

export const DIRECTORY_PAGE_SIZE = 20;
export const PICKER_SIZE = 20;

/**
 * The public directory. Every DTO here is built from the approved content by the functions
 * below, which copy public parts only (visibleParts decides the optional ones); nothing is
 * read from the account, so no contact detail can reach a public route.
 */
@Injectable()
export class InstructorDirectoryService {
  constructor(
    private readonly directory: InstructorDirectoryRepository,
    private readonly settings: InstructorSettingsService,
    private readonly clock: Clock,
  ) {}

  async search(query: InstructorQueryDto, language: Language): Promise<InstructorListDto> {
    const page = query.page ?? 1;
    const { rows, total } = await this.directory.search({
      keywords: splitKeywords(query.q),
      field: query.field,
      lifeStage: query.lifeStage,
      area: query.area,
      weekday: query.weekday,
      online: query.online,
      feeType: query.feeType,
      language: query.language,
      today: this.clock.today(),
      titleLanguage: language,
      limit: DIRECTORY_PAGE_SIZE,
      offset: (page - 1) * DIRECTORY_PAGE_SIZE,
    });
    return { items: rows.map(summaryOf), total, page, pageSize: DIRECTORY_PAGE_SIZE };
  }

  async detail(id: string, principal: Principal | undefined): Promise<InstructorDetailDto> {
    const now = this.clock.now();
    const row = await this.directory.listed(id, japanDate(now));
    if (!row) throw new DomainError(ErrorCode.InstructorNotRegistered);
    // Organisers and the section see the parts shown to organisers; everyone else public ones.
    const view = hasRole(principal, 'organiser', 'instructor_reviewer', 'city_admin')
      ? 'organisers'
      : 'public';
    const content = row.content;
    const areas = await this.directory.areas(content.areaFacilityIds);
    const { requestLeadDays } = await this.settings.get();
    const summary = summaryOf(row);
    return {
      ...summary,
      view,
      registrationNumber: row.registrationNumber,
      validUntil: row.validUntil,
      audienceAgeMin: content.audienceAgeMin ?? null,
      audienceAgeMax: content.audienceAgeMax ?? null,
      levels: content.levels,
      ...visibleParts(content, view, (ids) => areas.filter((area) => ids.includes(area.id))),
      // A photo shown to organisers only comes from the route that checks who asks.
      ...(view === 'organisers' && row.photoSha256 && content.visibility.photo !== 'public'
        ? {
            photoUrl: `/api/review/instructor-profiles/${row.id}/photo?v=${row.photoSha256.slice(0, 12)}`,
          }
        : {}),
      courses: await this.directory.courses(row.id, now),
      requestLeadDays,
      earliestRequestDate: addDays(japanDate(now), requestLeadDays),
    } as InstructorDetailDto;
  }

  async picker(q: string | undefined): Promise<InstructorCardDto[]> {
    const { rows } = await this.directory.search({
      keywords: splitKeywords(q),
      today: this.clock.today(),
      titleLanguage: 'ja',
      limit: PICKER_SIZE,
      offset: 0,
    });
    return rows.map(cardOf);
  }

  /** The cards of the registered instructors linked to a course (public course page). */
  async courseCards(courseId: string): Promise<InstructorCardDto[]> {
    const ids = await this.directory.courseProfileIds(courseId);
    const rows = await this.directory.listedByIds(ids, this.clock.today());
    return rows.map(cardOf);
  }
}

/** A card from public fields only. */
export function cardOf(row: ListedRow): InstructorCardDto {
  const content = row.content;
  const card: InstructorCardDto = {
    id: row.id,
    kind: content.kind,
    displayName: content.displayName,
    fields: content.fields,
  };
  if (content.displayNameEn.trim()) card.displayNameEn = content.displayNameEn;
  if (row.photoSha256 && content.visibility.photo === 'public') {
    card.photoUrl = publicPhotoUrl(row.id, row.photoSha256);
  }
  return card;
}

/** A directory entry from public fields only. */
export function summaryOf(row: ListedRow): InstructorSummaryDto {
  const content = row.content;
  const summary: InstructorSummaryDto = {
    ...cardOf(row),
    titleJa: content.titleJa,
    titleEn: content.titleEn,
    keywords: content.keywords,
    lifeStages: content.lifeStages,
    languages: content.languages,
    online: content.online,
  };
  if (content.visibility.fee === 'public') summary.feeType = content.feeType;
  return summary;
}
