import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { settle, setUpPage } from '../testing/component-testing';
import { DataTable } from './data-table';

@Component({
  imports: [DataTable],
  template: `
    <tsu-data-table label="講座の一覧" [narrow]="narrow()">
      <thead>
        <tr>
          <th scope="col">講座名</th>
          <th scope="col">{{ bookedHeader() }}</th>
          <th scope="col"><span class="visually-hidden">操作</span></th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row) {
          <tr>
            <th scope="row">{{ row }}</th>
            <td>3人</td>
            <td></td>
          </tr>
        }
      </tbody>
    </tsu-data-table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TableHost {
  readonly rows = signal(['書道入門']);
  readonly bookedHeader = signal('申込');
  readonly narrow = signal(false);
}

describe('DataTable', () => {
  beforeEach(() => setUpPage());

  async function render() {
    const fixture = TestBed.createComponent(TableHost);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, host: fixture.componentInstance };
  }

  const labels = (element: HTMLElement) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.getAttribute('data-label')),
    );

  it('names each cell by its column, for the cards of a narrow screen, and keeps the table roles', async () => {
    const { element } = await render();
    expect(labels(element)).toEqual([['申込', '操作']]);
    expect(element.querySelector('tbody th')!.getAttribute('role')).toBe('rowheader');
    expect(element.querySelector('tbody td')!.getAttribute('role')).toBe('cell');
    expect(element.querySelector('thead th')!.getAttribute('role')).toBe('columnheader');
    expect(element.querySelector('tbody tr')!.getAttribute('role')).toBe('row');
    expect(element.querySelector('table')!.getAttribute('role')).toBe('table');
    expect(element.querySelector('tsu-data-table')!.classList).toContain(
      'data-table-host--stacking',
    );
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('講座の一覧');
    expect(region.getAttribute('tabindex')).toBe('0');
  });

  it('names the cells of rows that arrive later, and follows a header that changes', async () => {
    const { fixture, element, host } = await render();
    host.rows.set(['書道入門', 'ヨガ教室']);
    host.bookedHeader.set('Booked');
    await settle(fixture);
    // The observer runs as a microtask after the DOM changes.
    await new Promise((resolve) => setTimeout(resolve));
    expect(labels(element)).toEqual([
      ['Booked', '操作'],
      ['Booked', '操作'],
    ]);
    expect(element.querySelectorAll('tbody th[role="rowheader"]')).toHaveLength(2);
  });

  it('never stacks a narrow table', async () => {
    const { fixture, element, host } = await render();
    host.narrow.set(true);
    await settle(fixture);
    const dataTable = element.querySelector('tsu-data-table')!;
    expect(dataTable.classList).not.toContain('data-table-host--stacking');
    expect(element.querySelector('table')!.classList).toContain('data-table--narrow');
  });
});
