import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18nService } from '../i18n/i18n.service';

/** Previous / "page n of m" / next for a paged list or table; hidden with a single page. */
@Component({
  selector: 'tsu-pager',
  imports: [MatButtonModule],
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="t('pager.nav')">
        <button
          mat-stroked-button
          type="button"
          [disabled]="page() <= 1"
          (click)="pageChange.emit(page() - 1)"
        >
          {{ t('pager.previous') }}
        </button>
        <span>{{ t('pager.of', { page: page(), pages: pages() }) }}</span>
        <button
          mat-stroked-button
          type="button"
          [disabled]="page() >= pages()"
          (click)="pageChange.emit(page() + 1)"
        >
          {{ t('pager.next') }}
        </button>
      </nav>
    }
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly pageChange = output<number>();

  protected readonly t = inject(I18nService).t;
}
