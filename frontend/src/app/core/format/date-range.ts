import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { RangeText } from './date-format';

/**
 * The one way a range of dates or times is drawn: each piece of the range (a date, a time span,
 * see `RangeText`) stays on one line, and a narrow screen breaks the line only between pieces —
 * after the 〜 — so that 「2026年12月7日(月)」 is never cut in two on a phone at the largest text
 * size. The text is the range's plain text (nothing added for screen readers or copying).
 *
 *   <tsu-date-range [range]="period()" />   with period = dateSpanText(first, last, language)
 */
@Component({
  selector: 'tsu-date-range',
  template: `@for (piece of range(); track $index) {
    @if (!$first) {
      <wbr />
    }
    <span class="date-range__piece">{{ piece }}</span>
  }`,
  styles: `
    .date-range__piece {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateRange {
  readonly range = input.required<RangeText>();
}
