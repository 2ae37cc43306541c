import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  COMPLETION_RULES,
  type CompletionRule,
  requiredSessions,
} from '../certificates/completion-rule';
import { fromTokyoLocalDateTime, tokyoLocalDateTime } from '../core/format/date-format';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { OrganiserApi, type CourseInput } from './organiser-api';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { SessionService } from '../core/session/session.service';
import { InstructorPicker } from '../instructors/instructor-picker';
import type { InstructorCard } from '../api/api-types';
import { LotteryPrioritiesField } from '../lottery/lottery-priorities-field';
import { courseFormEn, courseFormJa } from './course-form-messages';
import { organiserEn, organiserJa } from './organiser-messages';

const text = (required = true) =>
  new FormControl('', { nonNullable: true, validators: required ? Validators.required : [] });
const whole = (value: number | null, min: number, max: number) =>
  new FormControl<number | null>(value, [Validators.min(min), Validators.max(max)]);

/**
 * A course's every field, new (a draft of one of the organiser's groups) or edited. Control
 * names are the API's, so its per-field messages land under the fields.
 */
@Component({
  selector: 'tsu-course-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FormAlert,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LotteryPrioritiesField,
    LoadState,
    LoadedContent,
    NgTemplateOutlet,
    InstructorPicker,
  ],
  templateUrl: './course-form-page.html',
  styleUrl: './organiser.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseFormPage {
  private readonly api = inject(OrganiserApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly reference = inject(ReferenceService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The course being edited; absent for a new course. */
  readonly id = input<string>();

  protected readonly t = scopedTranslator(courseFormJa, courseFormEn);
  protected readonly organiserT = scopedTranslator(organiserJa, organiserEn);
  protected readonly pick = this.i18n.pick;
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly saved = signal(false);
  private readonly session = inject(SessionService);
  protected readonly organisations = computed(() => this.session.user()?.organisations ?? []);

  protected readonly form = new FormGroup({
    organisationId: text(),
    titleJa: text(),
    titleKana: text(false),
    titleEn: text(),
    summaryJa: text(),
    summaryEn: text(),
    descriptionJa: text(),
    descriptionEn: text(),
    lifeStages: new FormControl<string[]>([], { nonNullable: true }),
    category: text(),
    pillar: new FormControl<number | null>(null, Validators.required),
    priorityProjects: new FormControl<string[]>([], { nonNullable: true }),
    targetAgeMin: whole(null, 0, 120),
    targetAgeMax: whole(null, 0, 120),
    audience: text(),
    feeYen: whole(0, 0, 1_000_000),
    childcareOffered: new FormControl(false, { nonNullable: true }),
    whatToBringJa: text(false),
    whatToBringEn: text(false),
    instructorNamesJa: text(false),
    instructorNamesEn: text(false),
    capacity: whole(20, 1, 1000),
    maxCompanions: whole(0, 0, 10),
    guardianRule: new FormControl('none', { nonNullable: true }),
    paymentMethod: new FormControl('at_door', { nonNullable: true }),
    paymentDeadlineDays: whole(null, 1, 60),
    paymentNoteJa: text(false),
    paymentNoteEn: text(false),
    bookingRule: new FormControl('first_come', { nonNullable: true }),
    lotteryPriorities: new FormControl<string[]>([], { nonNullable: true }),
    applicationOpensAt: text(),
    applicationClosesAt: text(),
    completionRule: new FormControl<CompletionRule>('two_thirds', { nonNullable: true }),
    completionCountsLate: new FormControl(true, { nonNullable: true }),
  });

  protected readonly completionRules = COMPLETION_RULES;
  private readonly completionRuleValue = toSignal(this.form.controls.completionRule.valueChanges, {
    initialValue: this.form.controls.completionRule.value,
  });
  protected ruleLabel(rule: CompletionRule): string {
    return this.t(`completionRule.${rule}`);
  }

  /** What the chosen rule means for a course of 1, 3 and 6 sessions, in words. */
  protected readonly completionHint = computed(() => {
    const rule = this.completionRuleValue();
    if (rule === 'none') return this.t('completionRuleNoneHint');
    const examples = [1, 3, 6]
      .map((held) =>
        this.t('completionRuleExample', { held, required: requiredSessions(rule, held) ?? held }),
      )
      .join(this.i18n.language() === 'ja' ? '、' : '; ');
    return this.t('completionRuleHint', { examples });
  });

  /** The course being edited; the form shows once it has arrived (a new course's, at once). */
  protected readonly existing = this.api.courseEditor(this.id);
  /** Registered instructors from the bank, beside (or instead of) the free-text names. */
  protected readonly linkedInstructors = signal<InstructorCard[]>([]);

  constructor() {
    effect(() => {
      const first = this.organisations()[0];
      if (first && !this.form.controls.organisationId.value && !this.id()) {
        this.form.controls.organisationId.setValue(first.id);
      }
    });
    effect(() => {
      const course = this.existing.hasValue() ? this.existing.value() : undefined;
      if (!course) return;
      this.form.patchValue({
        ...course,
        organisationId: course.organisation.id,
        lifeStages: [...course.lifeStages],
        lotteryPriorities: [...(course.lotteryPriorities ?? [])],
        priorityProjects: [...(course.priorityProjects ?? [])],
        applicationOpensAt: tokyoLocalDateTime(course.applicationOpensAt),
        applicationClosesAt: tokyoLocalDateTime(course.applicationClosesAt),
      } as never);
      this.form.controls.organisationId.disable();
      this.linkedInstructors.set([...course.instructors]);
    });
  }

  protected error(name: keyof typeof this.form.controls): string | null {
    const control = this.form.controls[name];
    if (!control.touched || !control.errors) return null;
    const server = control.errors['server'] as { ja: string; en: string } | undefined;
    if (server) return server[this.i18n.language()];
    if (control.errors['required']) return this.t('required');
    return this.t('number');
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const value = this.form.getRawValue();
    const body = {
      ...value,
      pillar: Number(value.pillar),
      feeYen: value.feeYen ?? 0,
      capacity: value.capacity ?? 0,
      maxCompanions: value.maxCompanions ?? 0,
      // The deadline belongs to payment in advance only.
      paymentDeadlineDays:
        value.paymentMethod === 'in_advance' ? (value.paymentDeadlineDays ?? null) : null,
      applicationOpensAt: fromTokyoLocalDateTime(value.applicationOpensAt),
      applicationClosesAt: fromTokyoLocalDateTime(value.applicationClosesAt),
      instructorProfileIds: this.linkedInstructors().map((instructor) => instructor.id),
    } as CourseInput;
    const id = this.id();
    const result = await this.submit.run(this.form, () => {
      if (!id) return this.api.createCourse(body);
      const { organisationId: _organisation, ...changes } = body;
      return this.api.updateCourse(id, changes);
    });
    if (!result) return;
    this.saved.set(true);
    await this.router.navigate(['/organiser/courses', result.id]);
  }
}
