import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  isDevMode,
  signal,
} from '@angular/core';
import { ICON_PATHS, type IconName } from './icons';

/**
 * The other pages' icons once they have arrived: every route but the home page's fetches them
 * alongside its code (`withPageResources` in app.routes.ts), so they are there before such a
 * page renders.
 */
const pageIcons = signal<Partial<Record<IconName, string>>>({});
let pageIconsLoading: Promise<void> | undefined;

/** Fetches the pages' icons once; a failed download is tried again next time. */
export function loadPageIcons(): Promise<void> {
  pageIconsLoading ??= import('./page-icons').then(
    (m) => pageIcons.set(m.PAGE_ICON_PATHS),
    (error: unknown) => {
      pageIconsLoading = undefined;
      throw error;
    },
  );
  return pageIconsLoading;
}

/** Makes the pages' icons available at once (specs render pages without their routes). */
export function preloadPageIcons(paths: Partial<Record<IconName, string>>): void {
  pageIcons.set(paths);
}

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
  protected readonly path = computed(() => {
    const name = this.name();
    return (ICON_PATHS as Partial<Record<IconName, string>>)[name] ?? pageIcons()[name];
  });

  constructor() {
    if (isDevMode()) {
      effect(() => {
        // A page's icon drawn before its route fetched them: a bug.
        if (!this.path()) console.error(`icon: no "${this.name()}" (not loaded yet?)`);
      });
    }
  }
}
