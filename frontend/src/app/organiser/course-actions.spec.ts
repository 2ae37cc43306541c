import { HttpTestingController } from '@angular/common/http/testing';
import { render, settle, setUpPage } from '../core/testing/component-testing';
import { CourseActions } from './course-actions';

describe('CourseActions', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  const draft = {
    courseId: 'c-1',
    status: 'draft',
    applicationOpensAt: '2027-01-05T00:00:00Z',
    applicationClosesAt: '2027-01-25T08:00:00Z',
    bookingRule: 'lottery',
  };
  const button = (element: HTMLElement, name: string, within: Element = element) =>
    [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

  it('asks before publishing, saying what publishing does and when applications are taken', async () => {
    const { fixture, element } = await render(CourseActions, draft);
    button(element, '公開する').click();
    await settle(fixture);
    // Nothing is sent yet: a confirmation first.
    http.expectNone(() => true);
    const dialog = element.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('publish-heading');
    expect(dialog.textContent).toContain('この講座を公開しますか？');
    expect(dialog.textContent).toContain('だれでも講座の一覧と講座のページで見られる');
    expect(dialog.textContent).toContain(
      '申し込みは 2027年1月5日(火) 09:00 から 2027年1月25日(月) 17:00 まで受け付けます（抽選：締め切りのあと自動で抽選します）。',
    );

    button(element, 'まだ公開しない', dialog).click();
    await settle(fixture);
    expect(element.querySelector('[role="alertdialog"]')).toBeNull();

    button(element, '公開する').click();
    await settle(fixture);
    button(element, '公開する', element.querySelector('[role="alertdialog"]')!).click();
    await settle(fixture);
    const request = http.expectOne('/api/organiser/courses/c-1/publish');
    expect(request.request.method).toBe('POST');
    request.flush({ course: { status: 'published' }, warnings: [] });
    await settle(fixture);
    expect(element.querySelector('[role="alertdialog"]')).toBeNull();
    expect(element.textContent).toContain('公開しました。');
  });

  it('keeps duplicating for the next term apart, under its own heading', async () => {
    const { element } = await render(CourseActions, draft);
    const section = element.querySelector('section[aria-labelledby="duplicate-heading"]')!;
    expect(section.querySelector('h3')?.textContent).toBe('次の期に複製');
    expect(section.textContent).toContain('この講座は変わりません。');
    expect(button(element, '複製して下書きを作る', section)).toBeDefined();
    // The publish button is not inside it, and the two do not share a row.
    expect(section.contains(button(element, '公開する'))).toBe(false);
  });
});
