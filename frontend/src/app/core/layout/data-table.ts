import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The one scrolling data table: the table scrolls sideways inside a focusable, named region
 * (so keyboard users can scroll it, WCAG 2.1.1 and 1.4.10) instead of widening the page on a
 * phone. Put `<thead>` and `<tbody>` inside; `caption` goes first when the table has one.
 *
 *   <tsu-data-table [label]="t('people.table')"><thead>…</thead><tbody>…</tbody></tsu-data-table>
 */
@Component({
  selector: 'tsu-data-table',
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="label()">
      <table class="data-table" [class.data-table--narrow]="narrow()">
        <ng-content />
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTable {
  /** The region's name, read when a keyboard user tabs to the scroller. */
  readonly label = input.required<string>();
  /** A few short columns that fit a phone (the wrapper still scrolls with larger text). */
  readonly narrow = input(false);
}
