import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  input,
} from '@angular/core';

/**
 * The one data table. Where its container is wide enough, a table; where it is not (a phone,
 * or a tablet at the largest text size), each row becomes a card: the row's header on top, then
 * each cell under the name of its column, so that nobody has to scroll sideways to read a row.
 * The container query is in styles.scss (`.data-table-host`); the column names are copied from
 * the `<thead>` onto each cell (`data-label`) here, again whenever the rows or the language
 * change, and shown through CSS as text that screen readers skip (they hear the table's own
 * headers, kept by explicit ARIA table roles when the layout is no longer a CSS table).
 *
 * `narrow` tables (a few short columns that fit a phone) stay tables and scroll sideways inside
 * a focusable, named region if larger text makes them overflow (WCAG 2.1.1 and 1.4.10). Put
 * `<thead>` and `<tbody>` inside.
 *
 *   <tsu-data-table [label]="t('people.table')"><thead>…</thead><tbody>…</tbody></tsu-data-table>
 */
@Component({
  selector: 'tsu-data-table',
  host: { class: 'data-table-host', '[class.data-table-host--stacking]': '!narrow()' },
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="label()">
      <table class="data-table" role="table" [class.data-table--narrow]="narrow()">
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
  /** A few short columns that fit a phone: never stacked into cards. */
  readonly narrow = input(false);

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const table = host.querySelector('table');
      if (!table) return;
      labelCells(table);
      const observer = new MutationObserver(() => labelCells(table));
      observer.observe(table, { childList: true, subtree: true, characterData: true });
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}

/**
 * Gives each body cell the text of its column's header (`data-label`, for the stacked layout)
 * and every part of the table its ARIA table role, which a stacked (non-table) layout would
 * otherwise lose in some browsers. Only attributes change: the observer above does not see them.
 */
export function labelCells(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const names: string[] = [];
  for (const header of headers) {
    const name = (header.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let span = 0; span < Math.max(1, header.colSpan); span++) names.push(name);
  }
  setIfChanged(table.tHead, 'role', 'rowgroup');
  for (const header of headers) setIfChanged(header, 'role', 'columnheader');
  if (table.tHead?.rows[0]) setIfChanged(table.tHead.rows[0], 'role', 'row');
  for (const body of table.tBodies) {
    setIfChanged(body, 'role', 'rowgroup');
    for (const row of body.rows) {
      setIfChanged(row, 'role', 'row');
      let column = 0;
      for (const cell of row.cells) {
        const isRowHeader = cell.tagName === 'TH';
        setIfChanged(cell, 'role', isRowHeader ? 'rowheader' : 'cell');
        setIfChanged(cell, 'data-label', names[column] ?? '');
        column += Math.max(1, cell.colSpan);
      }
    }
  }
}

function setIfChanged(element: Element | null, name: string, value: string): void {
  if (element && element.getAttribute(name) !== value) element.setAttribute(name, value);
}
