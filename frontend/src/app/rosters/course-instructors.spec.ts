import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CourseInstructors } from './course-instructors';
import { settle, setUpPage } from './roster-fixtures.testing';

describe('CourseInstructors', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  it('says "none" only once the list has arrived empty, never while loading or after a failure', async () => {
    const fixture = TestBed.createComponent(CourseInstructors);
    fixture.componentRef.setInput('courseId', 'c-1');
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).not.toContain('登録された講師はいません。');

    http.expectOne('/api/organiser/courses/c-1/instructors').flush(null, {
      status: 500,
      statusText: 'Error',
    });
    await settle(fixture);
    expect(element.textContent).not.toContain('登録された講師はいません。');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);

    http.expectOne('/api/organiser/courses/c-1/instructors').flush([]);
    await settle(fixture);
    expect(element.textContent).toContain('登録された講師はいません。');
    // The form to add one stays usable throughout.
    expect(element.querySelector('input[type="email"]')).not.toBeNull();
  });
});
