import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  TemplateRef,
  computed,
  contentChild,
  inject,
  input,
  type ResourceStatus,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { I18nService } from '../i18n/i18n.service';

/** The thing asked for does not exist (or its id cannot be one): what `notFoundMessage` shows. */
export function isMissing(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
}

/** What the load states read of a resource: `httpResource`, `resource` and `rxResource` all fit. */
export interface LoadableResource {
  status(): ResourceStatus;
  error(): unknown;
  hasValue(): boolean;
  reload(): boolean;
}

/**
 * Marks the content of a `<tsu-load-state>`: `<ng-template tsuLoaded>`. Named rather than "the
 * first template inside", because an `@if` block in the content (an empty state's button) is a
 * template too.
 */
@Directive({ selector: 'ng-template[tsuLoaded]' })
export class LoadedContent {
  readonly template = inject(TemplateRef);
}

/**
 * The one scaffold for data read from the API: a progress bar while the first answer is on its
 * way, an alert with a retry button when it failed, a message when there is nothing to show, and
 * otherwise the content — an `<ng-template tsuLoaded>` inside the element, created only once the
 * data is there (so its bindings may read the resource's value):
 *
 *   <tsu-load-state [resource]="people" [empty]="rows().length === 0" [emptyMessage]="t('empty')">
 *     <ng-template tsuLoaded>…the table…</ng-template>
 *   </tsu-load-state>
 *
 * Import both: `imports: [LoadState, LoadedContent]`.
 *
 * Several resources load as one (the first still loading shows the bar; any failure the alert;
 * retry reloads the ones that failed). A reload of data already shown keeps it on screen; a
 * failure always wins, so a retry is offered even when one of several resources answered.
 */
@Component({
  selector: 'tsu-load-state',
  imports: [NgTemplateOutlet],
  template: `
    @switch (state()) {
      @case ('loading') {
        <div class="load-state__loading" role="status" aria-live="polite">
          <div class="progress-bar" role="progressbar" [attr.aria-label]="loadingText()"></div>
          <span class="visually-hidden">{{ loadingText() }}</span>
        </div>
      }
      @case ('failed') {
        <div class="state-message" role="alert" aria-live="assertive">
          <p>{{ errorText() }}</p>
          <button type="button" class="button button--filled" (click)="retryNow()">
            {{ i18n.t('common.retry') }}
          </button>
        </div>
      }
      @case ('missing') {
        <div class="state-message" role="status" aria-live="polite">
          @if (notFoundMessage()) {
            <p>{{ notFoundMessage() }}</p>
          }
          <ng-content select="[tsuNotFoundAction]" />
        </div>
      }
      @case ('empty') {
        <div class="state-message" role="status" aria-live="polite">
          <p>{{ emptyMessage() }}</p>
          <ng-content select="[tsuEmptyAction]" />
        </div>
      }
      @default {
        @if (content(); as loaded) {
          <ng-container [ngTemplateOutlet]="loaded.template" />
        }
      }
    }
  `,
  styles: `
    .load-state__loading {
      padding-block: 0.5rem;
    }
    .state-message p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadState {
  protected readonly i18n = inject(I18nService);

  readonly resource = input.required<LoadableResource | readonly LoadableResource[]>();
  /** True when the data arrived and holds nothing to show. */
  readonly empty = input(false);
  readonly emptyMessage = input('');
  /** Replaces the common "could not be loaded" text (e.g. with what was not found). */
  readonly errorMessage = input<string | null>(null);
  /**
   * When set, an answer of 404 (or 400 for an id that cannot exist) is not a failure to retry
   * but this message, with the element marked `tsuNotFoundAction` (a way back). An empty string
   * shows the way back alone, for a page whose heading already says what was not found.
   */
  readonly notFoundMessage = input<string | null>(null);
  /** Replaces the common "loading" label (e.g. "searching for courses"). */
  readonly loadingLabel = input<string | null>(null);

  protected readonly content = contentChild(LoadedContent);

  private readonly resources = computed(() => {
    const value = this.resource();
    return Array.isArray(value)
      ? (value as readonly LoadableResource[])
      : [value as LoadableResource];
  });

  protected readonly state = computed<'loading' | 'failed' | 'missing' | 'empty' | 'ready'>(() => {
    const resources = this.resources();
    const failed = resources.filter((resource) => resource.status() === 'error');
    if (failed.length > 0) {
      const missing = this.notFoundMessage() !== null && failed.every((r) => isMissing(r.error()));
      return missing ? 'missing' : 'failed';
    }
    // 'loading' is a first load (or a new request), even when a default value stands in.
    if (resources.some((r) => r.status() === 'loading' || !r.hasValue())) return 'loading';
    return this.empty() ? 'empty' : 'ready';
  });

  protected readonly loadingText = computed(
    () => this.loadingLabel() ?? this.i18n.t('common.loading'),
  );
  protected readonly errorText = computed(
    () => this.errorMessage() ?? this.i18n.t('common.loadError'),
  );

  protected retryNow(): void {
    for (const resource of this.resources()) {
      if (resource.status() === 'error') resource.reload();
    }
  }
}
