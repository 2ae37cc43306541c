import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { CourseLotteryLink } from '../lottery/course-lottery-link';
import { CourseQuestionnaire } from '../questionnaires/course-questionnaire';
import { CourseInstructors } from '../rosters/course-instructors';
import { CourseRosterLinks } from '../rosters/course-roster-links';
import { instantRangeText, sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { isMissing, LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { COURSE_STATUS_LABELS } from './course-status';
import { OrganiserApi } from './organiser-api';
import { SessionEditor } from './sessions/session-editor';
import { CourseActions } from './course-actions';
import { CourseImageEditor } from './course-image/course-image-editor';
import { courseImageEn, courseImageJa } from './course-image/course-image-messages';
import { organiserEn, organiserJa } from './organiser-messages';

/**
 * One of the organiser's courses, whatever its status. Another organisation's course answers
 * 404 from the API (its existence is not revealed), shown as "no access or does not exist".
 */
@Component({
  selector: 'tsu-organiser-course-page',
  imports: [
    RouterLink,
    CourseLotteryLink,
    CourseRosterLinks,
    CourseInstructors,
    CourseQuestionnaire,
    MatButtonModule,
    Icon,
    LoadState,
    LoadedContent,
    DataTable,
    SessionEditor,
    CourseActions,
    CourseImageEditor,
    DateRange,
  ],
  templateUrl: './organiser-course-page.html',
  styleUrl: './organiser.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganiserCoursePage {
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleStrategy);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(organiserJa, organiserEn);
  protected readonly imageT = scopedTranslator(courseImageJa, courseImageEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly resource = inject(OrganiserApi).course(() => this.id());
  protected readonly course = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly notFound = computed(() => isMissing(this.resource.error()));
  protected readonly status = computed(() => {
    const course = this.course();
    return course ? this.t(COURSE_STATUS_LABELS[course.status]) : '';
  });
  protected readonly application = computed(() => {
    const course = this.course();
    if (!course) return [];
    return instantRangeText(
      course.applicationOpensAt,
      course.applicationClosesAt,
      this.i18n.language(),
    );
  });
  protected readonly sessions = computed(() => {
    const language = this.i18n.language();
    return (this.course()?.sessions ?? []).map((session, index) => ({
      key: session.id,
      number: index + 1,
      when: sessionRangeText(session.startsAt, session.endsAt, language),
      place: `${this.pick(session.facility.nameJa, session.facility.nameEn)} ${this.pick(session.room.nameJa, session.room.nameEn)}`,
    }));
  });

  constructor() {
    effect(() => {
      const course = this.course();
      const title = this.notFound()
        ? this.t('detail.notFound')
        : course
          ? this.pick(course.titleJa, course.titleEn)
          : null;
      this.pageTitle.setDetail(title);
    });
  }

  /** The course changed below (sessions, picture, an action): read it again, keeping it shown. */
  protected reload(): void {
    this.resource.reload();
  }
}
