import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import {
  dateSpanText,
  formatDate,
  rangeInMessage,
  sessionRangeText,
} from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { RostersApi } from './rosters-api';
import { rostersEn, rostersJa } from './rosters-messages';

/**
 * An instructor's start page: the courses they teach (those an organiser linked them to in the
 * last two weeks pointed out first), then each session with its list and check-in.
 */
@Component({
  selector: 'tsu-teaching-page',
  imports: [RouterLink, MatButtonModule, Icon, LoadState, LoadedContent, DateRange],
  templateUrl: './teaching-page.html',
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeachingPage {
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly isInstructor = computed(() => this.session.roles().includes('instructor'));

  private readonly api = inject(RostersApi);
  protected readonly coursesResource = this.api.teachingCourses();
  protected readonly courses = computed(() => {
    const language = this.i18n.language();
    const pick = this.i18n.pick;
    const list = this.coursesResource.hasValue() ? (this.coursesResource.value() ?? []) : [];
    return list.map((course) => ({
      id: course.courseId,
      title: pick(course.titleJa, course.titleEn),
      organiser: pick(course.organiserJa, course.organiserEn),
      public: course.public,
      isNew: course.isNew,
      period:
        course.firstStartsAt && course.lastEndsAt
          ? rangeInMessage(
              (period) => this.t('teaching.period', { period, count: course.sessionCount }),
              dateSpanText(course.firstStartsAt, course.lastEndsAt, language),
            )
          : { before: this.t('teaching.noSessions'), range: [], after: '' },
      linkedAt: this.t('teaching.linkedAt', { date: formatDate(course.linkedAt, language) }),
    }));
  });
  protected readonly newCourses = computed(() => this.courses().filter((course) => course.isNew));

  protected readonly resource = this.api.teaching();
  protected readonly sessions = computed(() => {
    const language = this.i18n.language();
    const pick = this.i18n.pick;
    const list = this.resource.hasValue() ? (this.resource.value() ?? []) : [];
    return list.map((session) => ({
      id: session.sessionId,
      title: pick(session.courseTitleJa, session.courseTitleEn),
      when: sessionRangeText(session.startsAt, session.endsAt, language),
      place: `${pick(session.facilityNameJa, session.facilityNameEn)} ${pick(session.roomNameJa, session.roomNameEn)}`,
      cancelled: session.status === 'cancelled',
    }));
  });
}
