import { NgTemplateOutlet } from '@angular/common';
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
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import type {
  OrganiserQuestion,
  QuestionnaireAnswerInput,
  QuestionnaireForm,
  StandardQuestion,
} from '../api/api-types';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { type RangeText, dateSpanText, formatDate } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { questionnaireEn, questionnaireJa } from './questionnaire-messages';
import { QuestionnairesApi } from './questionnaires-api';

export const COMMENT_MAX = 1000;
export const TEXT_MAX = 500;

/** One question as the page asks it: the city's or the organiser's, with its control's path. */
interface AskedQuestion {
  path: string;
  kind: 'single' | 'multiple' | 'scale' | 'text';
  text: { ja: string; en: string };
  required: boolean;
  options: { value: string; label: { ja: string; en: string } }[];
  max: number;
}

function standard(question: StandardQuestion): AskedQuestion {
  return {
    path: question.id,
    kind: question.kind,
    text: question.text,
    required: question.required,
    options: question.options,
    max: COMMENT_MAX,
  };
}

function organisers(question: OrganiserQuestion): AskedQuestion {
  return {
    path: `custom.${question.id}`,
    kind: question.kind,
    text: question.text,
    required: question.required,
    options:
      question.kind === 'scale'
        ? [1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: { ja: String(n), en: String(n) },
          }))
        : question.options.map((label, index) => ({ value: String(index), label })),
    max: TEXT_MAX,
  };
}

const nonEmpty = (control: { value: unknown }) =>
  Array.isArray(control.value) ? control.value.length > 0 : `${control.value ?? ''}`.trim() !== '';

/**
 * The page of a mailed questionnaire link (/q/<token>): no log-in, one answer. Large targets,
 * the progress through the questions, a message per field, a thank-you; a used, closed or
 * unknown link says so.
 */
@Component({
  selector: 'tsu-questionnaire-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    FormAlert,
    LoadState,
    LoadedContent,
    DateRange,
  ],
  templateUrl: './questionnaire-page.html',
  styleUrl: './questionnaires.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnairePage {
  private readonly api = inject(QuestionnairesApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly token = input<string>();

  protected readonly t = scopedTranslator(questionnaireJa, questionnaireEn);
  protected readonly core = this.i18n.t;
  protected readonly resource = this.api.form(() => this.token());
  protected readonly data = computed<QuestionnaireForm | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly submitted = signal(false);
  protected readonly state = new SubmitState(() => this.host.nativeElement);
  private readonly changes = signal(0);

  protected readonly cityQuestions = computed(() =>
    (this.data()?.standardQuestions ?? []).map(standard),
  );
  protected readonly ownQuestions = computed(() => (this.data()?.questions ?? []).map(organisers));

  /** The form, built once the questions are known. */
  protected readonly form = computed(() => {
    const custom = new FormGroup<Record<string, FormControl<unknown>>>({});
    for (const question of this.ownQuestions()) {
      const validators = [
        ...(question.required ? [Validators.required, requiredAnswer] : []),
        ...(question.kind === 'text' ? [Validators.maxLength(TEXT_MAX)] : []),
      ];
      custom.addControl(
        question.path.slice('custom.'.length),
        new FormControl<unknown>(question.kind === 'multiple' ? [] : null, validators),
      );
    }
    return new FormGroup({
      satisfaction: new FormControl<string | null>(null, Validators.required),
      usefulness: new FormControl<string | null>(null, Validators.required),
      useIn: new FormControl<string[]>([], { nonNullable: true }),
      heardFrom: new FormControl<string[]>([], { nonNullable: true }),
      ageBand: new FormControl<string | null>(null),
      comment: new FormControl<string>('', {
        nonNullable: true,
        validators: [Validators.maxLength(COMMENT_MAX)],
      }),
      custom,
    });
  });

  protected readonly progress = computed(() => {
    this.changes();
    const questions = [...this.cityQuestions(), ...this.ownQuestions()];
    const form = this.form();
    const done = questions.filter((q) => {
      const control = form.get(q.path);
      return control ? nonEmpty(control) : false;
    }).length;
    return {
      done,
      total: questions.length,
      percent: questions.length ? (done / questions.length) * 100 : 0,
    };
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.form().valueChanges.subscribe(() =>
        this.changes.update((n) => n + 1),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected pick(label: { ja: string; en: string }): string {
    return this.i18n.language() === 'en' && label.en ? label.en : label.ja;
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }

  protected dates(): RangeText | null {
    const course = this.data()?.course;
    if (!course?.firstSessionAt || !course.lastSessionAt) return null;
    return dateSpanText(course.firstSessionAt, course.lastSessionAt, this.i18n.language());
  }

  protected control(path: string): FormControl<unknown> {
    return this.form().get(path) as FormControl<unknown>;
  }

  protected errorOf(path: string): string | null {
    const control = this.control(path);
    if (!control || !control.touched || control.valid) return null;
    if (control.errors?.['required'] || control.errors?.['requiredAnswer']) {
      return control.errors?.['server']
        ? controlErrorMessage(control, this.i18n.t, this.i18n.language())
        : this.t('form.chooseOne');
    }
    return controlErrorMessage(control, this.i18n.t, this.i18n.language());
  }

  protected fieldId(path: string): string {
    return `q-${path.replace('.', '-')}`;
  }

  protected isChecked(path: string, value: string): boolean {
    this.changes();
    const current = this.control(path).value;
    return Array.isArray(current) && current.includes(value);
  }

  protected toggle(path: string, value: string, checked: boolean): void {
    const control = this.control(path);
    const current = Array.isArray(control.value) ? (control.value as string[]) : [];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    control.setValue(next);
    control.markAsTouched();
  }

  async send(): Promise<void> {
    const token = this.token();
    const form = this.form();
    if (!token) return;
    const value = form.getRawValue();
    const custom: Record<string, unknown> = {};
    for (const question of this.ownQuestions()) {
      const id = question.path.slice('custom.'.length);
      const answer = (value.custom as Record<string, unknown>)[id];
      if (answer === null || answer === undefined || answer === '') continue;
      if (Array.isArray(answer)) {
        if (answer.length) custom[id] = answer.map(Number);
      } else if (question.kind === 'text') {
        custom[id] = String(answer);
      } else {
        custom[id] = Number(answer);
      }
    }
    const body: QuestionnaireAnswerInput = {
      satisfaction: Number(value.satisfaction),
      usefulness: Number(value.usefulness),
      useIn: value.useIn as QuestionnaireAnswerInput['useIn'],
      heardFrom: value.heardFrom as QuestionnaireAnswerInput['heardFrom'],
      ageBand: (value.ageBand as QuestionnaireAnswerInput['ageBand']) ?? null,
      comment: value.comment,
      custom,
    };
    const sent = await this.state.run(form, () => this.api.answer(token, body).then(() => true));
    if (sent) {
      this.submitted.set(true);
      queueMicrotask(() =>
        this.host.nativeElement.querySelector<HTMLElement>('#questionnaire-done')?.focus(),
      );
    } else if (
      this.state.code() === 'QUESTIONNAIRE_ALREADY_ANSWERED' ||
      this.state.code() === 'QUESTIONNAIRE_CLOSED'
    ) {
      this.resource.reload();
    }
  }
}

/** A required multiple-choice answer needs at least one choice. */
function requiredAnswer(control: { value: unknown }) {
  return nonEmpty(control) ? null : { requiredAnswer: true };
}
