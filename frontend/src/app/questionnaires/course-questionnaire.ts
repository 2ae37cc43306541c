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
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type {
  OrganiserQuestion,
  OrganiserQuestionInput,
  OrganiserQuestionnaire,
} from '../api/api-types';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { formatDateTime } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { DistributionChart, percent } from './distribution-chart';
import { questionnaireEn, questionnaireJa } from './questionnaire-messages';
import { QuestionnairesApi } from './questionnaires-api';

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'text'] as const;
type Kind = (typeof QUESTION_KINDS)[number];

function questionGroup(question?: OrganiserQuestion) {
  return new FormGroup({
    kind: new FormControl<Kind>(question?.kind ?? 'single', { nonNullable: true }),
    text: new FormGroup({
      ja: new FormControl(question?.text.ja ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(200)],
      }),
      en: new FormControl(question?.text.en ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(200)],
      }),
    }),
    // One choice a line: 日本語 / English.
    options: new FormControl(
      (question?.options ?? []).map((o) => (o.en ? `${o.ja} / ${o.en}` : o.ja)).join('\n'),
      { nonNullable: true },
    ),
    required: new FormControl(question?.required ?? false, { nonNullable: true }),
  });
}
type QuestionGroup = ReturnType<typeof questionGroup>;

/** "はい / Yes" lines → choices. */
export function parseOptions(text: string): { ja: string; en: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [ja = '', ...en] = line.split(' / ');
      return { ja: ja.trim(), en: en.join(' / ').trim() };
    });
}

/**
 * On the organiser's course page: the questionnaire — the organiser's own questions (until the
 * first answer), when it goes out, and the results once five have answered: the response rate,
 * each question as a chart with its numbers, comments without names, a CSV.
 */
@Component({
  selector: 'tsu-course-questionnaire',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatSelectModule,
    FormAlert,
    LoadState,
    LoadedContent,
    DistributionChart,
  ],
  templateUrl: './course-questionnaire.html',
  styleUrl: './questionnaires.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseQuestionnaire {
  private readonly api = inject(QuestionnairesApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly courseId = input.required<string>();

  protected readonly t = scopedTranslator(questionnaireJa, questionnaireEn);
  protected readonly kinds = QUESTION_KINDS;
  protected readonly resource = this.api.organiserView(() => this.courseId());
  protected readonly view = computed<OrganiserQuestionnaire | undefined>(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly state = new SubmitState(() => this.host.nativeElement);
  protected readonly notice = signal<string | null>(null);
  protected readonly form = new FormGroup({ questions: new FormArray<QuestionGroup>([]) });

  constructor() {
    // The editor starts from the saved questions each time they arrive.
    effect(() => {
      const view = this.view();
      if (!view) return;
      const questions = this.form.controls.questions;
      questions.clear();
      for (const question of view.questions) questions.push(questionGroup(question));
      if (!view.editable) this.form.disable();
      else this.form.enable();
    });
  }

  protected get questions(): FormArray<QuestionGroup> {
    return this.form.controls.questions;
  }

  protected status(view: OrganiserQuestionnaire): string {
    const language = this.i18n.language();
    if (view.state === 'not_sent') {
      return view.lastSessionEndsAt
        ? this.t('org.state.not_sent', { date: formatDateTime(view.lastSessionEndsAt, language) })
        : this.t('org.state.not_sent_nodate');
    }
    const date = formatDateTime(view.closesAt!, language);
    return this.t(view.state === 'open' ? 'org.state.open' : 'org.state.closed', { date });
  }

  protected pick(label: { ja: string; en: string }): string {
    return this.i18n.language() === 'en' && label.en ? label.en : label.ja;
  }

  protected percent = percent;

  protected kindLabel(kind: Kind): string {
    return this.t(`org.kind.${kind}`);
  }

  protected csvUrl(): string {
    return this.api.organiserCsvUrl(this.courseId());
  }

  protected error(control: AbstractControl): string | null {
    return control.touched ? controlErrorMessage(control, this.i18n.t, this.i18n.language()) : null;
  }

  protected hasChoices(group: QuestionGroup): boolean {
    const kind = group.controls.kind.value;
    return kind === 'single' || kind === 'multiple';
  }

  protected add(): void {
    this.notice.set(null);
    this.questions.push(questionGroup());
    queueMicrotask(() => {
      const fields = this.host.nativeElement.querySelectorAll<HTMLElement>('.survey-editor__kind');
      fields[fields.length - 1]?.focus();
    });
  }

  protected remove(index: number): void {
    this.notice.set(null);
    this.questions.removeAt(index);
  }

  async save(): Promise<void> {
    this.notice.set(null);
    const questions: OrganiserQuestionInput[] = this.questions.controls.map((group) => {
      const value = group.getRawValue();
      const choices = value.kind === 'single' || value.kind === 'multiple';
      return {
        kind: value.kind,
        text: value.text,
        options: choices ? parseOptions(value.options) : [],
        required: value.required,
      };
    });
    const saved = await this.state.run(this.form, () =>
      this.api.saveQuestions(this.courseId(), questions),
    );
    if (!saved) return;
    this.resource.set(saved);
    this.notice.set(this.t('org.saved'));
  }
}
