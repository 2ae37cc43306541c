import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { CoursePhase, OrganiserCourse } from '../api/api-types';
import { dateSpanText, formatDate } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { Pager } from '../core/layout/pager';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { COURSE_PHASES, COURSE_PHASE_LABELS } from './course-status';
import { OrganiserApi } from './organiser-api';
import { organiserEn, organiserJa } from './organiser-messages';

/** Rows per page of the course list. */
export const COURSES_PAGE_SIZE = 20;

type PhaseFilter = CoursePhase | 'all';

/**
 * The organiser's start page: their organisations and their courses by real state (drafts,
 * published and still to come, running, finished, cancelled) with the figures that matter
 * (booked, waiting, attendance); the state and the page are kept in the address.
 */
@Component({
  selector: 'tsu-organiser-courses-page',
  imports: [RouterLink, MatButtonModule, LoadState, LoadedContent, DataTable, Pager, DateRange],
  templateUrl: './organiser-courses-page.html',
  styleUrl: './organiser.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganiserCoursesPage {
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  /** Query parameters. */
  readonly phase = input<string>();
  readonly page = input<string>();

  protected readonly t = scopedTranslator(organiserJa, organiserEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly resource = inject(OrganiserApi).courses();
  protected readonly organisations = computed(() => this.session.user()?.organisations ?? []);
  private readonly courses = computed(() =>
    this.resource.hasValue() ? (this.resource.value() ?? []) : [],
  );

  protected readonly selected = computed<PhaseFilter>(() => {
    const phase = this.phase() as CoursePhase;
    return COURSE_PHASES.includes(phase) ? phase : 'all';
  });

  /** One tab per state, with its count; cancelled only when there are any. */
  protected readonly tabs = computed(() => {
    const courses = this.courses();
    const count = (phase: PhaseFilter) =>
      phase === 'all' ? courses.length : courses.filter((c) => c.phase === phase).length;
    return (['all', ...COURSE_PHASES] as PhaseFilter[])
      .filter((phase) => phase !== 'cancelled' || count(phase) > 0 || this.selected() === phase)
      .map((phase) => ({
        phase,
        current: phase === this.selected(),
        label: this.t('phase.tab', {
          label: this.t(phase === 'all' ? 'phase.all' : COURSE_PHASE_LABELS[phase]),
          count: count(phase),
        }),
      }));
  });

  private readonly matching = computed(() => {
    const phase = this.selected();
    return phase === 'all' ? this.courses() : this.courses().filter((c) => c.phase === phase);
  });
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil(this.matching().length / COURSES_PAGE_SIZE)),
  );
  protected readonly pageNumber = computed(() =>
    Math.min(this.pages(), Math.max(1, Number(this.page()) || 1)),
  );
  protected readonly total = computed(() => this.matching().length);

  protected readonly rows = computed(() => {
    const start = (this.pageNumber() - 1) * COURSES_PAGE_SIZE;
    return this.matching()
      .slice(start, start + COURSES_PAGE_SIZE)
      .map((course) => this.row(course));
  });

  protected goToPage(page: number): void {
    void this.router.navigate([], {
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  private row(course: OrganiserCourse) {
    const language = this.i18n.language();
    return {
      id: course.id,
      title: this.pick(course.titleJa, course.titleEn),
      organisation: this.pick(course.organisation.nameJa, course.organisation.nameEn),
      phase: course.phase,
      phaseLabel: this.t(COURSE_PHASE_LABELS[course.phase]),
      window: this.applicationWindow(course),
      dates:
        course.firstSessionStartsAt && course.lastSessionEndsAt
          ? dateSpanText(course.firstSessionStartsAt, course.lastSessionEndsAt, language)
          : [
              course.firstSessionStartsAt
                ? formatDate(course.firstSessionStartsAt, language)
                : this.core('common.none'),
            ],
      booked: this.t('bookedOf', { booked: course.bookedCount, capacity: course.capacity }),
      waiting:
        course.appliedCount > 0
          ? this.t('appliedCount', { count: course.appliedCount })
          : course.waitingCount > 0
            ? this.t('peopleCount', { count: course.waitingCount })
            : this.core('common.none'),
      attendance:
        course.attendanceRate === null
          ? this.core('common.none')
          : `${Math.round(course.attendanceRate * 100)}%`,
    };
  }

  /** Whether a course still to come takes applications: only said where it matters. */
  private applicationWindow(course: OrganiserCourse): string | null {
    if (course.phase !== 'open') return null;
    const language = this.i18n.language();
    switch (course.applicationWindow) {
      case 'not_open_yet':
        return this.t('window.not_open_yet', {
          date: formatDate(course.applicationOpensAt, language),
        });
      case 'open':
        return this.t('window.open', { date: formatDate(course.applicationClosesAt, language) });
      case 'closed':
        return this.t('window.closed');
    }
  }
}
