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
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { formatDate } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';
import { personName } from '../core/session/session.service';
import { OrganiserApi } from './organiser-api';
import { organiserEn, organiserJa } from './organiser-messages';

/** An organisation admin's view of their colleagues: members, pending invitations, invite. */
@Component({
  selector: 'tsu-organisation-members-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    LoadState,
    LoadedContent,
    DataTable,
    FormAlert,
  ],
  templateUrl: './organisation-members-page.html',
  styleUrl: './organiser.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationMembersPage {
  private readonly api = inject(OrganiserApi);
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleStrategy);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly id = input.required<string>();

  protected readonly t = scopedTranslator(organiserJa, organiserEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;

  protected readonly resource = this.api.members(() => this.id());
  protected readonly data = computed(() =>
    this.resource.hasValue() ? this.resource.value() : undefined,
  );
  /** Not one's organisation (403) or none at all (404): a refusal, never offered a retry. */
  protected readonly refused = computed(() => {
    const error = this.resource.error();
    return error instanceof HttpErrorResponse && (error.status === 403 || error.status === 404);
  });
  protected readonly name = computed(() => {
    const organisation = this.data()?.organisation;
    return organisation ? this.pick(organisation.nameJa, organisation.nameEn) : '';
  });
  protected readonly members = computed(() => {
    const language = this.i18n.language();
    return (this.data()?.members ?? []).map((member) => ({
      ...member,
      name: personName(member.familyName, member.givenName, language),
      sinceText: formatDate(member.since, language),
    }));
  });
  protected readonly invitations = computed(() => {
    const language = this.i18n.language();
    return (this.data()?.invitations ?? []).map((invitation) => ({
      ...invitation,
      expires: this.t('members.expires', { date: formatDate(invitation.expiresAt, language) }),
    }));
  });

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    isOrganisationAdmin: new FormControl(false, { nonNullable: true }),
  });
  /** Resetting through the directive also clears its `submitted` flag, so no error shows. */
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly invite = new SubmitState(() => this.host.nativeElement);
  protected readonly change = new SubmitState(() => this.host.nativeElement);
  protected readonly announcement = signal<string | null>(null);

  constructor() {
    effect(() =>
      this.pageTitle.setDetail(
        this.name() ? this.t('members.heading', { name: this.name() }) : null,
      ),
    );
  }

  protected emailError(): string | null {
    return controlErrorMessage(this.form.controls.email, this.core, this.i18n.language());
  }

  protected async sendInvitation(): Promise<void> {
    const { email, isOrganisationAdmin } = this.form.getRawValue();
    const address = email.trim();
    const result = await this.invite.run(this.form, () =>
      this.api.invite(this.id(), { email: address, isOrganisationAdmin }),
    );
    if (!result) return;
    this.formDirective()?.resetForm({ email: '', isOrganisationAdmin: false });
    this.announcement.set(this.t('invite.invited', { email: address }));
    this.resource.reload();
  }

  protected async removeMember(assignmentId: string, name: string): Promise<void> {
    const done = await this.change.run(null, () => this.api.removeMember(this.id(), assignmentId));
    if (done === undefined) return;
    this.announcement.set(this.t('members.removed', { name }));
    this.resource.reload();
  }

  protected async cancelInvitation(invitationId: string): Promise<void> {
    const done = await this.change.run(null, () =>
      this.api.cancelInvitation(this.id(), invitationId),
    );
    if (done === undefined) return;
    this.announcement.set(this.t('members.invitationCancelled'));
    this.resource.reload();
  }
}
