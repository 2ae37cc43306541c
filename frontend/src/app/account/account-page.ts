import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AuthApi } from '../auth/auth-api';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { SessionService } from '../core/session/session.service';
import { accountEn, accountJa } from './account-messages';
import { CredentialsSection } from './credentials-section';
import { DataSection } from './data-section';
import { FamilySection } from './family-section';
import { ProfileSection } from './profile-section';
import { SessionsSection } from './sessions-section';

/**
 * Everything about the signed-in person on one page, in sections with a table of contents:
 * profile, family, email and password, devices, data and deletion.
 */
@Component({
  selector: 'tsu-account-page',
  imports: [
    RouterLink,
    MatButtonModule,
    FormAlert,
    ProfileSection,
    FamilySection,
    CredentialsSection,
    SessionsSection,
    DataSection,
  ],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly session = inject(SessionService);
  private readonly api = inject(AuthApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(accountJa, accountEn);
  protected readonly core = inject(I18nService).t;
  protected readonly user = this.session.user;
  protected readonly isCitizen = computed(() => this.session.roles().includes('citizen'));
  protected readonly deleted = signal(false);
  protected readonly resend = new SubmitState(() => this.host.nativeElement);
  protected readonly resent = signal(false);

  protected readonly sections = computed(() => [
    { id: 'profile', label: this.t('profile.heading') },
    ...(this.isCitizen()
      ? [
          { id: 'family', label: this.t('family.heading') },
          { id: 'teach', label: this.t('teach.heading') },
        ]
      : []),
    { id: 'email', label: this.t('email.heading') },
    { id: 'password', label: this.t('password.heading') },
    { id: 'sessions', label: this.t('sessions.heading') },
    { id: 'data', label: this.t('data.heading') },
    { id: 'delete', label: this.t('delete.heading') },
  ]);

  protected async resendVerification(email: string): Promise<void> {
    const done = await this.resend.run(null, () => this.api.resendVerification(email));
    if (done !== undefined) this.resent.set(true);
  }

  /** In-page links: the router would resolve `#id` against <base href>; scroll and focus here. */
  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const target = this.host.nativeElement.querySelector<HTMLElement>(`#${id} h2`);
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}
