import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Me } from '../api/api-types';
import { AuthApi } from '../auth/auth-api';
import { TokenExchange } from '../auth/token-page';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { WORKSPACES } from '../core/layout/signed-in-menu';
import { SessionService } from '../core/session/session.service';

const messagesJa = {
  heading: '招待を受ける',
  working: '招待を確認しています…',
  done: '招待を受けました。新しい役割が使えるようになりました。',
  mismatch:
    'この招待は別のメールアドレスあてです。招待されたメールアドレスでログインし直してから、もう一度リンクを開いてください。',
  failed: 'この招待は使えません。有効期限が切れたか、取り消された可能性があります。',
  notVerified:
    '招待を受けるには、先にメールアドレスの確認を済ませてください（確認メールは「アカウント」から送り直せます）。確認が済んだら、もう一度このリンクを開いてください。',
  missing: 'リンクが正しくありません。メールに書かれたリンクをそのまま開いてください。',
  toAccount: 'アカウントへ',
} as const;
const messagesEn: Record<keyof typeof messagesJa, string> = {
  heading: 'Accept an invitation',
  working: 'Checking the invitation…',
  done: 'You have accepted the invitation. Your new role is ready to use.',
  mismatch:
    'This invitation is for a different email address. Please log in with the invited address and open the link again.',
  failed: 'This invitation cannot be used. It may have expired or been withdrawn.',
  notVerified:
    'To accept the invitation, please confirm your email address first (you can have the confirmation email sent again from “My account”). Then open this link again.',
  missing: 'This link is incomplete. Please open the link exactly as it is in the email.',
  toAccount: 'Go to my account',
};

/** Reached from an invitation mail while signed in (the guard sends others to log in first). */
@Component({
  selector: 'tsu-accept-invitation-page',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule],
  templateUrl: './accept-invitation-page.html',
  styles: `
    .narrow {
      max-width: 40rem;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 1rem 0 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);

  readonly token = input<string>();

  protected readonly t = scopedTranslator(messagesJa, messagesEn);
  protected readonly core = this.i18n.t;
  protected readonly language = this.i18n.language;
  protected readonly exchange = new TokenExchange<Me>();
  protected readonly workspaces = () =>
    WORKSPACES.filter((workspace) => this.session.roles().includes(workspace.role));

  ngOnInit(): void {
    void this.exchange.exchange(this.token(), async (token) => {
      const user = await this.api.acceptInvitation(token);
      this.session.updated(user);
      return user;
    });
  }
}
