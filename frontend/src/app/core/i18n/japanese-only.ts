import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * Marks text shown in Japanese on an English page because the organiser wrote no English
 * (English is optional for them): 「日本語のみ / Japanese only」, the Japanese part marked as
 * such for screen readers. The text itself carries lang="ja" where it is shown.
 */
@Component({
  selector: 'tsu-japanese-only',
  template: `<span class="japanese-only"><span lang="ja">日本語のみ</span> / Japanese only</span>`,
  styles: `
    .japanese-only {
      display: inline-block;
      padding: 0 0.5rem;
      border-radius: 0.375rem;
      border: 1px solid var(--mat-sys-outline);
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
      font-weight: 400;
      line-height: 1.6;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JapaneseOnly {}
