import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { person } from '../core/session/session-fixtures.testing';
import { SessionService } from '../core/session/session.service';
import { VerifyEmailPage } from './verify-email-page';

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
}

describe('VerifyEmailPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    http = TestBed.inject(HttpTestingController);
  });

  async function open(answer: object) {
    const signedIn = jest.spyOn(TestBed.inject(SessionService), 'signedIn');
    const fixture = TestBed.createComponent(VerifyEmailPage);
    fixture.componentRef.setInput('token', 'the-token');
    await fixture.whenStable();
    http.expectOne('/api/auth/verify-email').flush(answer);
    await settle();
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, signedIn };
  }

  it('signs the person in when the browser had no other session', async () => {
    const user = person({ email: 'misaki@example.jp' });
    const { element, signedIn } = await open({
      verifiedEmail: 'misaki@example.jp',
      session: 'signed_in',
      user,
    });
    expect(signedIn).toHaveBeenCalledWith(user);
    expect(element.textContent).toContain('登録が完了し、ログインしました');
  });

  it("keeps the live session when another account's link is opened, and says so", async () => {
    const { element, signedIn } = await open({
      verifiedEmail: 'stranger@example.jp',
      session: 'kept_other_session',
      user: person(),
    });
    expect(signedIn).not.toHaveBeenCalled();
    const status = element.querySelector('[role="status"]')!.textContent!;
    expect(status).toContain('stranger@example.jp の確認が済みました');
    expect(status).toContain('hanako@example.jp でログインしたままです');
    expect(element.textContent).not.toContain('ログインしました。');
  });
});
