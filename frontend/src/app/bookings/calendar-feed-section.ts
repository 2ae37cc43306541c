import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CalendarFeedState } from '../api/api-types';
import { formatDateTime } from '../core/format/date-format';
import { apiErrorBody } from '../core/forms/api-error';
import { NETWORK_ERROR } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { bookingEn, bookingJa } from './booking-messages';
import { BookingsApi } from './bookings-api';

/**
 * The private calendar feed: a secret address a calendar app subscribes to. Its URL is shown
 * once, when made (the server keeps only a hash); making a new one kills the old one.
 */
@Component({
  selector: 'tsu-calendar-feed-section',
  imports: [MatButtonModule, MatProgressBarModule],
  template: `
    <section class="feed" aria-labelledby="feed-heading">
      <h2 id="feed-heading">{{ t('feed.heading') }}</h2>
      <p>{{ t('feed.explain') }}</p>
      <p class="feed__secret">{{ t('feed.secret') }}</p>

      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('feed.loading')" />
      } @else {
        @if (error(); as message) {
          <p class="feed__error" role="alert">{{ message }}</p>
        }
        <p class="visually-hidden" role="status">{{ announcement() }}</p>

        @if (createdUrl(); as url) {
          <div class="feed__created">
            <p>{{ t('feed.created') }}</p>
            <label class="feed__label" for="feed-url">{{ t('feed.url') }}</label>
            <div class="feed__url-row">
              <input
                id="feed-url"
                class="feed__url"
                type="text"
                readonly
                [value]="url"
                (focus)="selectAll($event)"
              />
              <button mat-flat-button type="button" (click)="copy(url)">
                {{ copied() ? t('feed.copied') : t('feed.copy') }}
              </button>
            </div>
          </div>
        } @else if (state(); as s) {
          @if (s.exists) {
            <p>{{ t('feed.exists', { date: createdAt() ?? '' }) }}</p>
            <p>
              {{ lastUsedAt() ? t('feed.lastUsed', { date: lastUsedAt()! }) : t('feed.neverUsed') }}
            </p>
          } @else {
            <p>{{ t('feed.none') }}</p>
          }
        }

        @if (confirmingDelete()) {
          <div class="feed__confirm" role="group" aria-labelledby="feed-delete-text">
            <p id="feed-delete-text">{{ t('feed.deleteConfirm') }}</p>
            <button
              mat-flat-button
              type="button"
              id="feed-delete-yes"
              [disabled]="busy()"
              (click)="remove()"
            >
              {{ t('feed.deleteYes') }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="confirmingDelete.set(false)"
            >
              {{ t('feed.deleteNo') }}
            </button>
          </div>
        } @else {
          <div class="feed__actions">
            @if (exists()) {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="create()">
                {{ t('feed.reset') }}
              </button>
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="askDelete()">
                {{ t('feed.delete') }}
              </button>
            } @else {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="create()">
                {{ t('feed.create') }}
              </button>
            }
          </div>
          @if (exists()) {
            <p class="feed__note">{{ t('feed.resetNote') }}</p>
          }
        }
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('feed.loading')" />
        }
      }
    </section>
  `,
  styles: `
    .feed {
      padding: 1.25rem;
      border-radius: 1rem;
      background: var(--mat-sys-surface-container);
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    p {
      margin: 0 0 0.75rem;
    }
    .feed__secret {
      font-weight: 700;
    }
    .feed__error {
      padding: 0.75rem;
      border-radius: 0.75rem;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .feed__label {
      display: block;
      font-weight: 700;
      margin: 0 0 0.25rem;
    }
    .feed__url-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
    }
    .feed__url {
      flex: 1 1 16rem;
      min-width: 0;
      min-height: 2.75rem;
      padding: 0 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 0.5rem;
      font: inherit;
      font-family: ui-monospace, Menlo, Consolas, monospace;
      background: var(--mat-sys-surface-container-lowest);
      color: var(--mat-sys-on-surface);
    }
    .feed__actions,
    .feed__confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin: 0 0 0.5rem;
    }
    .feed__confirm p {
      flex-basis: 100%;
      margin: 0;
      font-weight: 700;
    }
    .feed__note {
      font-size: 0.9375rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedSection implements OnInit {
  private readonly api = inject(BookingsApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(bookingJa, bookingEn);
  protected readonly state = signal<CalendarFeedState | null>(null);
  protected readonly createdUrl = signal<string | null>(null);
  protected readonly loading = signal(true);
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

  ngOnInit(): void {
    void this.run(async () => this.state.set(await this.api.feedState()), true);
  }

  protected create(): Promise<void> {
    return this.run(async () => {
      const created = await this.api.createFeed();
      this.createdUrl.set(created.url);
      this.state.set({ exists: true, createdAt: created.createdAt, lastUsedAt: null });
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
      this.state.set({ exists: false, createdAt: null, lastUsedAt: null });
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

  private async run(action: () => Promise<void>, initial = false): Promise<void> {
    this.busy.set(!initial);
    this.error.set(null);
    try {
      await action();
    } catch (error: unknown) {
      const body = apiErrorBody(error);
      const language = this.i18n.language();
      this.error.set(
        body ? body.messages[language] : initial ? this.t('feed.failed') : NETWORK_ERROR[language],
      );
    } finally {
      this.busy.set(false);
      this.loading.set(false);
    }
  }

  private focusSoon(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
