import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { ReviewDecisionInput } from '../api/api-types';
import { CatalogueApi } from '../core/api/catalogue-api';
import { formatDate, formatDateTime } from '../core/format/date-format';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';
import { BankStatusChip } from './bank-status-chip';
import { confirmStep } from './confirm-dialog';
import { statusKey } from './instructor-codes';
import { instructorEn, instructorJa } from './instructor-messages';
import { InstructorsApi } from './instructors-api';
import {
  CONTENT_FIELDS,
  type ContentField,
  type ContentFormatters,
  FIELD_LABELS,
  formatContentValue,
  partOfField,
} from './profile-content-format';
import { reviewEn, reviewJa, type ReviewMessageKey } from './review-messages';
import { teachEn, teachJa } from './teach-messages';

type Action = ReviewDecisionInput['action'];

/** Actions that tell the applicant why: the comment is required for them. */
export const ACTIONS_NEEDING_COMMENT: readonly Action[] = ['return', 'decline', 'suspend'];

/**
 * One application as the reviewer decides on it: the application beside what changed since the
 * last registered version, the applicant's eligibility, a comment, the decisions the API allows
 * now (each confirmed first), and the history of every decision.
 */
@Component({
  selector: 'tsu-review-detail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    DataTable,
    FormAlert,
    LoadState,
    LoadedContent,
    BankStatusChip,
  ],
  templateUrl: './review-detail-page.html',
  styleUrls: ['./bank.scss', './review-detail-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewDetailPage {
  private readonly api = inject(InstructorsApi);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly reference = inject(ReferenceService);
  protected readonly i18n = inject(I18nService);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(reviewJa, reviewEn);
  protected readonly labels = scopedTranslator(instructorJa, instructorEn);
  protected readonly teach = scopedTranslator(teachJa, teachEn);
  protected readonly detail = this.api.reviewDetail(this.id);
  private readonly centres = inject(CatalogueApi).facilities(() => 'community_centre');

  protected readonly comment = new FormControl('', { nonNullable: true });
  protected readonly deciding = new SubmitState(() => this.host.nativeElement);
  protected readonly done = signal<string | null>(null);
  protected readonly commentMissing = signal(false);

  private readonly formatters = computed<ContentFormatters>(() => {
    const centres = this.centres.hasValue() ? this.centres.value() : [];
    return {
      labels: this.labels,
      teach: this.teach,
      reference: (list, code) => this.reference.label(list, code),
      area: (id) => {
        const centre = centres.find((facility) => facility.id === id);
        return centre ? this.i18n.pick(centre.nameJa, centre.nameEn) : id;
      },
      yes: this.i18n.t('common.yes'),
      no: this.i18n.t('common.no'),
    };
  });

  protected readonly view = computed(() => {
    if (!this.detail.hasValue()) return undefined;
    const d = this.detail.value();
    const f = this.formatters();
    const language = this.i18n.language();
    const changed = new Set(d.changedFields);
    const visibilityOf = (field: ContentField) => {
      const part = partOfField(field);
      if (!part) return this.labels('visibility.public');
      return this.labels(
        d.content.visibility[part] === 'public' ? 'visibility.public' : 'visibility.organisers',
      );
    };
    return {
      ...d,
      statusText: this.labels(statusKey(d.status)),
      relations: d.applicant.tsukubaRelations
        .map((relation) => this.t(`relation.${relation}` as ReviewMessageKey))
        .join('、'),
      validUntil: d.validUntil ? formatDate(`${d.validUntil}T00:00:00+09:00`, language) : null,
      application: CONTENT_FIELDS.filter((field) => field !== 'visibility')
        .map((field) => ({
          field,
          label: this.teach(FIELD_LABELS[field]),
          value: formatContentValue(d.content, field, f),
          visibility: visibilityOf(field),
          changed: d.approvedContent !== null && changed.has(field),
        }))
        .filter((row) => row.value !== ''),
      changes: d.approvedContent
        ? CONTENT_FIELDS.filter((field) => changed.has(field)).map((field) => ({
            field,
            label: this.teach(FIELD_LABELS[field]),
            before: formatContentValue(d.approvedContent!, field, f),
            after: formatContentValue(d.content, field, f),
          }))
        : null,
      history: d.history.map((event) => ({
        id: event.id,
        at: formatDateTime(event.at, language),
        what: this.t(`event.${event.kind}` as ReviewMessageKey),
        comment: event.comment,
        byReviewer: event.byReviewer,
      })),
    };
  });

  protected actionKey(action: Action): ReviewMessageKey {
    return `action.${action}` as ReviewMessageKey;
  }

  protected async decide(action: Action): Promise<void> {
    const view = this.view();
    if (!view) return;
    this.done.set(null);
    const comment = this.comment.value.trim();
    this.commentMissing.set(false);
    if (ACTIONS_NEEDING_COMMENT.includes(action) && !comment) {
      this.commentMissing.set(true);
      this.comment.markAsTouched();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#comment')?.focus());
      return;
    }
    const confirmed = await confirmStep(this.dialog, {
      title: this.t(`confirm.${action}.title` as ReviewMessageKey),
      message: this.t(`confirm.${action}.message` as ReviewMessageKey),
      confirm: this.t(this.actionKey(action)),
      cancel: this.t('confirm.cancel'),
      destructive: action !== 'approve',
    });
    if (!confirmed) return;
    const result = await this.deciding.run(null, () =>
      this.api.decide(view.id, { action, comment, expectedVersion: view.version }),
    );
    if (result === undefined) {
      // Someone else decided first: show what they did.
      if (this.deciding.code() === 'INSTRUCTOR_PROFILE_VERSION_CONFLICT') this.detail.reload();
      return;
    }
    this.comment.reset();
    this.done.set(this.t('decided', { action: this.t(this.actionKey(action)) }));
    this.detail.reload();
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.done')?.focus());
  }
}
