import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';
import type { MessageKey } from '../i18n/messages-ja';

/**
 * Document titles in the current language. A route's `title` is a message key; a detail page
 * may name itself (the course's title) through `setDetail`. The title follows a language switch
 * without a navigation, so screen-reader users and browser tabs always read the right language.
 */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly routeKey = signal<MessageKey | null>(null);
  private readonly detail = signal<string | null>(null);

  readonly documentTitle = computed(() => {
    const suffix = this.i18n.t('app.titleSuffix');
    const key = this.routeKey();
    const page = this.detail() || (key ? this.i18n.t(key) : null);
    return page ? `${page} | ${suffix}` : suffix;
  });

  constructor() {
    super();
    effect(() => this.title.setTitle(this.documentTitle()));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    // The detail name belongs to the previous page; the new page sets its own after it loads.
    this.detail.set(null);
    this.routeKey.set((this.buildTitle(snapshot) as MessageKey | undefined) ?? null);
  }

  /** Called by detail pages once their data has loaded (and again when the language changes). */
  setDetail(name: string | null): void {
    this.detail.set(name);
  }
}
