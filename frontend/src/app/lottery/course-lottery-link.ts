import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { lotteryEn, lotteryJa } from './lottery-messages';

/** On the organiser's course page of a published lottery course: the way to its draw record. */
@Component({
  selector: 'tsu-course-lottery-link',
  imports: [RouterLink, MatButtonModule],
  template: `
    @if (bookingRule() === 'lottery' && status() !== 'draft') {
      <section class="panel" aria-labelledby="lottery-link-heading">
        <h2 id="lottery-link-heading">{{ t('link.heading') }}</h2>
        <p>{{ t('link.lead') }}</p>
        <a mat-stroked-button [routerLink]="['/organiser/courses', courseId(), 'lottery']">{{
          t('link.record')
        }}</a>
      </section>
    }
  `,
  styles: `
    .panel {
      margin: 1.5rem 0;
      padding: 1.25rem;
      border-radius: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    h2 {
      margin-top: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseLotteryLink {
  readonly courseId = input.required<string>();
  readonly bookingRule = input.required<string>();
  readonly status = input.required<string>();

  protected readonly t = scopedTranslator(lotteryJa, lotteryEn);
}
