import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { formatFiscalYear } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { sheetEn, sheetJa } from './evaluation-sheet-messages';
import { EvaluationSheetsApi, sheetKeyOf } from './evaluation-sheets-api';
import { STATE_BADGE } from './sheet-format';
import { SheetRecord } from './sheet-record';

const COMMENT_MAX = 2000;

/**
 * One organisation's sheet as the section reviews it: the figures, the organisation's own
 * evaluation and history, and the decision — return (with the reason) or accept (a comment is
 * optional). The decision names the version read, so a sheet changed meanwhile is not judged
 * unseen.
 */
@Component({
  selector: 'tsu-section-sheet-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    FormAlert,
    LoadState,
    LoadedContent,
    SheetRecord,
  ],
  templateUrl: './section-sheet-page.html',
  styleUrl: './evaluation-sheets.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionSheetPage {
  private readonly api = inject(EvaluationSheetsApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameters. */
  readonly organisationId = input<string>();
  readonly fiscalYear = input<string>();

  protected readonly t = scopedTranslator(sheetJa, sheetEn);
  protected readonly commentMax = COMMENT_MAX;
  protected readonly key = computed(() => sheetKeyOf(this.organisationId(), this.fiscalYear()));
  protected readonly resource = this.api.sheet('section', () => this.key());
  protected readonly sheet = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly decision = new SubmitState(() => this.host.nativeElement);
  protected readonly done = signal<string | null>(null);
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(COMMENT_MAX)],
    }),
  });

  protected readonly heading = computed(() => {
    const sheet = this.sheet();
    return sheet
      ? this.t('sheet.heading', { year: formatFiscalYear(sheet.fiscalYear, this.i18n.language()) })
      : this.t('section.heading');
  });
  protected readonly organisationName = computed(() => {
    const sheet = this.sheet();
    return sheet ? this.i18n.pick(sheet.organisation.nameJa, sheet.organisation.nameEn) : '';
  });
  protected readonly state = computed(() => {
    const sheet = this.sheet();
    if (!sheet) return null;
    return {
      text: this.t(`state.${sheet.state}`),
      hint: this.t(`stateHint.${sheet.state}`),
      badge: STATE_BADGE[sheet.state],
    };
  });
  protected readonly canReturn = computed(() => !!this.sheet()?.actions.includes('return'));
  protected readonly canAccept = computed(() => !!this.sheet()?.actions.includes('accept'));
  protected readonly xlsxUrl = computed(() => {
    const key = this.key();
    return key ? this.api.xlsxUrl('section', key) : null;
  });

  protected commentError(): string | null {
    const control = this.form.controls.comment;
    if (!control.touched || !control.errors) return null;
    const server = control.errors['server'] as { ja: string; en: string } | undefined;
    if (server) return this.i18n.pick(server.ja, server.en);
    return control.errors['required']
      ? this.t('review.needsComment')
      : this.t('review.commentHint');
  }

  protected async decide(action: 'return' | 'accept'): Promise<void> {
    const key = this.key();
    const sheet = this.sheet();
    if (!key || !sheet) return;
    this.done.set(null);
    const comment = this.form.controls.comment;
    // A return says why; the API refuses an empty reason too.
    comment.setValidators(
      action === 'return'
        ? [Validators.required, Validators.maxLength(COMMENT_MAX), notBlank]
        : [Validators.maxLength(COMMENT_MAX)],
    );
    comment.updateValueAndValidity();
    const result = await this.decision.run(this.form, () =>
      this.api.review(key, action, sheet.version, comment.value),
    );
    if (!result) return;
    this.resource.set(result);
    this.form.reset({ comment: '' });
    this.done.set(this.t(action === 'return' ? 'review.returned' : 'review.accepted'));
  }

  protected print(): void {
    this.host.nativeElement.ownerDocument.defaultView?.print();
  }
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}
