import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CourseInstructor } from '../api/api-types';
import { apiErrorMessage } from '../core/forms/api-error';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { NETWORK_ERROR, SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { RostersApi } from './rosters-api';
import { rostersEn, rostersJa } from './rosters-messages';

/** On the organiser's course page: the instructor accounts linked to the course. */
@Component({
  selector: 'tsu-course-instructors',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FormAlert,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './course-instructors.html',
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseInstructors {
  private readonly api = inject(RostersApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly courseId = input.required<string>();

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly state = new SubmitState(() => this.host.nativeElement);
  protected readonly notice = signal<string | null>(null);
  protected readonly resource = this.api.instructors(() => this.courseId());
  protected readonly instructors = computed<CourseInstructor[]>(() =>
    this.resource.hasValue() ? (this.resource.value() ?? []) : [],
  );
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });

  protected emailError(): string | null {
    return controlErrorMessage(this.form.controls.email, this.i18n.t, this.i18n.language());
  }

  async add(): Promise<void> {
    this.notice.set(null);
    const email = this.form.controls.email.value.trim();
    const list = await this.state.run(this.form, () =>
      this.api.addInstructor(this.courseId(), email),
    );
    if (!list) return;
    this.resource.set(list);
    this.notice.set(this.t('instructors.added'));
    this.formDirective()?.resetForm({ email: '' });
  }

  protected async remove(instructor: CourseInstructor): Promise<void> {
    this.notice.set(null);
    try {
      await this.api.removeInstructor(this.courseId(), instructor.userId);
      this.notice.set(this.t('instructors.removed', { name: instructor.name }));
    } catch (error: unknown) {
      this.notice.set(apiErrorMessage(error, this.i18n.language(), NETWORK_ERROR));
    }
    this.resource.reload();
  }
}
