import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ICON_PATHS, type IconName } from './icons';

/**
 * One of the site's icons, drawn inline from its path (see icons.ts): no icon registry, no
 * sanitiser and no request, so the icons cost a first visit only their paths. Decorative: the
 * drawing is hidden from screen readers and every use stands beside words that say the same
 * (mark the element `aria-hidden="true"` too). The host carries
 * Material's `mat-icon` class so that Material buttons and form fields size and space it as
 * their own icon.
 */
@Component({
  selector: 'tsu-icon',
  template: `<svg
    viewBox="0 0 24 24"
    width="100%"
    height="100%"
    focusable="false"
    aria-hidden="true"
  >
    <path [attr.d]="path()" />
  </svg>`,
  styles: `
    :host {
      display: inline-block;
      flex: none;
      width: 24px;
      height: 24px;
      overflow: hidden;
      fill: currentColor;
      user-select: none;
    }
    svg {
      display: block;
    }
  `,
  host: { class: 'mat-icon' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Icon {
  readonly name = input.required<IconName>();
  protected readonly path = computed(() => ICON_PATHS[this.name()]);
}
