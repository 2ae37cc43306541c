import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One row: its label, the value its bar shows, and the cells of every column (formatted). */
export interface BarRow {
  key: string;
  label: string;
  /** What the bar measures (null: no bar). */
  value: number | null;
  cells: string[];
}

/**
 * A bar chart that is a table (as the learning record's): under each label a bar drawn with
 * CSS (hidden from screen readers), beside it the numbers, which are the data. Read aloud it is
 * a table with a caption; printed it keeps its bars.
 */
@Component({
  selector: 'tsu-bar-table',
  template: `
    <div class="table-scroll">
      <table class="bars">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            @for (header of headers(); track $index; let first = $first) {
              <th scope="col" [class.bars__number]="!first">{{ header }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of bars(); track row.key) {
            <tr>
              <th scope="row">
                <span class="bars__label">{{ row.label }}</span>
                <span class="bars__track" aria-hidden="true">
                  <span class="bars__bar" [style.inline-size.%]="row.percent"></span>
                </span>
              </th>
              @for (cell of row.cells; track $index) {
                <td class="bars__number">{{ cell }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .bars {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 400;
    }
    .bars__number {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
      inline-size: 1%;
    }
    .bars__label {
      display: block;
    }
    .bars__track {
      display: block;
      margin-block-start: 0.25rem;
      border-radius: 0.25rem;
      background: var(--mat-sys-surface-container-high);
    }
    .bars__bar {
      display: block;
      block-size: 0.875rem;
      border-radius: 0 0.25rem 0.25rem 0;
      background: var(--mat-sys-primary);
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarTable {
  readonly rows = input.required<readonly BarRow[]>();
  /** The first column's header, then one per cell. */
  readonly headers = input.required<readonly string[]>();
  readonly caption = input.required<string>();
  /** The value of a full bar (default: the largest row's). */
  readonly max = input<number | null>(null);

  protected readonly bars = computed(() => {
    const rows = this.rows();
    const most = this.max() ?? Math.max(0, ...rows.map((row) => row.value ?? 0));
    return rows.map((row) => ({
      ...row,
      percent: most > 0 && row.value !== null ? Math.min(100, (row.value / most) * 100) : 0,
    }));
  });
}
