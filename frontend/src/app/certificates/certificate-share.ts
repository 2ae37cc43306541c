import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { firstValueFrom } from 'rxjs';
import type { CertificateShare, MyCertificate } from '../api/api-types';
import { scopedTranslator } from '../core/i18n/scoped-translator';

const shareJa = {
  summary: '修了証に載せる内容（共有の設定）',
  nameLegend: '氏名の表示',
  full: 'フルネーム',
  familyName: '姓のみ',
  showHours: '出席回数と学習時間を載せる',
  note: 'PDF、デジタルバッジ、確認ページ（/verify）に反映されます。ダウンロード済みのファイルは変わりません。',
  save: '設定を保存',
  saved: '保存しました。',
  failed: '保存できませんでした。時間をおいてもう一度お試しください。',
} as const;

const shareEn: Record<keyof typeof shareJa, string> = {
  summary: 'What the certificate shows (sharing)',
  nameLegend: 'Name shown',
  full: 'Full name',
  familyName: 'Family name only',
  showHours: 'Show sessions attended and hours',
  note: 'Applies to the PDF, the digital badge and the verification page (/verify). Files already downloaded do not change.',
  save: 'Save',
  saved: 'Saved.',
  failed: 'Could not be saved. Please try again in a moment.',
};

/**
 * The holder's choice of what a certificate shares (the name in full or the family name only,
 * hours shown or not): a disclosure under the certificate, saved with PUT …/share.
 */
@Component({
  selector: 'tsu-certificate-share',
  imports: [MatButtonModule, MatCheckboxModule, MatRadioModule],
  template: `
    <details class="share">
      <summary>{{ t('summary') }}</summary>
      <div class="share__body">
        @if (certificate().familyNameKnown) {
          <mat-radio-group
            class="share__names"
            [attr.aria-label]="t('nameLegend')"
            [value]="name()"
            (change)="name.set($event.value)"
          >
            <mat-radio-button value="full">{{ t('full') }}</mat-radio-button>
            <mat-radio-button value="family_name">{{ t('familyName') }}</mat-radio-button>
          </mat-radio-group>
        }
        <mat-checkbox [checked]="showHours()" (change)="showHours.set($event.checked)">{{
          t('showHours')
        }}</mat-checkbox>
        <p class="share__note">{{ t('note') }}</p>
        <div class="share__actions">
          <button mat-stroked-button type="button" [disabled]="saving()" (click)="save()">
            {{ t('save') }}
          </button>
          <span role="status" class="share__status">{{ status() }}</span>
        </div>
      </div>
    </details>
  `,
  styles: `
    .share {
      margin: 0.75rem 0 0;
    }
    summary {
      cursor: pointer;
      min-height: 2.75rem;
      display: list-item;
      padding-block: 0.5rem;
      font-weight: 500;
    }
    .share__body {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .share__names {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .share__note {
      margin: 0;
      font-size: 0.875rem;
    }
    .share__actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateShareSettings {
  private readonly http = inject(HttpClient);

  readonly certificate = input.required<MyCertificate>();

  protected readonly t = scopedTranslator(shareJa, shareEn);
  protected readonly name = linkedSignal<CertificateShare['name']>(
    () => this.certificate().share.name,
  );
  protected readonly showHours = linkedSignal(() => this.certificate().share.showHours);
  protected readonly saving = signal(false);
  private readonly outcome = signal<'saved' | 'failed' | null>(null);
  protected readonly status = computed(() => {
    const outcome = this.outcome();
    return outcome ? this.t(outcome) : '';
  });

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.outcome.set(null);
    const body: CertificateShare = { name: this.name(), showHours: this.showHours() };
    try {
      await firstValueFrom(
        this.http.put<MyCertificate>(
          `/api/me/certificates/${encodeURIComponent(this.certificate().number)}/share`,
          body,
        ),
      );
      this.outcome.set('saved');
    } catch {
      this.outcome.set('failed');
    } finally {
      this.saving.set(false);
    }
  }
}
