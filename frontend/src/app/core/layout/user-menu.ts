import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';
import { SessionService } from '../session/session.service';
import { LazyPart } from './lazy-part';

/**
 * Log-in and sign-up links for visitors; for a signed-in person their menu (`SignedInMenu`),
 * whose code is fetched only then, so that a visitor's first load does not carry it.
 */
@Component({
  selector: 'tsu-user-menu',
  imports: [RouterLink, LazyPart],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly session = inject(SessionService);

  protected readonly t = inject(I18nService).t;
  protected readonly loaded = this.session.loaded;
  protected readonly signedIn = this.session.isSignedIn;
  protected readonly loadSignedInMenu = () =>
    import('./signed-in-menu').then((m) => m.SignedInMenu);
}
