import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { adminEn, adminJa } from './admin-messages';

/** Previous / "page n of m" / next for the console's paged tables; hidden with a single page. */
@Component({
  selector: 'tsu-admin-pager',
  imports: [MatButtonModule],
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="t('page.nav')">
        <button
          mat-stroked-button
          type="button"
          [disabled]="page() <= 1"
          (click)="pageChange.emit(page() - 1)"
        >
          {{ t('page.previous') }}
        </button>
        <span>{{ t('page.of', { page: page(), pages: pages() }) }}</span>
        <button
          mat-stroked-button
          type="button"
          [disabled]="page() >= pages()"
          (click)="pageChange.emit(page() + 1)"
        >
          {{ t('page.next') }}
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
export class AdminPager {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly pageChange = output<number>();

  protected readonly t = scopedTranslator(adminJa, adminEn);
}
