import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { dateRangeText, formatDate, type RangeText } from '../core/format/date-format';
import { DateRange } from '../core/format/date-range';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { VerifyApi, type Verification, normaliseCertificateNumber } from './verify-api';
import { verifyEn, verifyJa, type VerifyMessageKey } from './verify-messages';

/** Certificate files are a few kB; anything far larger is not one. */
const MAX_FILE_BYTES = 100_000;

/** A file's text through FileReader (every browser, and the specs' DOM). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'answered'; verification: Verification }
  | { kind: 'problem'; message: VerifyMessageKey };

/**
 * /verify, public: a certificate's number (prefilled and checked at once from `?n=`, the QR
 * code's link) or its credential file (dropped, or chosen with an ordinary file input) → valid
 * (what the certificate states), revoked (when and why), not found, or not a genuine one.
 */
@Component({
  selector: 'tsu-verify-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatProgressBarModule,
    DateRange,
  ],
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPage {
  private readonly api = inject(VerifyApi);
  private readonly i18n = inject(I18nService);
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');

  /** The `n` query parameter: the number from the certificate's QR code. */
  readonly n = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(verifyJa, verifyEn);
  protected readonly number = new FormControl('', { nonNullable: true });
  protected readonly numberInvalid = signal(false);
  protected readonly fileName = signal<string | null>(null);
  protected readonly dragging = signal(false);
  protected readonly state = signal<State>({ kind: 'idle' });

  protected readonly problem = computed(() => {
    const state = this.state();
    return state.kind === 'problem' ? this.t(state.message) : '';
  });

  protected readonly result = computed(() => {
    const state = this.state();
    if (state.kind !== 'answered') return null;
    const { verification } = state;
    const language = this.i18n.language();
    const certificate = verification.certificate;
    // A period is drawn as a range (each date whole on a phone); the other facts are text.
    const facts: { label: string; value?: string; range?: RangeText }[] = certificate
      ? [
          { label: this.t('field.name'), value: certificate.name },
          {
            label: this.t('field.course'),
            value: this.i18n.pick(certificate.courseTitleJa, certificate.courseTitleEn),
          },
          {
            label: this.t('field.organiser'),
            value: this.i18n.pick(certificate.organisationNameJa, certificate.organisationNameEn),
          },
          {
            label: this.t('field.period'),
            range: dateRangeText(certificate.startsOn, certificate.endsOn, language),
          },
          ...(certificate.hours === null
            ? []
            : [
                {
                  label: this.t('field.hours'),
                  value: this.t('field.hoursValue', { hours: certificate.hours }),
                },
              ]),
          { label: this.t('field.issued'), value: formatDate(certificate.issuedAt, language) },
          { label: this.t('field.number'), value: certificate.number },
        ]
      : [];
    switch (verification.result) {
      case 'valid':
        return {
          tone: 'valid',
          heading: this.t('result.valid'),
          text: this.t('result.validText'),
          facts,
        };
      case 'revoked': {
        const reason = certificate?.revokedReason;
        const known = reason === 'attendance_corrected' || reason === 'issued_in_error';
        return {
          tone: 'revoked',
          heading: this.t('result.revoked'),
          text: this.t('result.revokedText', {
            date: certificate?.revokedAt ? formatDate(certificate.revokedAt, language) : '—',
            reason: this.t(known ? (`reason.${reason}` as VerifyMessageKey) : 'reason.other'),
          }),
          facts,
        };
      }
      case 'not_found':
        return {
          tone: 'unknown',
          heading: this.t('result.notFound'),
          text: this.t('result.notFoundText'),
          facts: [],
        };
      case 'not_ours':
        return {
          tone: 'unknown',
          heading: this.t('result.notOurs'),
          text: this.t('result.notOursText'),
          facts: [],
        };
      default:
        return {
          tone: 'unknown',
          heading: this.t('result.invalid'),
          text: this.t('result.invalidText'),
          facts: [],
        };
    }
  });

  constructor() {
    // The QR code's link: fill in the number and check it straight away.
    effect(() => {
      const fromLink = this.n();
      if (!fromLink) return;
      untracked(() => {
        this.number.setValue(fromLink);
        void this.checkNumber();
      });
    });
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    void this.checkNumber();
  }

  protected async checkNumber(): Promise<void> {
    const normalised = normaliseCertificateNumber(this.number.value);
    this.numberInvalid.set(normalised === null);
    if (normalised === null) return;
    this.number.setValue(normalised);
    await this.ask(() => this.api.byNumber(normalised));
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) void this.checkFile(file);
  }

  protected onFileChosen(event: Event): void {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    if (file) void this.checkFile(file);
    field.value = '';
  }

  private async checkFile(file: File): Promise<void> {
    this.fileName.set(file.name);
    if (file.size > MAX_FILE_BYTES) {
      this.show({ kind: 'problem', message: 'file.tooLarge' });
      return;
    }
    let credential: unknown;
    try {
      credential = JSON.parse(await readText(file));
    } catch {
      this.show({ kind: 'problem', message: 'file.unreadable' });
      return;
    }
    await this.ask(() => this.api.byCredential(credential));
  }

  private async ask(call: () => Promise<Verification>): Promise<void> {
    this.state.set({ kind: 'checking' });
    try {
      this.show({ kind: 'answered', verification: await call() });
    } catch (error) {
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      // 400: the number or the file is not a certificate's at all (the number is checked here
      // first, so in practice a JSON file that is no credential).
      const message =
        status === 429 ? 'rateLimited' : status === 400 ? 'notACertificate' : 'failed';
      this.show({ kind: 'problem', message });
    }
  }

  /** The answer replaces the last one, and focus moves to its heading (read out at once). */
  private show(state: State): void {
    this.state.set(state);
    setTimeout(() => this.resultHeading()?.nativeElement.focus());
  }
}
