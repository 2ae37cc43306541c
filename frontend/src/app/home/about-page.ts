import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';

@Component({
  selector: 'tsu-about-page',
  imports: [RouterLink],
  template: `
    <div class="page about">
      <h1 tabindex="-1">{{ t('about.heading') }}</h1>
      <p>{{ t('about.p1') }}</p>
      <p>{{ t('about.p2') }}</p>
      <p>{{ t('about.p3') }}</p>
      <p>
        <a routerLink="/courses">{{ t('layout.nav.courses') }}</a>
      </p>
    </div>
  `,
  styles: `
    .about {
      max-width: 48rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AboutPage {
  protected readonly t = inject(I18nService).t;
}
