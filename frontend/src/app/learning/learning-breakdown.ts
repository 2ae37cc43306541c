import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One row of a breakdown: its label and figures. */
export interface BreakdownRow {
  label: string;
  courses: number;
  sessions: number;
  /** Already formatted (`4.5`). */
  hours: string;
  minutes: number;
}

/** Column headers and the caption, in the page's language. */
export interface BreakdownText {
  caption: string;
  area: string;
  courses: string;
  sessions: string;
  hours: string;
}

/**
 * A bar chart that is a table: under each row's label a bar (its hours against the largest row,
 * drawn with CSS, hidden from screen readers), beside it the numbers, which are the data. Read aloud it is a table with a
 * caption; printed it keeps its bars (backgrounds are printed for it).
 */
@Component({
  selector: 'tsu-learning-breakdown',
  template: `
    <div class="table-scroll">
      <table class="breakdown">
        <caption class="visually-hidden">
          {{
            text().caption
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ text().area }}</th>
            <th scope="col" class="breakdown__number">{{ text().courses }}</th>
            <th scope="col" class="breakdown__number">{{ text().sessions }}</th>
            <th scope="col" class="breakdown__number">{{ text().hours }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of bars(); track row.label) {
            <tr [class.breakdown__row--empty]="row.courses === 0">
              <th scope="row">
                <span class="breakdown__label">{{ row.label }}</span>
                <span class="breakdown__track" aria-hidden="true">
                  <span class="breakdown__bar" [style.inline-size.%]="row.percent"></span>
                </span>
              </th>
              <td class="breakdown__number">{{ row.courses }}</td>
              <td class="breakdown__number">{{ row.sessions }}</td>
              <td class="breakdown__number">{{ row.hours }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .breakdown {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.5rem 0.5rem;
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
    .breakdown__number {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
      /* As narrow as its numbers: the label keeps the room it needs on a phone. */
      inline-size: 1%;
    }
    .breakdown__label {
      display: block;
      /*
       * A long name of the plan's pillar may break between any two characters, not only between
       * phrases: at 特大 on a phone the phrases alone were wider than the column, and the hours
       * column was pushed out of sight.
       */
      word-break: normal;
      overflow-wrap: anywhere;
    }
    .breakdown__track {
      display: block;
      margin-block-start: 0.25rem;
      border-radius: 0.25rem;
      background: var(--mat-sys-surface-container-high);
    }
    .breakdown__bar {
      display: block;
      block-size: 0.875rem;
      min-inline-size: 0;
      border-radius: 0 0.25rem 0.25rem 0;
      background: var(--mat-sys-primary);
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .breakdown__row--empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LearningBreakdown {
  readonly rows = input.required<readonly BreakdownRow[]>();
  readonly text = input.required<BreakdownText>();

  protected readonly bars = computed(() => {
    const rows = this.rows();
    const most = Math.max(0, ...rows.map((row) => row.minutes));
    return rows.map((row) => ({
      ...row,
      percent: most === 0 ? 0 : Math.round((row.minutes / most) * 100),
    }));
  });
}
