import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';

/** The polite 403: signed in, but without the role this workspace needs. */
@Component({
  selector: 'tsu-forbidden-page',
  imports: [RouterLink, MatButtonModule],
  template: `
    <div class="page">
      <h1 tabindex="-1">{{ t('forbidden.heading') }}</h1>
      <div class="state-message">
        <p>{{ t('forbidden.text') }}</p>
        <a mat-flat-button routerLink="/account">{{ t('forbidden.toAccount') }}</a>
        <a routerLink="/">{{ t('common.backToTop') }}</a>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {
  protected readonly t = inject(I18nService).t;
}
