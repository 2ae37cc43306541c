import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { person } from '../core/session/session-fixtures.testing';
import { setUpPage, type } from '../core/testing/component-testing';
import { ProfileSection } from './profile-section';

describe('ProfileSection', () => {
  let backend: HttpTestingController;

  beforeEach(() => (backend = setUpPage()));
  afterEach(() => backend.verify());

  async function render() {
    const fixture = TestBed.createComponent(ProfileSection);
    fixture.componentRef.setInput('user', person());
    await fixture.whenStable();
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

  const field = (element: HTMLElement, name: string) =>
    element.querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;

  it('starts from what the city knows of Hanako', async () => {
    const { element } = await render();
    expect(field(element, 'familyName').value).toBe('佐藤');
    expect(field(element, 'givenName').value).toBe('花子');
    expect(field(element, 'birthYear').value).toBe('1988');
  });

  it('saves a new phone number, trimmed, and confirms it', async () => {
    const { element, settle } = await render();
    type(field(element, 'phone'), ' 029-883-1111 ');
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();

    const request = backend.expectOne('/api/me');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual(
      expect.objectContaining({
        familyName: '佐藤',
        givenName: '花子',
        birthYear: 1988,
        phone: '029-883-1111',
        tsukubaRelations: ['live'],
        preferredLanguage: 'ja',
      }),
    );
    request.flush(person({ phone: '029-883-1111' }));
    await settle();
    expect(element.textContent).toContain('プロフィールを保存しました。');
  });
});
