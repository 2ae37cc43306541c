import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { formatDate } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { AdminApi } from './admin-api';
import { ROLE_LABELS, scopeName } from './admin-labels';
import { adminEn, adminJa } from './admin-messages';
import { consoleTitle } from './page-title';

/** Invitations waiting to be accepted, each revocable. */
@Component({
  selector: 'tsu-admin-invitations-page',
  imports: [MatButtonModule, LoadState, LoadedContent, DataTable, FormAlert],
  templateUrl: './admin-invitations-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminInvitationsPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(adminJa, adminEn);

  protected readonly resource = this.api.invitations();
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return (this.resource.hasValue() ? this.resource.value() : []).map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: this.t(ROLE_LABELS[invitation.role]),
      isOrganisationAdmin: invitation.isOrganisationAdmin,
      scope: scopeName(invitation, this.i18n.pick),
      expires: formatDate(invitation.expiresAt, language),
    }));
  });
  protected readonly revoke = new SubmitState(() => this.host.nativeElement);
  protected readonly announcement = signal<string | null>(null);

  constructor() {
    consoleTitle(
      () => this.t('invitations.heading'),
      () => this.t('heading'),
    );
  }

  protected async revokeInvitation(id: string): Promise<void> {
    const done = await this.revoke.run(null, () => this.api.revokeInvitation(id));
    if (done === undefined) return;
    this.announcement.set(this.t('invitations.revoked'));
    this.resource.reload();
  }
}
