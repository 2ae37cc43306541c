import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import type { BookingRule, CourseEditorResult, CourseWarning } from '../api/api-types';
import { formatDateTime } from '../core/format/date-format';
import { apiErrorBody } from '../core/forms/api-error';
import { OrganiserApi } from './organiser-api';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { actionsEn, actionsJa } from './course-actions-messages';

type Status = 'draft' | 'published' | 'cancelled' | 'finished';

/**
 * What can be done with a course in its state: a draft is published, a published course
 * unpublished (the API refuses once someone booked, and says so), either cancelled after a
 * confirmation; any course duplicated for the next term. Publishing answers warnings (a room
 * smaller than the capacity) that do not stop it: they are listed after the success message.
 */
@Component({
  selector: 'tsu-course-actions',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './course-actions.html',
  styles: `
    .course-actions {
      margin: 1.5rem 0;
      padding: 1rem;
      border-radius: 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .course-actions__buttons,
    .course-actions__confirm,
    .course-actions__duplicate form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .course-actions__confirm {
      margin-top: 0.75rem;
      padding: 0.75rem;
      border-radius: 0.5rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .course-actions__confirm p {
      margin: 0;
      flex-basis: 100%;
    }
    .course-actions__confirm--publish {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .course-actions__confirm h3 {
      margin: 0;
      flex-basis: 100%;
      font-size: 1.0625rem;
    }
    .course-actions__confirm div {
      display: grid;
      gap: 0.375rem;
      flex-basis: 100%;
      margin-bottom: 0.25rem;
    }
    /* Another job than publishing: set apart by a rule and its own heading. */
    .course-actions__duplicate {
      margin-top: 1.5rem;
      padding-top: 1rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .course-actions__duplicate h3 {
      margin: 0 0 0.25rem;
      font-size: 1.0625rem;
    }
    .course-actions__duplicate p {
      margin: 0 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .course-actions__error {
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .course-actions__done {
      font-weight: 700;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseActions {
  private readonly api = inject(OrganiserApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  readonly courseId = input.required<string>();
  readonly status = input.required<Status>();
  /** For the publication's confirmation: when and how applications will be taken. */
  readonly applicationOpensAt = input<string>();
  readonly applicationClosesAt = input<string>();
  readonly bookingRule = input<BookingRule>();
  readonly changed = output<void>();

  protected readonly t = scopedTranslator(actionsJa, actionsEn);
  protected readonly pick = this.i18n.pick;
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly publishing = signal(false);
  protected readonly window = computed(() => {
    const opens = this.applicationOpensAt();
    const closes = this.applicationClosesAt();
    const rule = this.bookingRule();
    if (!opens || !closes || !rule) return null;
    const language = this.i18n.language();
    return {
      opens: formatDateTime(opens, language),
      closes: formatDateTime(closes, language),
      rule: this.t(`rule.${rule}`),
    };
  });
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly warnings = signal<CourseWarning[]>([]);
  protected shiftWeeks = 13;

  protected async act(action: 'publish' | 'unpublish' | 'cancel'): Promise<void> {
    const result = await this.send<Partial<CourseEditorResult>>(action, {});
    if (!result) return;
    this.confirming.set(false);
    this.publishing.set(false);
    this.warnings.set(result.warnings ?? []);
    this.done.set(
      this.t(
        action === 'publish' ? 'published' : action === 'unpublish' ? 'unpublished' : 'cancelled',
      ),
    );
    this.changed.emit();
  }

  protected async duplicate(): Promise<void> {
    const copy = await this.send<{ id: string }>('duplicate', { shiftWeeks: this.shiftWeeks });
    if (copy) await this.router.navigate(['/organiser/courses', copy.id]);
  }

  private async send<T>(action: string, body: object): Promise<T | undefined> {
    this.error.set(null);
    this.done.set(null);
    this.busy.set(true);
    try {
      return await this.api.courseAction<T>(this.courseId(), action, body);
    } catch (error: unknown) {
      const api = apiErrorBody(error);
      const language = this.i18n.language();
      this.error.set(
        api
          ? [api.messages[language], ...(api.fields ?? []).map((f) => f[language])].join(' ')
          : this.t('sendError'),
      );
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }
}
