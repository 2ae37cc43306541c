import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ApiError } from '../../api/api-types';
import { apiErrorBody, apiErrorMessage } from '../../core/forms/api-error';
import { NETWORK_ERROR, SubmitState } from '../../core/forms/submit-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { IN_THE_WAY_CODES } from './reservations-in-the-way';
import { settingsEn, settingsJa } from './settings-messages';

/**
 * What the facility's two closure lists (dated closures and weekly closing days) share: the
 * notice or error above the list, the one row that asks to confirm its removal, and an add whose
 * refusal for reservations in the way shows those reservations. Made in a component's injection
 * context; `reload` re-reads the list.
 */
export class ClosureList {
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly confirming = signal<string | null>(null);
  readonly notice = signal<string | null>(null);
  readonly removeError = signal<string | null>(null);
  readonly inTheWay = signal<ApiError | null>(null);
  readonly submit = new SubmitState(() => this.host.nativeElement);

  constructor(private readonly reload: () => void) {}

  /** Runs `save` for `form`; true when it was saved (the caller then empties its form). */
  async add(form: FormGroup, save: () => Promise<unknown>, savedNotice: string): Promise<boolean> {
    this.inTheWay.set(null);
    this.notice.set(null);
    const saved = await this.submit.run(form, async () => {
      try {
        return (await save()) ?? true;
      } catch (error: unknown) {
        const body = apiErrorBody(error);
        if (body && IN_THE_WAY_CODES.has(body.code)) this.inTheWay.set(body);
        throw error;
      }
    });
    if (saved === undefined) return false;
    this.notice.set(savedNotice);
    this.reload();
    return true;
  }

  /** Removes a confirmed row, then moves the focus to the notice that says so. */
  async remove(removal: () => Promise<unknown>, removedNotice: string): Promise<void> {
    this.removeError.set(null);
    this.notice.set(null);
    try {
      await removal();
      this.confirming.set(null);
      this.notice.set(removedNotice);
      this.reload();
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.notice')?.focus());
    } catch (error: unknown) {
      this.removeError.set(apiErrorMessage(error, this.i18n.language(), NETWORK_ERROR));
    }
  }
}

/** A row's 削除 button, which asks 「…を削除しますか」 in place before it removes anything. */
@Component({
  selector: 'tsu-confirm-remove',
  imports: [MatButtonModule],
  template: `
    @if (list().confirming() === rowId()) {
      <div class="closure__confirm" role="group" [attr.aria-label]="question()">
        <span>{{ question() }}</span>
        <button mat-flat-button type="button" class="danger" (click)="confirmed.emit()">
          {{ t('closures.confirmYes') }}
        </button>
        <button mat-button type="button" (click)="list().confirming.set(null)">
          {{ t('closures.confirmNo') }}
        </button>
      </div>
    } @else {
      <button
        mat-stroked-button
        type="button"
        [attr.aria-label]="label()"
        (click)="list().confirming.set(rowId())"
      >
        {{ t('closures.removeShort') }}
      </button>
    }
  `,
  styleUrl: './facility-settings.scss',
  // The row lays out the buttons as its own children.
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmRemove {
  readonly list = input.required<ClosureList>();
  readonly rowId = input.required<string>();
  /** The row's name in the button's accessible name, e.g. 「12月29日〜1月3日 を削除」. */
  readonly label = input.required<string>();
  readonly question = input.required<string>();
  readonly confirmed = output<void>();

  protected readonly t = scopedTranslator(settingsJa, settingsEn);
}
