import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../core/i18n/i18n.service';
import { PRIVACY, TERMS } from './legal-texts';

/**
 * The terms of use or the handling of personal information (the route says which), marked as a
 * draft pending the city's legal review, in both languages at once for that marking.
 */
@Component({
  selector: 'tsu-legal-page',
  template: `
    @let text = content();
    <article class="page legal">
      <h1 tabindex="-1">{{ text.title }}</h1>
      <p class="legal__draft" role="note">
        <strong lang="ja">市の法務確認前の案です</strong>
        <span lang="en">Draft pending the city's legal review</span>
      </p>
      <p>{{ text.lead }}</p>
      @for (section of text.sections; track section.heading) {
        <section>
          <h2>{{ section.heading }}</h2>
          @for (paragraph of section.paragraphs; track $index) {
            <p>{{ paragraph }}</p>
          }
        </section>
      }
      <p class="legal__updated">{{ text.updated }}</p>
    </article>
  `,
  styles: `
    .legal {
      max-width: 48rem;
    }
    .legal h2 {
      font-size: 1.125rem;
      margin: 1.75rem 0 0.5rem;
    }
    .legal__draft {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding: 0.75rem 1rem;
      border-radius: 0.75rem;
      border: 2px dashed var(--mat-sys-tertiary);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .legal__updated {
      margin-top: 2rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LegalPage {
  private readonly i18n = inject(I18nService);
  /** Route data: which text this page shows. */
  readonly document = input<'terms' | 'privacy'>('terms');

  protected readonly content = computed(
    () => (this.document() === 'privacy' ? PRIVACY : TERMS)[this.i18n.language()],
  );
}
