import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Icon } from '../core/layout/icon';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CourseDetailPage } from '../courses/course-detail-page';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { courseImageEn, courseImageJa } from './course-image/course-image-messages';
import { COURSE_STATUS_LABELS } from './course-status';
import { OrganiserApi } from './organiser-api';
import { organiserEn, organiserJa } from './organiser-messages';

/**
 * A course of the organiser's, a draft too, exactly as citizens will see its page: the public
 * course page itself, fed by the preview endpoint, under a banner saying it is a preview.
 */
@Component({
  selector: 'tsu-organiser-course-preview-page',
  imports: [RouterLink, MatButtonModule, Icon, LoadState, LoadedContent, CourseDetailPage],
  template: `
    <div class="preview-bar" role="note">
      <div class="preview-bar__inner">
        <a class="back-link" [routerLink]="['/organiser/courses', id()]">
          <tsu-icon name="arrow_back" aria-hidden="true" />{{ t('preview.back') }}
        </a>
        @if (banner(); as text) {
          <p>{{ text }}</p>
        }
      </div>
    </div>
    <tsu-load-state [resource]="resource" [notFoundMessage]="organiserT('detail.notFoundText')">
      <a tsuNotFoundAction mat-flat-button routerLink="/organiser">{{
        organiserT('backToList')
      }}</a>
      <ng-template tsuLoaded>
        @if (needsSession()) {
          <div class="page">
            <h1 tabindex="-1">{{ title() }}</h1>
            <div class="state-message">
              <p>{{ t('preview.needsSession') }}</p>
            </div>
          </div>
        } @else {
          <tsu-course-detail-page [id]="id()" [preview]="true" />
        }
      </ng-template>
    </tsu-load-state>
  `,
  styles: `
    .preview-bar {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .preview-bar__inner {
      max-width: 72rem;
      margin: 0 auto;
      padding: 0.5rem 1rem;
    }
    .preview-bar p {
      margin: 0 0 0.5rem;
      font-weight: 500;
    }
    .preview-bar a {
      color: inherit;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganiserCoursePreviewPage {
  private readonly i18n = inject(I18nService);
  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(courseImageJa, courseImageEn);
  protected readonly organiserT = scopedTranslator(organiserJa, organiserEn);

  protected readonly resource = inject(OrganiserApi).course(() => this.id());
  private readonly course = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly needsSession = computed(() => this.course()?.sessionCount === 0);
  protected readonly title = computed(() => {
    const course = this.course();
    return course ? this.i18n.pick(course.titleJa, course.titleEn) : '';
  });
  protected readonly banner = computed(() => {
    const course = this.course();
    if (!course) return null;
    return course.status === 'published'
      ? this.t('preview.bannerPublished')
      : this.t('preview.banner', {
          status: this.organiserT(COURSE_STATUS_LABELS[course.status]),
        });
  });
}
