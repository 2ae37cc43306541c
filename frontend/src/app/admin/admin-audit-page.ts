import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { AuditPerson } from '../api/api-types';
import { formatDateTime } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { personName } from '../core/session/session.service';
import { AdminApi, type AuditLogFilter } from './admin-api';
import { Pager } from '../core/layout/pager';
import { adminEn, adminJa } from './admin-messages';
import { consoleTitle } from './page-title';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date range's end is not before its start (YYYY-MM-DD compares as text). */
function rangeInOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string; to: string };
  return from && to && to < from ? { range: true } : null;
}

/**
 * The audit log, newest first, paged: filtered by person (as actor or subject), action and
 * Japan dates, all kept in the address; the same filters download as CSV.
 */
@Component({
  selector: 'tsu-admin-audit-page',
  imports: [
    Pager,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatSelectModule,
    LoadState,
    LoadedContent,
    DataTable,
  ],
  templateUrl: './admin-audit-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminAuditPage {
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly api = inject(AdminApi);

  /** Query parameters: the filters live in the address, so they survive back and reload. */
  readonly page = input<string>();
  readonly person = input<string>();
  readonly subjectUserId = input<string>();
  readonly action = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly pageNumber = computed(() => Math.max(1, Number(this.page()) || 1));
  protected readonly filter = computed<AuditLogFilter>(() => ({
    personUserId: this.person() || undefined,
    subjectUserId: this.subjectUserId() || undefined,
    action: this.action() || undefined,
    from: ISO_DATE.test(this.from() ?? '') ? this.from() : undefined,
    to: ISO_DATE.test(this.to() ?? '') ? this.to() : undefined,
  }));
  protected readonly filtered = computed(() => Object.values(this.filter()).some(Boolean));
  protected readonly actions = this.api.auditActions();
  protected readonly resource = this.api.auditLog(() => ({
    page: this.pageNumber(),
    ...this.filter(),
  }));
  protected readonly result = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly pages = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });
  protected readonly csvUrl = computed(() =>
    this.api.auditCsvUrl(this.filter(), this.i18n.language()),
  );

  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return (this.result()?.items ?? []).map((entry) => ({
      id: entry.id,
      when: formatDateTime(entry.occurredAt, language),
      actor: entry.actor ? this.personRef(entry.actor) : null,
      action: this.pick(entry.actionLabel.ja, entry.actionLabel.en),
      subject: entry.subject ? this.personRef(entry.subject) : null,
      target: entry.targetName ? this.pick(entry.targetName.ja, entry.targetName.en) : '',
    }));
  });

  /** The filtered person's name, from the entries that show them. */
  protected readonly personFilter = computed(() => {
    const id = this.filter().personUserId ?? this.filter().subjectUserId;
    if (!id) return null;
    const shown = (this.result()?.items ?? [])
      .flatMap((entry) => [entry.actor, entry.subject])
      .find((person) => person?.id === id);
    return { id, name: shown ? this.name(shown) : this.t('audit.personAny') };
  });

  protected readonly form = new FormGroup(
    {
      action: new FormControl('', { nonNullable: true }),
      from: new FormControl('', { nonNullable: true }),
      to: new FormControl('', { nonNullable: true }),
    },
    { validators: rangeInOrder },
  );

  constructor() {
    consoleTitle(
      () => this.t('audit.heading'),
      () => this.t('heading'),
    );
    effect(() => {
      const { action, from, to } = this.filter();
      this.form.setValue({ action: action ?? '', from: from ?? '', to: to ?? '' });
    });
  }

  protected apply(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { action, from, to } = this.form.getRawValue();
    void this.router.navigate([], {
      queryParams: { action: action || null, from: from || null, to: to || null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected clearPerson(): void {
    void this.router.navigate([], {
      queryParams: { person: null, subjectUserId: null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected clearAll(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], {
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  /** A person in the table: their name, and (unless deleted) a link that filters by them. */
  private personRef(person: AuditPerson): { id: string | null; name: string } {
    return { id: person.deleted ? null : person.id, name: this.name(person) };
  }

  private name(person: AuditPerson): string {
    if (person.deleted) return this.t('audit.deleted');
    const name = personName(person.familyName, person.givenName, this.i18n.language());
    return name || person.email || person.id.slice(0, 8);
  }
}
