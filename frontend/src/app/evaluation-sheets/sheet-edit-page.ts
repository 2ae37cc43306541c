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
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { EvaluationSheet } from '../api/api-types';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { formatFiscalYear, formatTime } from '../core/format/date-format';
import { NOW } from '../core/format/browser-clock';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { sheetEn, sheetJa } from './evaluation-sheet-messages';
import { EvaluationSheetsApi, sheetKeyOf } from './evaluation-sheets-api';
import { STATE_BADGE, formatWhen } from './sheet-format';
import { SheetRecord } from './sheet-record';

export const SHEET_TEXT_MAX = 4000;
const text = () =>
  new FormControl('', { nonNullable: true, validators: [Validators.maxLength(SHEET_TEXT_MAX)] });

/**
 * The organisation's evaluation sheet of a fiscal year: the figures (filled in), its own
 * evaluation — 成果, 課題, 改善策, 次年度の取組 — saved as a draft and submitted to the section.
 * Every save names the version it was made on; if a colleague saved in between, the page says
 * so and offers the latest version instead of overwriting it.
 */
@Component({
  selector: 'tsu-sheet-edit-page',
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
  templateUrl: './sheet-edit-page.html',
  styleUrl: './evaluation-sheets.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SheetEditPage {
  private readonly api = inject(EvaluationSheetsApi);
  private readonly i18n = inject(I18nService);
  private readonly now = inject(NOW);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameters. */
  readonly organisationId = input<string>();
  readonly fiscalYear = input<string>();

  protected readonly t = scopedTranslator(sheetJa, sheetEn);
  protected readonly maxLength = SHEET_TEXT_MAX;
  protected readonly key = computed(() => sheetKeyOf(this.organisationId(), this.fiscalYear()));
  protected readonly resource = this.api.sheet('own', () => this.key());
  protected readonly sheet = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly done = signal<string | null>(null);
  protected readonly changedElsewhere = computed(
    () => this.submit.code() === 'EVALUATION_SHEET_CHANGED',
  );

  protected readonly form = new FormGroup({
    outcomes: text(),
    issues: text(),
    improvements: text(),
    nextYearPlan: text(),
  });
  protected readonly fields = ['outcomes', 'issues', 'improvements', 'nextYearPlan'] as const;

  protected readonly heading = computed(() => {
    const sheet = this.sheet();
    return sheet
      ? this.t('sheet.heading', { year: formatFiscalYear(sheet.fiscalYear, this.i18n.language()) })
      : this.t('own.heading');
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
  /** The section's comment of the last return, while the sheet is back with the organisation. */
  protected readonly returnComment = computed(() => {
    const sheet = this.sheet();
    if (sheet?.state !== 'returned') return null;
    return [...sheet.history].reverse().find((event) => event.action === 'return')?.comment ?? null;
  });
  protected readonly updated = computed(() => {
    const sheet = this.sheet();
    if (!sheet?.updatedAt) return null;
    return this.t('updatedBy', {
      time: formatWhen(sheet.updatedAt, this.i18n.language()),
      name: sheet.updatedByName ?? this.t('history.deleted'),
    });
  });
  protected readonly xlsxUrl = computed(() => {
    const key = this.key();
    return key ? this.api.xlsxUrl('own', key) : null;
  });

  constructor() {
    // The form follows the sheet as it arrives (and after a reload), never over typing.
    effect(() => {
      const sheet = this.sheet();
      if (sheet && this.form.pristine) this.fill(sheet);
    });
  }

  protected hint(field: (typeof this.fields)[number]): string {
    return this.t(`hint.${field}`);
  }

  protected error(field: (typeof this.fields)[number]): string | null {
    const control = this.form.controls[field];
    if (!control.touched || !control.errors) return null;
    const server = control.errors['server'] as { ja: string; en: string } | undefined;
    return server ? this.i18n.pick(server.ja, server.en) : this.t('maxLength');
  }

  protected async save(): Promise<void> {
    const saved = await this.write();
    if (saved) this.done.set(this.t('saved', { time: formatTime(this.now()) }));
  }

  /** Saves what was typed (if anything changed), then submits that version. */
  protected async submitSheet(): Promise<void> {
    const key = this.key();
    if (!key) return;
    // A sheet never saved (version 0) is created by its first save before it can be submitted.
    const saved =
      this.form.dirty || this.sheet()?.version === 0 ? await this.write() : this.sheet();
    if (!saved) return;
    const result = await this.submit.run(null, () => this.api.submit(key, saved.version));
    if (!result) return;
    this.resource.set(result);
    this.done.set(this.t('submitted'));
  }

  /** After a colleague's save: show their version (what was typed here is dropped). */
  protected reload(): void {
    this.submit.clear();
    this.form.markAsPristine();
    this.resource.reload();
  }

  private async write(): Promise<EvaluationSheet | undefined> {
    const key = this.key();
    const sheet = this.sheet();
    if (!key || !sheet) return undefined;
    this.done.set(null);
    const result = await this.submit.run(this.form, () =>
      this.api.save(key, { version: sheet.version, ...this.form.getRawValue() }),
    );
    if (!result) return undefined;
    this.resource.set(result);
    this.fill(result);
    return result;
  }

  private fill(sheet: EvaluationSheet): void {
    this.form.reset({
      outcomes: sheet.outcomes,
      issues: sheet.issues,
      improvements: sheet.improvements,
      nextYearPlan: sheet.nextYearPlan,
    });
    if (sheet.editable) this.form.enable();
    else this.form.disable();
  }

  protected print(): void {
    this.host.nativeElement.ownerDocument.defaultView?.print();
  }
}
