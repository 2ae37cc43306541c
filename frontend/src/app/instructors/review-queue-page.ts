import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { formatDate, formatFiscalYear } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { BankStatusChip } from './bank-status-chip';
import { LeadTimeSettings } from './lead-time-settings';
import { statusKey } from './instructor-codes';
import { instructorEn, instructorJa } from './instructor-messages';
import { InstructorsApi } from './instructors-api';
import { reviewEn, reviewJa } from './review-messages';

/** The queue's tabs: what needs a decision first, then the rest. '' is every status. */
export const QUEUE_TABS = [
  'submitted',
  'returned',
  'registered',
  'suspended',
  'declined',
  'withdrawn',
  'expired',
  'draft',
  '',
] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

/**
 * The reviewer's queue: a tab per status with its count (the ones waiting for a decision
 * first), a search over names and content, and a table linking to each application. The tab,
 * search and page are in the URL, so a reviewer can share or bookmark a view.
 */
@Component({
  selector: 'tsu-review-queue-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    DataTable,
    LoadState,
    LoadedContent,
    BankStatusChip,
    LeadTimeSettings,
  ],
  templateUrl: './review-queue-page.html',
  styleUrls: ['./bank.scss', './review-queue-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueuePage {
  private readonly api = inject(InstructorsApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);

  /** Query parameters. */
  readonly status = input<string | undefined>(undefined);
  readonly q = input<string | undefined>(undefined);
  readonly page = input<string | undefined>(undefined);

  protected readonly t = scopedTranslator(reviewJa, reviewEn);
  protected readonly labels = scopedTranslator(instructorJa, instructorEn);
  protected readonly tabs = QUEUE_TABS;
  protected readonly shownStatus = computed<QueueTab>(() => {
    const value = this.status() ?? 'submitted';
    if (value === 'all') return '';
    return (QUEUE_TABS as readonly string[]).includes(value) ? (value as QueueTab) : 'submitted';
  });
  protected readonly shownPage = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 0 ? page : 1;
  });
  protected readonly keyword = linkedSignal(() => this.q() ?? '');

  protected readonly queue = this.api.reviewQueue(() => {
    const params: Record<string, string> = { page: String(this.shownPage()) };
    if (this.shownStatus()) params['status'] = this.shownStatus();
    const q = (this.q() ?? '').trim();
    if (q) params['q'] = q;
    return params;
  });

  protected tabLabel(tab: QueueTab): string {
    const label = tab ? this.labels(statusKey(tab)) : this.t('all');
    const counts = this.queue.hasValue() ? this.queue.value().counts : undefined;
    if (!counts) return label;
    const count = tab ? counts[tab] : Object.values(counts).reduce((sum, value) => sum + value, 0);
    return this.t('count', { label, count });
  }

  protected readonly rows = computed(() => {
    if (!this.queue.hasValue()) return [];
    const language = this.i18n.language();
    return this.queue.value().items.map((item) => ({
      id: item.id,
      name: item.displayName,
      isEdit: item.isEdit,
      kind: this.labels(item.kind === 'group' ? 'kind.group' : 'kind.individual'),
      status: item.status,
      statusText: this.labels(statusKey(item.status)),
      submittedAt: item.submittedAt ? formatDate(item.submittedAt, language) : '—',
      validUntil: item.validUntil ? formatDate(item.validUntil, language) : '—',
      number: item.registrationNumber ?? '—',
    }));
  });
  /** The section's figures for this fiscal year, fed by the requesters' reports (実施報告). */
  protected readonly figures = computed(() => {
    if (!this.queue.hasValue()) return null;
    const f = this.queue.value().figures;
    return [
      { label: this.t('figures.requests'), value: String(f.requests) },
      { label: this.t('figures.accepted'), value: String(f.accepted) },
      { label: this.t('figures.reported'), value: String(f.reported) },
      { label: this.t('figures.attendees'), value: String(f.attendees) },
      {
        label: this.t('figures.rating'),
        value: f.averageRating === null ? '—' : f.averageRating.toFixed(1),
      },
    ];
  });
  protected readonly fiscalYearText = computed(() =>
    this.queue.hasValue()
      ? formatFiscalYear(this.queue.value().figures.fiscalYear, this.i18n.language())
      : '',
  );

  protected readonly pages = computed(() => {
    if (!this.queue.hasValue()) return 1;
    const { total, pageSize } = this.queue.value();
    return Math.max(1, Math.ceil(total / pageSize));
  });
  protected readonly emptyMessage = computed(() =>
    this.q() ? this.t('emptySearch', { q: this.q() ?? '' }) : this.t('empty'),
  );

  protected search(): void {
    this.go({ q: this.keyword().trim() || null, page: null });
  }

  protected goToPage(page: number): void {
    this.go({ page: page > 1 ? String(page) : null });
  }

  /** Arrow keys move between the tabs (the WAI-ARIA tabs pattern). */
  protected onTabKey(event: KeyboardEvent, index: number): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = QUEUE_TABS[(index + step + QUEUE_TABS.length) % QUEUE_TABS.length];
    void this.router
      .navigate([], { queryParams: { status: next || 'all' }, queryParamsHandling: 'merge' })
      .then(() => document.getElementById(`tab-${next || 'all'}`)?.focus());
  }

  private go(params: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge' });
  }
}
