import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

const MAIN_ID = 'main-content';
const HEADING_WAIT_MS = 1500;

/**
 * After moving to another page, puts keyboard and screen-reader focus on its main heading, as
 * a full page load would put it at the top. Changes of query parameters only (filters, paging)
 * leave focus where it is, so the user keeps working in the filter they just changed.
 */
@Injectable({ providedIn: 'root' })
export class FocusOnNavigation {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private lastPath: string | null = null;
  private pending: ReturnType<typeof setInterval> | undefined;

  start(destroyRef: DestroyRef): void {
    const subscription = this.router.events
      .pipe(filter((event): event is NavigationEnd => event instanceof NavigationEnd))
      .subscribe((event) => {
        const path = event.urlAfterRedirects.split(/[?#]/)[0];
        const isFirst = this.lastPath === null;
        const changed = path !== this.lastPath;
        this.lastPath = path;
        if (!isFirst && changed) {
          this.document.defaultView?.scrollTo(0, 0);
          this.focusHeading();
        }
      });
    destroyRef.onDestroy(() => {
      subscription.unsubscribe();
      clearInterval(this.pending);
    });
  }

  /**
   * Pages that load their data render the heading a moment later; poll briefly for it and fall
   * back to the main landmark so focus never stays on a link that has left the page.
   */
  private focusHeading(): void {
    clearInterval(this.pending);
    const startedAt = Date.now();
    this.pending = setInterval(() => {
      const main = this.document.getElementById(MAIN_ID);
      const heading = main?.querySelector<HTMLElement>('h1');
      if (heading || Date.now() - startedAt > HEADING_WAIT_MS) {
        clearInterval(this.pending);
        const target = heading ?? main;
        if (!target) return;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        // The page has just been scrolled to the top; keep it there while focusing.
        target.focus({ preventScroll: true });
      }
    }, 50);
  }
}
