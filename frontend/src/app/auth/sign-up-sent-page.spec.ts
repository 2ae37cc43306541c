import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { REFERENCE } from '../courses/course-fixtures.testing';
import { render, settle, setUpPage } from '../core/testing/component-testing';
import { SignUpPage } from './sign-up-page';
import { SignUpSentPage } from './sign-up-sent-page';

/** The pages state the link lifetime the mail states: the backend's one constant. */
describe('sign-up: the link lifetime', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));

  /** Answers the reference request once the page has made it (a busy machine takes turns). */
  async function reference(fixture: ComponentFixture<unknown>, verifyEmail: number) {
    const body = {
      ...REFERENCE,
      accountLinkHours: { ...REFERENCE.accountLinkHours, verifyEmail },
    };
    for (let turn = 0; turn < 20; turn++) {
      const requests = http.match('/api/reference');
      if (requests.length > 0) {
        requests.forEach((request) => request.flush(body));
        await settle(fixture);
        return;
      }
      await settle(fixture, { pause: 10 });
    }
    throw new Error('the page never asked for /api/reference');
  }

  it('says on the "check your mail" page how long the link works, as the API says', async () => {
    const { fixture, element } = await render(SignUpSentPage);
    await reference(fixture, 72);
    expect(element.textContent).toContain('リンクの有効期限は72時間です。');
    expect(element.textContent).not.toContain('24時間');
  });

  it('says it on the sign-up page too, and links the terms and the privacy notice', async () => {
    const { fixture, element } = await render(SignUpPage);
    await reference(fixture, 48);
    expect(element.textContent).toContain('メールのリンクの有効期限は48時間です。');
    const terms = element.querySelector<HTMLAnchorElement>('a[href="/terms"]')!;
    expect(terms.textContent).toBe('利用規約');
    expect(terms.target).toBe('_blank');
    expect(element.querySelector('a[href="/privacy"]')?.textContent).toBe('個人情報の取扱い');
  });
});
