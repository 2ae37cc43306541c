import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ApiError } from '../../api/api-types';
import { sessionRangeText } from '../../core/format/date-format';
import { DateRange } from '../../core/format/date-range';
import { I18nService } from '../../core/i18n/i18n.service';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { settingsEn, settingsJa } from './settings-messages';

/** The refusal codes that list the reservations standing in the way of a change. */
export const IN_THE_WAY_CODES = new Set(['CLOSURE_HAS_RESERVATIONS', 'HOURS_EXCLUDE_RESERVATIONS']);

/**
 * A closure or opening hours refused because reservations are in the way: the API's message
 * (which names the first three), then every reservation the API listed, with room and time.
 */
@Component({
  selector: 'tsu-reservations-in-the-way',
  imports: [DateRange],
  template: `
    @if (view(); as refused) {
      <div class="in-the-way" role="alert" tabindex="-1">
        <strong>{{ t('inTheWay.heading') }}</strong>
        <p>{{ refused.message }}</p>
        @if (refused.items.length) {
          <p class="in-the-way__list-label" [id]="listId">{{ refused.listLabel }}</p>
          <ul [attr.aria-labelledby]="listId">
            @for (item of refused.items; track $index) {
              <li><tsu-date-range [range]="item.when" /> {{ item.room }} — {{ item.name }}</li>
            }
          </ul>
        }
        <p class="in-the-way__advice">{{ t('inTheWay.advice') }}</p>
      </div>
    }
  `,
  styles: `
    .in-the-way {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: 0.75rem;
      border-left: 0.5rem solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .in-the-way p {
      margin: 0.25rem 0 0;
    }
    .in-the-way ul {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
    .in-the-way__list-label {
      font-weight: 500;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReservationsInTheWay {
  private readonly i18n = inject(I18nService);
  protected readonly t = scopedTranslator(settingsJa, settingsEn);
  private static next = 0;
  protected readonly listId = `in-the-way-${ReservationsInTheWay.next++}`;

  readonly error = input<ApiError | null>(null);

  protected readonly view = computed(() => {
    const error = this.error();
    if (!error) return null;
    const language = this.i18n.language();
    const items = (error.conflicts ?? []).map((conflict) => {
      const name = this.i18n.pick(conflict.nameJa, conflict.nameEn);
      return {
        when: sessionRangeText(conflict.startsAt, conflict.endsAt, language),
        room: this.i18n.pick(conflict.roomNameJa ?? '', conflict.roomNameEn ?? ''),
        name:
          conflict.kind === 'course_session'
            ? this.t('inTheWay.course', { name })
            : this.t('inTheWay.hire', { name }),
      };
    });
    return {
      message: error.messages[language],
      items,
      listLabel: this.t('inTheWay.list', {
        shown: items.length,
        total: error.conflictCount ?? items.length,
      }),
    };
  });
}
