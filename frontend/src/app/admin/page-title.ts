import { effect, inject } from '@angular/core';
import { PageTitleStrategy } from '../core/navigation/page-title.strategy';

/** Names the document after a console section ("利用者と役割 | 管理"), following the language. */
export function consoleTitle(section: () => string | null, console: () => string): void {
  const strategy = inject(PageTitleStrategy);
  effect(() => {
    const name = section();
    strategy.setDetail(name ? `${name} | ${console()}` : null);
  });
}
