import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { FamilyMember } from '../api/api-types';
import { setUpPage, type } from '../core/testing/component-testing';
import { FamilySection } from './family-section';

const daughter: FamilyMember = {
  id: 'f1',
  name: '佐藤 さくら',
  nameKana: 'さとう さくら',
  birthYear: 2018,
  relationship: 'child',
};

describe('FamilySection', () => {
  let backend: HttpTestingController;

  beforeEach(() => (backend = setUpPage()));
  afterEach(() => backend.verify());

  async function render() {
    const fixture = TestBed.createComponent(FamilySection);
    // The list's request stays open until the test answers it, so render without waiting.
    TestBed.tick();
    const element = fixture.nativeElement as HTMLElement;
    // An answer resolves a promise or two before the page shows it.
    const settle = async () => {
      for (let turn = 0; turn < 3; turn++) {
        await fixture.whenStable();
        fixture.detectChanges();
      }
    };
    return { element, settle };
  }

  it('lists the children Hanako brings to parent-and-child courses, with their birth years', async () => {
    const { element, settle } = await render();
    backend.expectOne('/api/me/family-members').flush([daughter]);
    await settle();
    expect(element.textContent).toContain('佐藤 さくら');
    expect(element.textContent).toContain('2018年生まれ');
  });

  it('adds her son, sending what she typed, and says so', async () => {
    const { element, settle } = await render();
    backend.expectOne('/api/me/family-members').flush([daughter]);
    await settle();

    element.querySelector<HTMLButtonElement>('#family-add')!.click();
    await settle();
    type(element.querySelector<HTMLInputElement>('#family-name')!, ' 佐藤 たろう ');
    type(element.querySelector<HTMLInputElement>('input[formControlName="birthYear"]')!, '2020');
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();

    const request = backend.expectOne('/api/me/family-members');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: '佐藤 たろう',
      nameKana: '',
      birthYear: 2020,
      relationship: 'child',
    });
    request.flush({ ...daughter, id: 'f2', name: '佐藤 たろう', nameKana: '', birthYear: 2020 });
    await settle();
    expect(element.textContent).toContain('佐藤 たろうさんを追加しました。');
    expect(element.querySelectorAll('.member').length).toBe(2);
  });

  it('says the list could not be loaded and loads it again on request', async () => {
    const { element, settle } = await render();
    backend
      .expectOne('/api/me/family-members')
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    await settle();
    const alert = element.querySelector('[role="alert"]')!;
    expect(alert).not.toBeNull();
    alert.querySelector('button')!.click();
    TestBed.tick();
    backend.expectOne('/api/me/family-members').flush([daughter]);
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.textContent).toContain('佐藤 さくら');
  });
});
