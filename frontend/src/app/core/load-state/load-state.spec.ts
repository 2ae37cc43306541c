import { Component, signal, type ResourceStatus } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { DataTable } from '../layout/data-table';
import { LoadState, LoadedContent, type LoadableResource } from './load-state';

/** A resource whose state the test sets by hand. */
class FakeResource implements LoadableResource {
  readonly state = signal<ResourceStatus>('loading');
  readonly failure = signal<unknown>(undefined);
  readonly value = signal<string[] | undefined>(undefined);
  reloads = 0;
  status = () => this.state();
  error = () => this.failure();
  hasValue = () => this.value() !== undefined;
  reload = () => {
    this.reloads++;
    this.state.set('reloading');
    this.failure.set(undefined);
    return true;
  };
}

@Component({
  imports: [LoadState, LoadedContent, DataTable],
  template: `
    <tsu-load-state
      [resource]="resource"
      [empty]="(resource.value() ?? []).length === 0"
      emptyMessage="No courses yet."
      notFoundMessage="Not found."
    >
      <a tsuEmptyAction href="/courses">Find a course</a>
      <ng-template tsuLoaded>
        <tsu-data-table label="Courses">
          <tbody>
            @for (row of resource.value(); track row) {
              <tr>
                <td>{{ row }}</td>
              </tr>
            }
          </tbody>
        </tsu-data-table>
      </ng-template>
    </tsu-load-state>
  `,
})
class Host {
  readonly resource = new FakeResource();
}

/** A page whose heading already names what was not found: only the way back below it. */
@Component({
  imports: [LoadState, LoadedContent],
  template: `
    <tsu-load-state [resource]="resource" notFoundMessage="">
      <a tsuNotFoundAction href="/facilities">Back to the list</a>
      <ng-template tsuLoaded><p>content</p></ng-template>
    </tsu-load-state>
  `,
})
class HeadingHost {
  readonly resource = new FakeResource();
}

describe('LoadState', () => {
  async function render(language: 'ja' | 'en' = 'en') {
    TestBed.inject(I18nService).setLanguage(language);
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const resource = fixture.componentInstance.resource;
    const settle = () => fixture.whenStable();
    return { element, resource, settle };
  }

  it('shows a named progress bar in a live status region while the first answer is on its way', async () => {
    const { element } = await render();
    const status = element.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.querySelector('[role=progressbar]')?.getAttribute('aria-label')).toBe('Loading…');
    expect(element.querySelector('table')).toBeNull();
  });

  it('says in an alert that loading failed and loads again on retry', async () => {
    const { element, resource, settle } = await render('ja');
    resource.state.set('error');
    resource.failure.set(new HttpErrorResponse({ status: 500 }));
    await settle();
    const alert = element.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('aria-live')).toBe('assertive');
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).toContain('もう一度');
    retry.click();
    await settle();
    expect(resource.reloads).toBe(1);
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
  });

  it('says what is missing, without a retry, when the answer is 404', async () => {
    const { element, resource, settle } = await render();
    resource.state.set('error');
    resource.failure.set(new HttpErrorResponse({ status: 404 }));
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Not found.');
    expect(element.querySelector('button')).toBeNull();
  });

  it('gives the empty message and its way on when nothing came back', async () => {
    const { element, resource, settle } = await render();
    resource.value.set([]);
    resource.state.set('resolved');
    await settle();
    const status = element.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('No courses yet.');
    expect(status.querySelector('a[href="/courses"]')).not.toBeNull();
  });

  it('shows the content in a focusable, named scrolling region once the data is there', async () => {
    const { element, resource, settle } = await render();
    resource.value.set(['書道入門']);
    resource.state.set('resolved');
    await settle();
    const region = element.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Courses');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.querySelector('table td')?.textContent).toContain('書道入門');
    expect(element.textContent).not.toContain('Find a course');
  });

  it('shows only the way back when the not-found message is empty', async () => {
    const fixture = TestBed.createComponent(HeadingHost);
    const resource = fixture.componentInstance.resource;
    resource.state.set('error');
    resource.failure.set(new HttpErrorResponse({ status: 404 }));
    await fixture.whenStable();
    const status = (fixture.nativeElement as HTMLElement).querySelector('[role="status"]')!;
    expect(status.querySelector('p')).toBeNull();
    expect(status.querySelector('a[href="/facilities"]')).not.toBeNull();
    expect(status.querySelector('button')).toBeNull();
  });
});
