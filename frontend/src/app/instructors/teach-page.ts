import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import type { InstructorProfile } from '../api/api-types';
import { formatDate, formatDateTime } from '../core/format/date-format';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { BankStatusChip } from './bank-status-chip';
import { confirmStep } from './confirm-dialog';
import { statusKey } from './instructor-codes';
import { instructorEn, instructorJa } from './instructor-messages';
import { InstructorsApi } from './instructors-api';
import { PhotoSection } from './photo-section';
import { ProfileFormComponent } from './profile-form';
import { createProfileForm, patchProfileForm, profileFormValue } from './profile-form-model';
import { reviewEn, reviewJa, type ReviewMessageKey } from './review-messages';
import { teachActions } from './teach-rules';
import { teachEn, teachJa, type TeachMessageKey } from './teach-messages';

/**
 * /teach: the citizen's way into the instructor bank. Without a profile, a choice between
 * applying as an individual or a group; then the whole profile (saved as a draft, submitted for
 * review), its status with the reviewer's comment, registration number and validity, renewal in
 * one step and withdrawal.
 */
@Component({
  selector: 'tsu-teach-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    FormAlert,
    LoadState,
    LoadedContent,
    BankStatusChip,
    PhotoSection,
    ProfileFormComponent,
  ],
  templateUrl: './teach-page.html',
  styleUrls: ['./bank.scss', './teach-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeachPage {
  private readonly api = inject(InstructorsApi);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);

  protected readonly t = scopedTranslator(teachJa, teachEn);
  protected readonly labels = scopedTranslator(instructorJa, instructorEn);
  private readonly events = scopedTranslator(reviewJa, reviewEn);

  protected readonly profileResource = this.api.myProfile();
  /** The profile as last answered by the API (a save or a step replaces it at once). */
  protected readonly profile = signal<InstructorProfile | null>(null);
  /** No profile yet (the API answered 404): the page offers to start one. */
  protected readonly none = computed(
    () =>
      this.profileResource.status() === 'error' &&
      this.profileResource.error() instanceof HttpErrorResponse &&
      (this.profileResource.error() as HttpErrorResponse).status === 404,
  );
  /** Started in this visit, not yet saved. */
  protected readonly starting = signal(false);
  protected readonly showForm = computed(() => this.starting() || this.profile() !== null);

  protected readonly form = createProfileForm();
  protected readonly learning = this.api.myLearning(this.showForm);
  protected readonly attended = computed(() =>
    (this.learning.hasValue() ? this.learning.value() : []).map((course) => ({
      ...course,
      title: this.i18n.pick(course.titleJa, course.titleEn),
    })),
  );

  protected readonly actions = computed(() => {
    const profile = this.profile();
    return profile
      ? teachActions(profile)
      : { edit: true, submit: false, withdraw: false, renew: false };
  });
  protected readonly status = computed(() => {
    const profile = this.profile();
    if (!profile) return null;
    const language = this.i18n.language();
    return {
      code: profile.status,
      label: this.labels(statusKey(profile.status)),
      text: this.t(`status.${profile.status}Text` as TeachMessageKey),
      number: profile.registrationNumber,
      validUntil: profile.validUntil
        ? formatDate(`${profile.validUntil}T00:00:00+09:00`, language)
        : null,
      comment: profile.reviewerComment,
      pendingEdit: profile.status === 'registered' && profile.hasUnsubmittedChanges,
      listed: profile.listed,
      eligibility: profile.eligibility,
      history: profile.history.map((event) => ({
        id: event.id,
        at: formatDateTime(event.at, language),
        what: this.events(`event.${event.kind}` as ReviewMessageKey),
        comment: event.comment,
      })),
    };
  });
  /** The date a renewal would extend to is the API's to decide; the button says "renew". */
  protected readonly done = signal<string | null>(null);

  protected readonly saving = new SubmitState(() => this.host.nativeElement);
  protected readonly stepping = new SubmitState(() => this.host.nativeElement);

  constructor() {
    effect(() => {
      if (this.profileResource.hasValue()) this.show(this.profileResource.value());
    });
    effect(() => {
      if (this.actions().edit) this.form.enable({ emitEvent: false });
      else this.form.disable({ emitEvent: false });
    });
  }

  protected start(kind: 'individual' | 'group'): void {
    this.form.controls.kind.setValue(kind);
    this.starting.set(true);
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLInputElement>('input[formcontrolname="displayName"]')
        ?.focus(),
    );
  }

  protected async save(): Promise<void> {
    this.done.set(null);
    const saved = await this.saving.run(this.form, () =>
      this.api.saveProfile(profileFormValue(this.form)),
    );
    if (!saved) return;
    this.show(saved);
    this.announce(this.t('saved'));
  }

  protected async submit(): Promise<void> {
    this.done.set(null);
    const confirmed = await confirmStep(this.dialog, {
      title: this.t('submit.title'),
      message: this.t('submit.message'),
      confirm: this.t('submit.confirm'),
      cancel: this.t('withdraw.cancel'),
    });
    if (!confirmed) return;
    // Unsaved edits go with the application: save first, then submit.
    const saved = this.actions().edit
      ? await this.saving.run(this.form, () => this.api.saveProfile(profileFormValue(this.form)))
      : this.profile();
    if (!saved) return;
    // The API checks completeness on submitting; its per-field messages land under the fields.
    const submitted = await this.stepping.run(this.form, () => this.api.submitProfile());
    if (!submitted) return;
    this.show(submitted);
    this.announce(this.t('submitted'));
  }

  protected async renew(): Promise<void> {
    this.done.set(null);
    const renewed = await this.stepping.run(null, () => this.api.renewProfile());
    if (!renewed) return;
    this.show(renewed);
    const until = renewed.validUntil
      ? formatDate(`${renewed.validUntil}T00:00:00+09:00`, this.i18n.language())
      : '';
    this.announce(this.t('renewed', { date: until }));
  }

  protected async withdraw(): Promise<void> {
    this.done.set(null);
    const confirmed = await confirmStep(this.dialog, {
      title: this.t('withdraw.title'),
      message: this.t('withdraw.message'),
      confirm: this.t('withdraw.confirm'),
      cancel: this.t('withdraw.cancel'),
      destructive: true,
    });
    if (!confirmed) return;
    const withdrawn = await this.stepping.run(null, () => this.api.withdrawProfile());
    if (!withdrawn) return;
    this.show(withdrawn);
    this.announce(this.t('withdrawn'));
  }

  protected photoSaved(url: string): void {
    const profile = this.profile();
    if (profile) this.profile.set({ ...profile, photoUrl: url });
  }

  private show(profile: InstructorProfile): void {
    this.profile.set(profile);
    patchProfileForm(this.form, profile.content);
    this.form.markAsPristine();
  }

  private announce(message: string): void {
    this.done.set(message);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.done')?.focus());
  }
}
