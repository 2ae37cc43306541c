import { HttpTestingController } from '@angular/common/http/testing';
import type { CourseEditor } from './organiser-api';
import { CourseFormPage } from './course-form-page';
import { failure, render, settle, setUpPage } from '../core/testing/component-testing';
import { REFERENCE } from '../courses/course-fixtures.testing';

const haiku = {
  id: 'c-1',
  titleJa: 'はじめての俳句',
  titleKana: 'ハジメテノハイク',
  titleEn: 'Haiku',
  summaryJa: '季語から始めます。',
  summaryEn: 'Starting from seasonal words.',
  descriptionJa: '全4回。',
  descriptionEn: 'Four sessions.',
  lifeStages: ['senior'],
  category: 'culture',
  pillar: 'learning',
  audience: 'general',
  feeYen: 0,
  childcareOffered: false,
  whatToBringJa: '',
  whatToBringEn: '',
  instructorNamesJa: '',
  instructorNamesEn: '',
  capacity: 12,
  maxCompanions: 0,
  bookingRule: 'first_come',
  lotteryPriorities: [],
  completionRule: 'all',
  completionCountsLate: false,
  applicationOpensAt: '2026-12-01T00:00:00Z',
  applicationClosesAt: '2026-12-20T08:00:00Z',
  targetAgeMin: null,
  targetAgeMax: null,
  status: 'draft',
  organisation: { id: 'o-1', nameJa: '生涯学習推進課', nameEn: 'Lifelong Learning Division' },
  bookedCount: 0,
  publishedAt: null,
  sessions: [],
  instructors: [],
} as unknown as CourseEditor;

describe('CourseFormPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => {
    http.match('/api/reference');
    http.verify();
  });

  const titleField = (element: HTMLElement) =>
    element.querySelector<HTMLInputElement>('input[formControlName="titleJa"]');

  it('shows a new course’s form at once', async () => {
    const { element } = await render(CourseFormPage);
    expect(element.querySelector('[role=progressbar]')).toBeNull();
    expect(titleField(element)).not.toBeNull();
  });

  it('shows the form of a course being edited only once the course has arrived, filled in', async () => {
    const { fixture, element } = await render(CourseFormPage, { id: 'c-1' });
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    expect(titleField(element)).toBeNull();
    http.expectOne('/api/organiser/courses/c-1/edit').flush(haiku);
    await settle(fixture);
    expect(element.querySelector('[role=progressbar]')).toBeNull();
    expect(titleField(element)?.value).toBe('はじめての俳句');
    expect(
      element.querySelector<HTMLInputElement>('input[formControlName="titleKana"]')?.value,
    ).toBe('ハジメテノハイク');
  });

  it('offers no empty form to save over a course that could not be read', async () => {
    const { fixture, element } = await render(CourseFormPage, { id: 'c-1' });
    http.expectOne('/api/organiser/courses/c-1/edit').flush(null, failure(500));
    await settle(fixture);
    expect(titleField(element)).toBeNull();
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);
    http.expectOne('/api/organiser/courses/c-1/edit').flush(haiku);
    await settle(fixture);
    expect(titleField(element)?.value).toBe('はじめての俳句');
  });

  it('says another organisation’s course is not theirs to edit', async () => {
    const { fixture, element } = await render(CourseFormPage, { id: 'c-9' });
    http.expectOne('/api/organiser/courses/c-9/edit').flush(null, failure(404));
    await settle(fixture);
    expect(element.textContent).toContain('ご自身の団体の講座だけを表示できます。');
    expect(titleField(element)).toBeNull();
  });

  it('sets the completion rule, says what it means, and sends it with the course', async () => {
    const { fixture, element } = await render(CourseFormPage);
    const hint = () => element.querySelector('#completion-rule-hint')?.textContent?.trim();
    expect(
      element.querySelector('mat-select[formControlName="completionRule"]')?.textContent,
    ).toContain('3分の2以上の回に出席（標準）');
    expect(hint()).toContain('例: 全1回なら1回以上、全3回なら2回以上、全6回なら4回以上');
    const late = element.querySelector<HTMLInputElement>(
      'mat-checkbox[formControlName="completionCountsLate"] input',
    )!;
    expect(late.checked).toBe(true);
    expect(late.closest('mat-checkbox')?.textContent).toContain('遅刻も出席として数える');

    const page = fixture.componentInstance as unknown as {
      form: { controls: { completionRule: { setValue(v: string): void } } };
    };
    page.form.controls.completionRule.setValue('none');
    await settle(fixture);
    expect(hint()).toBe('修了証は発行しません（出席は学びの記録に残ります）。');
    expect(
      element.querySelector('mat-checkbox[formControlName="completionCountsLate"]'),
    ).toBeNull();
  });

  it("shows the plan's priority projects (重点事業) an edited course is tagged with", async () => {
    const { fixture, element } = await render(CourseFormPage, { id: 'c-1' });
    http
      .expectOne('/api/organiser/courses/c-1/edit')
      .flush({ ...haiku, priorityProjects: ['partner_network'] });
    http.match('/api/reference').forEach((request) => request.flush(REFERENCE));
    await settle(fixture);
    const select = element.querySelector('mat-select[formControlName="priorityProjects"]');
    expect(select?.textContent).toContain('多様な主体とのネットワーク行政の推進');
    expect(select?.closest('mat-form-field')?.textContent).toContain('重点事業（複数選択可）');
  });

  it('shows an edited course’s own completion rule', async () => {
    const { fixture, element } = await render(CourseFormPage, { id: 'c-1' });
    http.expectOne('/api/organiser/courses/c-1/edit').flush(haiku);
    await settle(fixture);
    expect(
      element.querySelector('mat-select[formControlName="completionRule"]')?.textContent,
    ).toContain('すべての回に出席');
    expect(element.querySelector('#completion-rule-hint')?.textContent).toContain(
      '全3回なら3回以上',
    );
    const late = element.querySelector<HTMLInputElement>(
      'mat-checkbox[formControlName="completionCountsLate"] input',
    )!;
    expect(late.checked).toBe(false);
  });
});
