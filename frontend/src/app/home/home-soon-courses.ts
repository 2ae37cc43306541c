import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { CourseSummary } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent, type LoadableResource } from '../core/load-state/load-state';
import { CourseCard } from '../courses/course-card';

/**
 * まもなく開催 on the home page: the course cards, fetched only as they near the screen (see
 * `LazyPart`); the home page asks for their data at once.
 */
@Component({
  selector: 'tsu-home-soon-courses',
  imports: [LoadState, LoadedContent, CourseCard],
  template: `
    <tsu-load-state
      [resource]="resource()"
      [empty]="courses().length === 0"
      [emptyMessage]="t('home.soonEmpty')"
    >
      <ng-template tsuLoaded>
        <ul class="card-grid">
          @for (course of courses(); track course.id) {
            <li><tsu-course-card [course]="course" /></li>
          }
        </ul>
      </ng-template>
    </tsu-load-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomeSoonCourses {
  readonly resource = input.required<LoadableResource>();
  readonly courses = input.required<CourseSummary[]>();

  protected readonly t = inject(I18nService).t;
}
