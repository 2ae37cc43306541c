import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/layout/icon';
import { RouterLink } from '@angular/router';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { formatDate } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { isMissing, LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { personName } from '../core/session/session.service';
import { AdminApi } from './admin-api';
import { ROLE_LABELS, scopeName } from './admin-labels';
import { adminEn, adminJa, type AdminMessageKey } from './admin-messages';
import { GrantRoleForm } from './grant-role-form';
import { consoleTitle } from './page-title';

const RELATION_LABELS: Record<string, AdminMessageKey> = {
  live: 'relation.live',
  work: 'relation.work',
  study: 'relation.study',
};

/** One person: profile, roles (each revocable), grant another. Viewing is audited by the API. */
@Component({
  selector: 'tsu-admin-person-page',
  imports: [
    RouterLink,
    MatButtonModule,
    Icon,
    LoadState,
    LoadedContent,
    DataTable,
    FormAlert,
    GrantRoleForm,
  ],
  templateUrl: './admin-person-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPersonPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly core = this.i18n.t;

  protected readonly resource = this.api.person(() => this.id());
  protected readonly person = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  protected readonly notFound = computed(() => isMissing(this.resource.error()));
  protected readonly name = computed(() => {
    const person = this.person();
    return person ? personName(person.familyName, person.givenName, this.i18n.language()) : '';
  });
  protected readonly relations = computed(() =>
    (this.person()?.tsukubaRelations ?? []).map((code) => this.t(RELATION_LABELS[code])).join('・'),
  );
  protected readonly assignments = computed(() => {
    const language = this.i18n.language();
    return (this.person()?.roleAssignments ?? []).map((assignment) => ({
      id: assignment.id,
      role: this.t(ROLE_LABELS[assignment.role]),
      scope: scopeName(assignment, this.i18n.pick),
      isOrganisationAdmin: assignment.isOrganisationAdmin,
      grantedAt: formatDate(assignment.grantedAt, language),
    }));
  });
  protected readonly registered = computed(() => {
    const person = this.person();
    return person ? formatDate(person.createdAt, this.i18n.language()) : '';
  });
  protected readonly revoke = new SubmitState(() => this.host.nativeElement);
  protected readonly announcement = signal<string | null>(null);

  constructor() {
    consoleTitle(
      () => (this.notFound() ? this.t('person.notFound') : this.name() || null),
      () => this.t('heading'),
    );
  }

  protected async revokeAssignment(id: string): Promise<void> {
    const done = await this.revoke.run(null, () => this.api.revokeRole(id));
    if (done === undefined) return;
    this.announcement.set(this.t('person.revoked'));
    this.resource.reload();
  }

  protected reload(): void {
    this.resource.reload();
  }
}
