import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { formatDateTime } from '../core/format/date-format';
import { apiErrorBody } from '../core/forms/api-error';
import { NETWORK_ERROR } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { bookingEn, bookingJa } from './booking-messages';
import { BookingsApi } from './bookings-api';

/**
 * The private calendar feed: a secret address a calendar app subscribes to. Its URL is shown
 * once, when made (the server keeps only a hash); making a new one kills the old one.
 */
@Component({
  selector: 'tsu-calendar-feed-section',
  imports: [MatButtonModule, MatProgressBarModule, LoadState, LoadedContent],
  templateUrl: './calendar-feed-section.html',
  styleUrl: './calendar-feed-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedSection {
  private readonly api = inject(BookingsApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(bookingJa, bookingEn);
  protected readonly feed = this.api.feedState();
  protected readonly state = computed(() => (this.feed.hasValue() ? this.feed.value() : null));
  protected readonly createdUrl = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly copied = signal(false);
  protected readonly confirmingDelete = signal(false);
  protected readonly announcement = signal<string | null>(null);

  protected readonly exists = computed(() => !!this.createdUrl() || !!this.state()?.exists);
  protected readonly createdAt = computed(() => {
    const value = this.state()?.createdAt;
    return value ? formatDateTime(value, this.i18n.language()) : null;
  });
  protected readonly lastUsedAt = computed(() => {
    const value = this.state()?.lastUsedAt;
    return value ? formatDateTime(value, this.i18n.language()) : null;
  });

  protected create(): Promise<void> {
    return this.run(async () => {
      const created = await this.api.createFeed();
      this.createdUrl.set(created.url);
      this.feed.set({ exists: true, createdAt: created.createdAt, lastUsedAt: null });
      this.copied.set(false);
      this.focusSoon('#feed-url');
    });
  }

  protected askDelete(): void {
    this.confirmingDelete.set(true);
    this.focusSoon('#feed-delete-yes');
  }

  protected remove(): Promise<void> {
    return this.run(async () => {
      await this.api.deleteFeed();
      this.createdUrl.set(null);
      this.feed.set({ exists: false, createdAt: null, lastUsedAt: null });
      this.confirmingDelete.set(false);
      this.announcement.set(this.t('feed.deleted'));
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied.set(true);
      this.announcement.set(this.t('feed.copied'));
    } catch {
      // No clipboard permission: the field is selected so the person can copy it themselves.
      this.host.nativeElement.querySelector<HTMLInputElement>('#feed-url')?.select();
    }
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      const language = this.i18n.language();
      this.error.set(body ? body.messages[language] : NETWORK_ERROR[language]);
    } finally {
      this.busy.set(false);
    }
  }

  private focusSoon(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
