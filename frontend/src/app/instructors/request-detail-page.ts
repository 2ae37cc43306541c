import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { formatDateTime, formatSessionRange, sessionRangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { formatYen } from '../core/format/money-format';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { BankStatusChip } from './bank-status-chip';
import { confirmStep } from './confirm-dialog';
import { InstructorsApi } from './instructors-api';
import { requestEn, requestJa, type RequestMessageKey } from './request-messages';

/**
 * One request, as either party sees it: what was asked, the dates, the thread; the instructor
 * accepts one date or declines; the requester may cancel, and files the report after the date.
 * Contact details appear only once the request is accepted (the API sends none before).
 */
@Component({
  selector: 'tsu-request-detail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    FormAlert,
    LoadState,
    LoadedContent,
    BankStatusChip,
    DateRange,
  ],
  templateUrl: './request-detail-page.html',
  styleUrls: ['./bank.scss', './request-detail-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestDetailPage {
  private readonly api = inject(InstructorsApi);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);

  /** The `:id` route parameter. */
  readonly id = input.required<string>();
  /** `?sent=1` right after the request form. */
  readonly sent = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(requestJa, requestEn);
  protected readonly pick = this.i18n.pick;
  protected readonly request = this.api.request(this.id);
  protected readonly done = signal<RequestMessageKey | null>(null);

  protected readonly view = computed(() => {
    if (!this.request.hasValue()) return undefined;
    const r = this.request.value();
    const language = this.i18n.language();
    return {
      ...r,
      statusText: this.t(`status.${r.status}` as RequestMessageKey),
      instructorName: this.pick(r.instructor.displayName, r.instructor.displayNameEn),
      requesterLabel: this.t(r.requesterKind === 'group' ? 'group' : 'organisation'),
      place:
        r.placeKind === 'online'
          ? this.t('online')
          : [r.facilityName, r.placeDetail].filter((part) => part).join(' '),
      fee:
        r.feeOfferedYen && r.feeOfferedYen > 0
          ? formatYen(r.feeOfferedYen, language)
          : this.t('feeNone'),
      dates: r.dateOptions.map((option) => ({
        index: option.index,
        label: this.t('option', { index: option.index + 1 }),
        when: formatSessionRange(option.startsAt, option.endsAt, language),
        range: sessionRangeText(option.startsAt, option.endsAt, language),
        accepted: r.acceptedOption?.index === option.index,
      })),
      thread: r.messages.map((message) => ({
        ...message,
        who: message.mine
          ? this.t('you')
          : message.from === 'instructor'
            ? this.pick(r.instructor.displayName, r.instructor.displayNameEn)
            : r.requesterName,
        at: formatDateTime(message.at, language),
      })),
    };
  });

  protected readonly accept = new FormGroup({
    optionIndex: new FormControl<number | null>(null, Validators.required),
  });
  protected readonly declineForm = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly messageForm = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly reportForm = new FormGroup({
    attendees: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(10_000),
    ]),
    rating: new FormControl<number | null>(null, Validators.required),
    comment: new FormControl('', { nonNullable: true }),
  });
  protected readonly ratings = [5, 4, 3, 2, 1] as const;
  protected readonly ratingKey = (rating: number) => `rating.${rating}` as RequestMessageKey;

  protected readonly acting = new SubmitState(() => this.host.nativeElement);
  protected readonly messaging = new SubmitState(() => this.host.nativeElement);
  protected readonly reporting = new SubmitState(() => this.host.nativeElement);

  protected async acceptDate(): Promise<void> {
    const view = this.view();
    const index = this.accept.controls.optionIndex.value;
    if (!view || index === null) {
      this.accept.markAllAsTouched();
      return;
    }
    const confirmed = await confirmStep(this.dialog, {
      title: this.t('confirm.accept.title'),
      message: this.t('confirm.accept.message', {
        date: view.dates.find((date) => date.index === index)?.when ?? '',
      }),
      confirm: this.t('accept'),
      cancel: this.t('confirm.no'),
    });
    if (!confirmed) return;
    await this.act('accepted', this.accept, () => this.api.accept(view.id, index));
  }

  protected async declineRequest(): Promise<void> {
    const view = this.view();
    if (!view) return;
    if (this.declineForm.invalid) {
      this.declineForm.markAllAsTouched();
      return;
    }
    const confirmed = await confirmStep(this.dialog, {
      title: this.t('confirm.decline.title'),
      message: this.t('confirm.decline.message'),
      confirm: this.t('decline'),
      cancel: this.t('confirm.no'),
      destructive: true,
    });
    if (!confirmed) return;
    const reason = this.declineForm.controls.reason.value.trim();
    await this.act('declined', this.declineForm, () => this.api.decline(view.id, reason));
  }

  protected async cancelRequest(): Promise<void> {
    const view = this.view();
    if (!view) return;
    // The requester withdraws the request; the instructor can only give up one already accepted.
    const sent = view.role === 'sent';
    const confirmed = await confirmStep(this.dialog, {
      title: this.t(sent ? 'confirm.cancel.title' : 'confirm.cancelAccepted.title'),
      message: this.t(sent ? 'confirm.cancel.message' : 'confirm.cancelAccepted.message'),
      confirm: this.t(sent ? 'cancel' : 'cancelAccepted'),
      cancel: this.t('confirm.no'),
      destructive: true,
    });
    if (!confirmed) return;
    await this.act('cancelled', null, () => this.api.cancel(view.id));
  }

  protected async sendMessage(): Promise<void> {
    const view = this.view();
    if (!view) return;
    const body = this.messageForm.controls.body.value.trim();
    const result = await this.messaging.run(this.messageForm, () =>
      this.api.sendMessage(view.id, body),
    );
    if (result === undefined) return;
    this.messageForm.reset();
    this.request.reload();
  }

  protected async sendReport(): Promise<void> {
    const view = this.view();
    if (!view) return;
    const { attendees, rating, comment } = this.reportForm.getRawValue();
    const result = await this.reporting.run(this.reportForm, () =>
      this.api.report(view.id, {
        attendees: attendees ?? 0,
        rating: Number(rating),
        comment: comment.trim(),
      }),
    );
    if (result === undefined) return;
    this.done.set('reported');
    this.request.reload();
  }

  protected fieldError(control: FormControl<unknown>): string | null {
    if (!control.touched || !control.errors) return null;
    const server = control.errors['server'] as { ja: string; en: string } | undefined;
    if (server) return server[this.i18n.language()];
    return control.errors['required'] ? this.t('required') : this.t('number');
  }

  private async act(
    done: RequestMessageKey,
    form: FormGroup | null,
    action: () => Promise<unknown>,
  ): Promise<void> {
    this.done.set(null);
    const result = await this.acting.run(form, action);
    if (result === undefined) return;
    this.done.set(done);
    this.request.reload();
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.done')?.focus());
  }
}
