import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { MessageForm } from './message-form';
import { settle } from '../core/testing/component-testing';

describe('MessageForm', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(MessageForm);
    fixture.componentRef.setInput('courseId', 'c-1');
    fixture.componentRef.setInput('sessionId', 's-1');
    fixture.componentRef.setInput('bookings', 12);
    await settle(fixture, { turns: 2 });
    const element = fixture.nativeElement as HTMLElement;
    const fill = async (selector: string, value: string) => {
      const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await settle(fixture, { turns: 2 });
    };
    const submit = async () => {
      element.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await settle(fixture, { turns: 2 });
    };
    return { fixture, element, fill, submit };
  }

  it('asks to confirm with the number of bookings, then sends about this session', async () => {
    const { element, fill, submit, fixture } = await render();
    await fill('input[formControlName="subject"]', ' 持ち物のお知らせ ');
    await fill('textarea[formControlName="body"]', '上履きをお持ちください。');
    await submit();
    http.expectNone('/api/courses/c-1/messages');
    expect(element.textContent).toContain('12件の予約者へ送信します。よろしいですか？');
    await submit();
    const request = http.expectOne('/api/courses/c-1/messages');
    expect(request.request.body).toEqual({
      subject: '持ち物のお知らせ',
      body: '上履きをお持ちください。',
      sessionId: 's-1',
    });
    request.flush({ recipients: 12 });
    await settle(fixture, { turns: 2 });
    expect(element.querySelector('[role="status"]')?.textContent).toContain(
      '12名にお知らせを送りました',
    );
    expect(element.querySelector<HTMLInputElement>('input[formControlName="subject"]')!.value).toBe(
      '',
    );
  });

  it('sends about the whole course without a session, and never sends an empty message', async () => {
    const { element, fill, submit, fixture } = await render();
    await submit();
    expect(element.textContent).not.toContain('よろしいですか');
    http.expectNone('/api/courses/c-1/messages');

    element.querySelector<HTMLInputElement>('input[value="course"]')!.click();
    await settle(fixture, { turns: 2 });
    await fill('input[formControlName="subject"]', '休講のお知らせ');
    await fill('textarea[formControlName="body"]', '次回は休講です。');
    await submit();
    await submit();
    const request = http.expectOne('/api/courses/c-1/messages');
    expect(request.request.body).toEqual({ subject: '休講のお知らせ', body: '次回は休講です。' });
    request.flush({ recipients: 0 });
    await settle(fixture, { turns: 2 });
    expect(element.textContent).toContain('予約が確定している方がいないため');
  });
});
