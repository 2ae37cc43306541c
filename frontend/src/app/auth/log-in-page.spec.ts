import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Me } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { person } from '../core/session/session-fixtures.testing';
import { SessionService } from '../core/session/session.service';
import { LogInPage } from './log-in-page';

function typeInto(element: HTMLElement, selector: string, value: string): void {
  const input = element.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
}

describe('LogInPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    http = TestBed.inject(HttpTestingController);
  });

  async function render(returnTo?: string) {
    const fixture = TestBed.createComponent(LogInPage);
    if (returnTo) fixture.componentRef.setInput('returnTo', returnTo);
    await fixture.whenStable();
    return fixture;
  }

  it('signs in, applies the preferred language and returns to the page asked for', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = await render('/organiser/courses/42');
    const element = fixture.nativeElement as HTMLElement;
    typeInto(element, 'input[type="email"]', ' organiser@example.jp ');
    typeInto(element, 'input[autocomplete="current-password"]', 'tsumugu-demo-2026');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));

    const request = http.expectOne('/api/auth/log-in');
    expect(request.request.body).toEqual({
      email: 'organiser@example.jp',
      password: 'tsumugu-demo-2026',
    });
    request.flush(person({ roles: ['citizen', 'organiser'], preferredLanguage: 'en' }));
    await settle();

    expect(TestBed.inject(SessionService).roles()).toEqual(['citizen', 'organiser']);
    expect(TestBed.inject(I18nService).language()).toBe('en');
    expect(navigate).toHaveBeenCalledWith('/organiser/courses/42');
  });

  it('never follows a return address outside the app', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = await render('https://evil.example/');
    const element = fixture.nativeElement as HTMLElement;
    typeInto(element, 'input[type="email"]', 'hanako@example.jp');
    typeInto(element, 'input[autocomplete="current-password"]', 'tsumugu-demo-2026');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/auth/log-in').flush(person());
    await settle();
    expect(navigate).toHaveBeenCalledWith('/');
  });

  async function logInAs(roles: Me['roles'], returnTo?: string): Promise<jest.SpyInstance> {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = await render(returnTo);
    const element = fixture.nativeElement as HTMLElement;
    typeInto(element, 'input[type="email"]', 'hanako@example.jp');
    typeInto(element, 'input[autocomplete="current-password"]', 'tsumugu-demo-2026');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/auth/log-in').flush(person({ roles }));
    await settle();
    return navigate;
  }

  it.each([
    [['citizen'], '/'],
    [['citizen', 'organiser'], '/organiser'],
    [['citizen', 'facility_staff'], '/staff/today'],
    [['citizen', 'instructor'], '/rosters'],
    [['citizen', 'instructor_reviewer'], '/review/instructors'],
    [['citizen', 'organiser', 'city_admin'], '/admin'],
  ] as const)('without a return address takes %j to their start page %s', async (roles, path) => {
    const navigate = await logInAs([...roles]);
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(path);
  });

  it('takes staff to their start page, not outside the app, from a crafted link', async () => {
    const navigate = await logInAs(['citizen', 'facility_staff'], '//evil.example/');
    expect(navigate).toHaveBeenCalledWith('/staff/today');
  });

  it('shows the API refusal, clears the password, and offers a new mail when unverified', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    typeInto(element, 'input[type="email"]', 'new@example.jp');
    typeInto(element, 'input[autocomplete="current-password"]', 'a-long-password');
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/auth/log-in').flush(
      {
        statusCode: 403,
        code: 'EMAIL_NOT_VERIFIED',
        message: 'x',
        messages: { ja: 'メールアドレスの確認が済んでいません。', en: 'Not confirmed.' },
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'メールアドレスの確認が済んでいません。',
    );
    expect(
      element.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!.value,
    ).toBe('');
    const resend = [...element.querySelectorAll('button')].find((button) =>
      button.textContent?.includes('確認メールを送り直す'),
    )!;
    resend.click();
    const mail = http.expectOne('/api/auth/resend-verification');
    expect(mail.request.body).toEqual({ email: 'new@example.jp' });
    mail.flush({ status: 'verification_sent' }, { status: 202, statusText: 'Accepted' });
    await settle();
    await fixture.whenStable();
    expect(element.textContent).toContain('確認メールを送りました。');
  });
});
