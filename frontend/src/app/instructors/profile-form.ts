import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { map, startWith, switchMap } from 'rxjs';
import type { LearningItem } from '../api/api-types';
import { CatalogueApi } from '../core/api/catalogue-api';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import {
  FEE_TYPES,
  LEVELS,
  TEACHING_LANGUAGES,
  WEEKDAYS,
  feeKey,
  languageKey,
  levelKey,
  weekdayKey,
  weekdayLongKey,
} from './instructor-codes';
import { instructorEn, instructorJa } from './instructor-messages';
import {
  type ProfileForm,
  type VisiblePart,
  learningGroup,
  qualificationGroup,
} from './profile-form-model';
import { teachEn, teachJa } from './teach-messages';
import { VisibilitySwitch } from './visibility-switch';

/**
 * Every field of an instructor profile, in sections; beside each section whose visibility the
 * applicant chooses, a two-way switch (everyone / the city and organisers only). The parent owns
 * the form (it saves and submits it); this component only lays it out.
 */
@Component({
  selector: 'tsu-profile-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    VisibilitySwitch,
  ],
  templateUrl: './profile-form.html',
  styleUrl: './profile-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileFormComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly reference = inject(ReferenceService);

  readonly form = input.required<ProfileForm>();
  /** Courses the person attended in tsumugu, offered as learning history in one click. */
  readonly attended = input<readonly (LearningItem & { title: string })[]>([]);

  protected readonly t = scopedTranslator(teachJa, teachEn);
  protected readonly labels = scopedTranslator(instructorJa, instructorEn);
  protected readonly pick = this.i18n.pick;
  protected readonly weekdays = WEEKDAYS;
  protected readonly feeTypes = FEE_TYPES;
  protected readonly levels = LEVELS;
  protected readonly languages = TEACHING_LANGUAGES;
  protected readonly weekdayKey = weekdayKey;
  protected readonly weekdayLongKey = weekdayLongKey;
  protected readonly feeKey = feeKey;
  protected readonly levelKey = levelKey;
  protected readonly languageKey = languageKey;

  private readonly centres = inject(CatalogueApi).facilities(() => 'community_centre');
  protected readonly areas = computed(() =>
    this.centres.hasValue()
      ? this.centres.value().map((facility) => ({
          id: facility.id,
          label: this.pick(facility.nameJa, facility.nameEn),
        }))
      : [],
  );

  /** The form's value as a signal, so the template follows the kind and fee type. */
  private readonly value = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) =>
        form.valueChanges.pipe(
          startWith(null),
          map(() => form.getRawValue()),
        ),
      ),
    ),
  );
  protected readonly isGroup = computed(() => this.value()?.kind === 'group');
  protected readonly perSession = computed(() => this.value()?.feeType === 'per_session');
  protected readonly learningCourseIds = computed(
    () => new Set((this.value()?.learningHistory ?? []).map((item) => item.courseId)),
  );

  protected visibilityControl(part: VisiblePart) {
    return this.form().controls.visibility.controls[part];
  }

  protected addQualification(): void {
    const list = this.form().controls.qualifications;
    list.push(qualificationGroup());
    this.focusLater(`#qualification-name-${list.length - 1}`);
  }

  protected removeQualification(index: number): void {
    this.form().controls.qualifications.removeAt(index);
    this.form().markAsDirty();
  }

  protected addLearning(item: LearningItem & { title: string }): void {
    if (this.learningCourseIds().has(item.courseId)) return;
    this.form().controls.learningHistory.push(
      learningGroup({ courseId: item.courseId, title: item.title, year: item.year }),
    );
    this.form().markAsDirty();
  }

  protected removeLearning(index: number): void {
    this.form().controls.learningHistory.removeAt(index);
    this.form().markAsDirty();
  }

  protected error(control: AbstractControl): string | null {
    if (!control.touched || !control.errors) return null;
    const server = control.errors['server'] as { ja: string; en: string } | undefined;
    if (server) return server[this.i18n.language()];
    if (control.errors['required']) return this.t('required');
    if (control.errors['maxlength']) return this.t('tooLong');
    return this.t('number');
  }

  private focusLater(selector: string): void {
    setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus());
  }
}
