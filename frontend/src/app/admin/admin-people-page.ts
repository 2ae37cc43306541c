import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { formatDate } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { personName } from '../core/session/session.service';
import { AdminApi } from './admin-api';
import { Pager } from '../core/layout/pager';
import { ASSIGNABLE_ROLES, ROLE_LABELS } from './admin-labels';
import { adminEn, adminJa } from './admin-messages';
import { GrantRoleForm } from './grant-role-form';
import { consoleTitle } from './page-title';

/** Search people by name or email and role, page through them; grant a role by email. */
@Component({
  selector: 'tsu-admin-people-page',
  imports: [
    Pager,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LoadState,
    LoadedContent,
    DataTable,
    MatSelectModule,
    GrantRoleForm,
  ],
  templateUrl: './admin-people-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPeoplePage {
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  /** Query parameters: the search lives in the address, so it survives back and reload. */
  readonly q = input<string>();
  readonly role = input<string>();
  readonly page = input<string>();

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly roles = ASSIGNABLE_ROLES;
  protected readonly roleLabels = ROLE_LABELS;

  protected readonly pageNumber = computed(() => Math.max(1, Number(this.page()) || 1));
  protected readonly resource = inject(AdminApi).people(() => ({
    q: this.q()?.trim() || undefined,
    role: this.role() || undefined,
    page: this.pageNumber(),
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
    return (this.result()?.items ?? []).map((person) => ({
      id: person.id,
      name: personName(person.familyName, person.givenName, language) || '—',
      email: person.email,
      verified: person.emailVerified,
      roles: person.roles.map((role) => this.t(ROLE_LABELS[role])),
      registered: formatDate(person.createdAt, language),
    }));
  });

  protected readonly search = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    role: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    consoleTitle(
      () => this.t('people.heading'),
      () => this.t('heading'),
    );
    effect(() => this.search.setValue({ q: this.q() ?? '', role: this.role() ?? '' }));
  }

  protected runSearch(): void {
    const { q, role } = this.search.getRawValue();
    void this.router.navigate([], {
      queryParams: { q: q.trim() || null, role: role || null, page: null },
    });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], {
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  protected reload(): void {
    this.resource.reload();
  }
}
