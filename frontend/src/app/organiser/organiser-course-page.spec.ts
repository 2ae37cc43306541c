import { HttpTestingController } from '@angular/common/http/testing';
import { OrganiserCoursePage } from './organiser-course-page';
import { failure, render, settle, setUpPage } from '../core/testing/component-testing';

describe('OrganiserCoursePage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  it('refuses another organisation’s course under its own heading, with the way back', async () => {
    const { fixture, element } = await render(OrganiserCoursePage, { id: 'c-9' });
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    http.expectOne('/api/organiser/courses/c-9').flush(null, failure(404));
    await settle(fixture);
    expect(element.querySelector('h1')?.textContent).toContain(
      'この講座を表示する権限がないか、講座が存在しません',
    );
    expect(element.textContent).toContain('ご自身の団体の講座だけを表示できます。');
    expect(element.querySelectorAll('a[href="/organiser"]')).toHaveLength(2);
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });
});
