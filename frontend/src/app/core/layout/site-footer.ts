import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';

@Component({
  selector: 'tsu-site-footer',
  imports: [RouterLink],
  template: `
    <footer class="footer">
      <div class="footer__inner">
        <div>
          <p class="footer__city">{{ t('layout.footer.city') }}</p>
          <p class="footer__plan">{{ t('layout.footer.plan') }} — {{ t('app.motto') }}</p>
          <p class="footer__note">{{ t('layout.footer.note') }}</p>
        </div>
        <nav [attr.aria-label]="t('layout.footer.nav')">
          <ul class="footer__links">
            <li>
              <a routerLink="/">{{ t('layout.nav.home') }}</a>
            </li>
            <li>
              <a routerLink="/courses">{{ t('layout.nav.courses') }}</a>
            </li>
            <li>
              <a routerLink="/facilities">{{ t('layout.nav.facilities') }}</a>
            </li>
            <li>
              <a routerLink="/about">{{ t('layout.nav.about') }}</a>
            </li>
            <li>
              <a routerLink="/opendata">{{ t('layout.nav.opendata') }}</a>
            </li>
            <li>
              <a routerLink="/terms">{{ t('layout.nav.terms') }}</a>
            </li>
            <li>
              <a routerLink="/privacy">{{ t('layout.nav.privacy') }}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  `,
  styles: `
    .footer {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      margin-top: 3rem;
    }
    .footer__inner {
      max-width: 72rem;
      margin: 0 auto;
      padding: 2rem 1rem;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 1.5rem;
    }
    .footer__city {
      font-weight: 700;
      font-size: 1.125rem;
      margin: 0 0 0.25rem;
    }
    .footer__plan,
    .footer__note {
      margin: 0 0 0.25rem;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
      max-width: 40rem;
    }
    .footer__links {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
    }
    .footer__links a {
      display: inline-flex;
      align-items: center;
      min-height: 2rem;
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteFooter {
  protected readonly t = inject(I18nService).t;
}
