import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { person } from '../core/session/session-fixtures.testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { settle, setUpPage, type } from '../core/testing/component-testing';
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
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      'プロフィールを保存しました。',
    );
  });

  it('keeps confirming after the page hands the saved person back, with a snack bar too', async () => {
    const fixture = TestBed.createComponent(ProfileSection);
    fixture.componentRef.setInput('user', person());
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const status = element.querySelector('[role="status"]')!;
    // The live region is there before anything is saved, so that its words are announced.
    expect(status.textContent?.trim()).toBe('');
    const snackBar = jest.spyOn(TestBed.inject(MatSnackBar), 'open');

    type(field(element, 'phone'), '029-883-1111');
    element.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(fixture);
    const saved = person({ phone: '029-883-1111' });
    backend.expectOne('/api/me').flush(saved);
    await settle(fixture);
    // The account page passes the person from the session: the form refills from it.
    fixture.componentRef.setInput('user', saved);
    await settle(fixture);

    expect(status.textContent).toContain('プロフィールを保存しました。');
    expect(snackBar).toHaveBeenCalledWith('プロフィールを保存しました。', undefined, {
      duration: 5000,
      politeness: 'off',
    });

    // An edit after saving takes the confirmation away.
    type(field(element, 'phone'), '029-883-2222');
    await settle(fixture);
    expect(status.textContent?.trim()).toBe('');
  });
});
