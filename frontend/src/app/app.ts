import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { I18nService } from './core/i18n/i18n.service';
import { SiteFooter } from './core/layout/site-footer';
import { SiteHeader } from './core/layout/site-header';
import { FocusOnNavigation } from './core/navigation/focus-on-navigation';

@Component({
  selector: 'tsu-root',
  imports: [RouterOutlet, SiteHeader, SiteFooter],
  template: `
    <a class="skip-link" href="#main-content" (click)="skipToMain($event)">{{
      t('layout.skipToMain')
    }}</a>
    <tsu-site-header />
    <main id="main-content" tabindex="-1">
      <router-outlet />
    </main>
    <tsu-site-footer />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    main {
      flex: 1;
    }
    .skip-link {
      position: absolute;
      inset-inline-start: 0.5rem;
      top: -10rem;
      z-index: 1000;
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      background: var(--mat-sys-inverse-surface);
      color: var(--mat-sys-inverse-on-surface);
      font-weight: 700;
    }
    .skip-link:focus {
      top: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly document = inject(DOCUMENT);
  protected readonly t = inject(I18nService).t;

  constructor() {
    inject(FocusOnNavigation).start(inject(DestroyRef));
  }

  /**
   * The fragment link would resolve against <base href="/"> and leave the page, so move focus
   * ourselves; the href stays for its meaning and for browsers without script.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }
}
