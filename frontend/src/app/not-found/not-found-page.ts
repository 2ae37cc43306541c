import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';

@Component({
  selector: 'tsu-not-found-page',
  imports: [RouterLink, MatButtonModule],
  template: `
    <div class="page">
      <h1 tabindex="-1">{{ t('notFound.heading') }}</h1>
      <div class="state-message">
        <p>{{ t('notFound.text') }}</p>
        <a mat-flat-button routerLink="/">{{ t('common.backToTop') }}</a>
        <a routerLink="/courses">{{ t('layout.nav.courses') }}</a>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {
  protected readonly t = inject(I18nService).t;
}
