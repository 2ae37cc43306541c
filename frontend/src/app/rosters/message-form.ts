import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
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
import { MatRadioModule } from '@angular/material/radio';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { RostersApi } from './rosters-api';
import { rostersEn, rostersJa } from './rosters-messages';

/** A subject and a message to everyone with a confirmed booking, about this session or the course. */
@Component({
  selector: 'tsu-message-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    FormAlert,
  ],
  templateUrl: './message-form.html',
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageForm {
  private readonly api = inject(RostersApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly courseId = input.required<string>();
  readonly sessionId = input.required<string>();
  readonly bookings = input.required<number>();

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly state = new SubmitState(() => this.host.nativeElement);
  protected readonly sent = signal<string | null>(null);
  protected readonly confirming = signal(false);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly form = inject(NonNullableFormBuilder).group({
    scope: ['session' as 'session' | 'course'],
    subject: ['', [Validators.required, Validators.maxLength(100), Validators.pattern(/\S/)]],
    body: ['', [Validators.required, Validators.maxLength(2000), Validators.pattern(/\S/)]],
  });

  protected fieldError(name: 'subject' | 'body'): string | null {
    const control = this.form.controls[name];
    if (control.hasError('pattern')) return this.i18n.t('form.error.required');
    return controlErrorMessage(control, this.i18n.t, this.i18n.language());
  }

  async send(): Promise<void> {
    this.sent.set(null);
    // The first press asks to confirm (a message reaches everyone at once); the second sends.
    if (!this.confirming()) {
      if (this.form.invalid) {
        await this.state.run(this.form, async () => undefined);
        return;
      }
      this.confirming.set(true);
      setTimeout(() =>
        this.host.nativeElement.querySelector<HTMLElement>('#message-confirm')?.focus(),
      );
      return;
    }
    this.confirming.set(false);
    const value = this.form.getRawValue();
    const result = await this.state.run(this.form, () =>
      this.api.sendMessage(this.courseId(), {
        subject: value.subject.trim(),
        body: value.body.trim(),
        ...(value.scope === 'session' ? { sessionId: this.sessionId() } : {}),
      }),
    );
    if (!result) return;
    this.sent.set(
      result.recipients
        ? this.t('message.sent', { count: result.recipients })
        : this.t('message.noRecipients'),
    );
    this.formDirective()?.resetForm({ scope: value.scope, subject: '', body: '' });
  }
}
