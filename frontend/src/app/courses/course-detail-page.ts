import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { JapaneseOnly } from '../core/i18n/japanese-only';
import { RouterLink } from '@angular/router';
import { CatalogueApi } from '../core/api/catalogue-api';
import type { CourseDetail, PriorityProject } from '../api/api-types';
import { fiscalYear, formatFiscalYear, sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { formatFee } from '../core/format/money-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent, isMissing } from '../core/load-state/load-state';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { ReferenceService } from '../core/reference/reference.service';
import { InstructorCard } from '../instructors/instructor-card';
import { BookingPanel } from './booking-panel';
import { organiserLine } from './organiser-line';

@Component({
  selector: 'tsu-course-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    LoadState,
    LoadedContent,
    DataTable,
    BookingPanel,
    InstructorCard,
    JapaneseOnly,
    DateRange,
  ],
  templateUrl: './course-detail-page.html',
  styleUrl: './course-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseDetailPage {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  private readonly pageTitle = inject(PageTitleStrategy);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();
  /**
   * The organiser console's preview (OrganiserCoursePreviewPage): the course, a draft too, as
   * this page will show it, without the booking panel.
   */
  readonly preview = input(false);

  protected readonly t = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly language = this.i18n.language;
  protected readonly otherLanguage = computed(() => (this.language() === 'ja' ? 'en' : 'ja'));

  protected readonly resource = inject(CatalogueApi).course(
    () => this.id(),
    () => this.preview(),
  );
  protected readonly course = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  private readonly notFound = computed(() => isMissing(this.resource.error()));
  /** The page's heading when the course cannot be shown (the load state says the rest). */
  protected readonly failedHeading = computed(() => {
    if (this.resource.status() !== 'error') return null;
    return this.t(this.notFound() ? 'course.detail.notFound' : 'title.courseDetail');
  });

  protected readonly title = computed(() => {
    const course = this.course();
    return course ? this.pick(course.titleJa, course.titleEn) : '';
  });
  /** What the picture shows (the English page falls back to Japanese); empty: decorative. */
  protected readonly imageAlt = computed(() => {
    const course = this.course();
    return course ? this.pick(course.imageAltJa, course.imageAltEn) : '';
  });
  /** On the English page, the texts the organiser wrote only in Japanese (shown in Japanese). */
  protected readonly japaneseOnly = computed(() => {
    const course = this.course();
    const english = this.language() === 'en';
    return {
      title: english && !!course && !course.titleEn.trim(),
      description: english && !!course && !course.descriptionEn.trim(),
    };
  });
  protected readonly otherTitle = computed(() => {
    const course = this.course();
    if (!course) return null;
    const other = this.language() === 'ja' ? course.titleEn : course.titleJa;
    return other && other !== this.title() ? other : null;
  });

  protected readonly sessions = computed(() =>
    (this.course()?.sessions ?? []).map((session) => ({
      ...session,
      when: sessionRangeText(session.startsAt, session.endsAt, this.language()),
      roomName: this.pick(session.room.nameJa, session.room.nameEn),
      facilityName: this.pick(session.facility.nameJa, session.facility.nameEn),
    })),
  );

  protected readonly facts = computed(() => {
    const course = this.course();
    if (!course) return null;
    const language = this.language();
    return {
      fee: formatFee(course.feeYen, language),
      category: this.reference.label('categories', course.category),
      pillar: `${course.pillar}. ${this.reference.pillarLabel(course.pillar)}`,
      // In the plan's order, whatever order the organiser picked them in.
      priorityProjects: this.reference
        .list('priorityProjects')
        .filter((item) => course.priorityProjects.includes(item.code as PriorityProject))
        .map((item) => ({ code: item.code, name: this.pick(item.ja, item.en) })),
      audience: this.reference.label('audiences', course.audience),
      age: this.ageText(course.targetAgeMin, course.targetAgeMax),
      fiscalYear: formatFiscalYear(fiscalYear(course.firstSessionStartsAt), language),
      lifeStages: course.lifeStages.map((code) => this.reference.label('lifeStages', code)),
      description: this.pick(course.descriptionJa, course.descriptionEn),
      whatToBring: this.pick(course.whatToBringJa, course.whatToBringEn),
      instructors: this.pick(course.instructorNamesJa, course.instructorNamesEn),
      organiser: organiserLine(
        this.pick(course.organisation.nameJa, course.organisation.nameEn),
        course.organisation.kind,
        this.reference.label('organisationKinds', course.organisation.kind),
        language,
      ),
      certificate: this.certificateText(course.completion),
    };
  });

  /** 「全3回中2回以上の出席で修了証を発行します」; null for a course without certificates. */
  private certificateText(completion: CourseDetail['completion']): string | null {
    if (!completion) return null;
    const rule =
      completion.sessions <= 1
        ? this.t('course.detail.certificateOne')
        : this.t('course.detail.certificateRule', {
            sessions: completion.sessions,
            required: completion.requiredSessions,
          });
    return completion.countsLate ? rule : `${rule}${this.t('course.detail.certificateNoLate')}`;
  }

  constructor() {
    effect(() => {
      const name = this.notFound() ? this.t('course.detail.notFound') : this.title() || null;
      this.pageTitle.setDetail(name);
    });
  }

  private ageText(min: number | null, max: number | null): string {
    if (min !== null && max !== null) return this.t('course.age.range', { min, max });
    if (min !== null) return this.t('course.age.min', { min });
    if (max !== null) return this.t('course.age.max', { max });
    return this.t('course.age.any');
  }
}
