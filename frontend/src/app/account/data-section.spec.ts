import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { setUpPage, type } from '../core/testing/component-testing';
import { DataSection } from './data-section';

describe('DataSection', () => {
  let backend: HttpTestingController;

  beforeEach(() => (backend = setUpPage()));
  afterEach(() => backend.verify());

  async function render() {
    const fixture = TestBed.createComponent(DataSection);
    let deleted = false;
    fixture.componentInstance.deleted.subscribe(() => (deleted = true));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    // An answer resolves a promise or two before the page shows it.
    const settle = async () => {
      for (let turn = 0; turn < 3; turn++) {
        await fixture.whenStable();
        fixture.detectChanges();
      }
    };
    return { element, settle, wasDeleted: () => deleted };
  }

  it('deletes the account only with her password and her word that it cannot be undone', async () => {
    const { element, settle, wasDeleted } = await render();
    element.querySelector<HTMLButtonElement>('#delete-start')!.click();
    await settle();
    const submit = element.querySelector<HTMLButtonElement>('#delete button[type="submit"]')!;
    expect(submit.disabled).toBe(true);

    type(
      element.querySelector<HTMLInputElement>('#delete input[type="password"]')!,
      'correct horse',
    );
    element.querySelector<HTMLInputElement>('#delete input[type="checkbox"]')!.click();
    await settle();
    expect(submit.disabled).toBe(false);
    submit.click();
    await settle();

    const request = backend.expectOne('/api/me');
    expect(request.request.method).toBe('DELETE');
    expect(request.request.body).toEqual({ currentPassword: 'correct horse' });
    request.flush(null);
    await settle();
    expect(wasDeleted()).toBe(true);
  });

  it('keeps the account and says why when the password is wrong', async () => {
    const { element, settle, wasDeleted } = await render();
    element.querySelector<HTMLButtonElement>('#delete-start')!.click();
    await settle();
    type(element.querySelector<HTMLInputElement>('#delete input[type="password"]')!, 'wrong');
    element.querySelector<HTMLInputElement>('#delete input[type="checkbox"]')!.click();
    await settle();
    element.querySelector<HTMLButtonElement>('#delete button[type="submit"]')!.click();
    await settle();
    backend.expectOne('/api/me').flush(
      {
        statusCode: 403,
        code: 'CURRENT_PASSWORD_WRONG',
        message: 'x',
        messages: { ja: '現在のパスワードが違います。', en: 'The current password is wrong.' },
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(wasDeleted()).toBe(false);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      '現在のパスワードが違います。',
    );
  });
});
