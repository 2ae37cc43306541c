import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { AuditPerson } from '../api/api-types';
import { formatDateTime } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { personName } from '../core/session/session.service';
import { AdminApi } from './admin-api';
import { AdminPager } from './admin-pager';
import { auditActionLabel } from './admin-labels';
import { adminEn, adminJa } from './admin-messages';
import { consoleTitle } from './page-title';

/** The audit log, newest first, paged; optionally only the records about one person. */
@Component({
  selector: 'tsu-admin-audit-page',
  imports: [AdminPager, RouterLink, LoadState, LoadedContent, DataTable],
  templateUrl: './admin-audit-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminAuditPage {
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  readonly page = input<string>();
  readonly subjectUserId = input<string>();

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly core = this.i18n.t;

  protected readonly pageNumber = computed(() => Math.max(1, Number(this.page()) || 1));
  protected readonly resource = inject(AdminApi).auditLog(() => ({
    page: this.pageNumber(),
    subjectUserId: this.subjectUserId() || undefined,
  }));
  protected readonly result = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly pages = computed(() => {
    const result = this.result();
    return result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  });
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return (this.result()?.items ?? []).map((entry) => ({
      id: entry.id,
      when: formatDateTime(entry.occurredAt, language),
      actor: entry.actor ? this.person(entry.actor) : this.t('audit.system'),
      action: auditActionLabel(entry.action, this.t),
      subject: entry.subject ? this.person(entry.subject) : null,
      subjectId: entry.subject && !entry.subject.deleted ? entry.subject.id : null,
      target: entry.targetType
        ? `${entry.targetType}${entry.targetId ? ` ${entry.targetId.slice(0, 8)}` : ''}`
        : '',
    }));
  });

  constructor() {
    consoleTitle(
      () => this.t('audit.heading'),
      () => this.t('heading'),
    );
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], {
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  private person(person: AuditPerson): string {
    if (person.deleted) return this.t('audit.deleted');
    const name = personName(person.familyName, person.givenName, this.i18n.language());
    return name || person.email || person.id.slice(0, 8);
  }
}
