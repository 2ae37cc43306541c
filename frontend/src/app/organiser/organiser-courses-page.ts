import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { formatDate, formatDateSpan } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { COURSE_STATUS_LABELS } from './course-status';
import { OrganiserApi } from './organiser-api';
import { organiserEn, organiserJa } from './organiser-messages';

/** The organiser's start page: their organisations and all of those organisations' courses. */
@Component({
  selector: 'tsu-organiser-courses-page',
  imports: [RouterLink, MatButtonModule, LoadState, LoadedContent, DataTable],
  templateUrl: './organiser-courses-page.html',
  styleUrl: './organiser.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganiserCoursesPage {
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  protected readonly t = scopedTranslator(organiserJa, organiserEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly resource = inject(OrganiserApi).courses();
  protected readonly organisations = computed(() => this.session.user()?.organisations ?? []);
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    const courses = this.resource.hasValue() ? (this.resource.value() ?? []) : [];
    return courses.map((course) => ({
      id: course.id,
      title: this.pick(course.titleJa, course.titleEn),
      organisation: this.pick(course.organisation.nameJa, course.organisation.nameEn),
      status: this.t(COURSE_STATUS_LABELS[course.status]),
      statusCode: course.status,
      dates:
        course.firstSessionStartsAt && course.lastSessionEndsAt
          ? formatDateSpan(course.firstSessionStartsAt, course.lastSessionEndsAt, language)
          : course.firstSessionStartsAt
            ? formatDate(course.firstSessionStartsAt, language)
            : this.core('common.none'),
      booked: this.t('bookedOf', { booked: course.bookedCount, capacity: course.capacity }),
    }));
  });
}
