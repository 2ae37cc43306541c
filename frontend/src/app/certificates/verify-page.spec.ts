import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { failure, type } from '../core/testing/component-testing';
import { type Verification, normaliseCertificateNumber } from './verify-api';
import { VerifyPage } from './verify-page';

const certificate = {
  number: 'TSU-2026-7KQM-3XPA',
  name: '筑波 花子',
  courseTitleJa: 'シニアのためのスマホ教室',
  courseTitleEn: 'Smartphones for seniors',
  organisationNameJa: '生涯学習推進課',
  organisationNameEn: 'Lifelong Learning Division',
  startsOn: '2026-11-11',
  endsOn: '2026-11-25',
  hours: 6,
  issuedAt: '2026-11-25T06:00:00Z',
  revokedAt: null,
  revokedReason: null,
};

describe('normaliseCertificateNumber', () => {
  it('reads the number however it was typed', () => {
    for (const typed of [
      'TSU-2026-7KQM-3XPA',
      'tsu20267kqm3xpa',
      'ＴＳＵ－２０２６－７ＫＱＭ－３ＸＰＡ',
      ' TSU 2026 7KQM 3XPA ',
    ]) {
      expect(normaliseCertificateNumber(typed)).toBe('TSU-2026-7KQM-3XPA');
    }
    expect(normaliseCertificateNumber('TSU-2026-7KQM-3XP0')).toBeNull(); // 0 is never used
    expect(normaliseCertificateNumber('K7M2Q9XD')).toBeNull(); // a booking code
  });
});

describe('VerifyPage (/verify)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'verify', component: VerifyPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  async function settle() {
    for (let turn = 0; turn < 3; turn++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.fixture.detectChanges();
    }
  }
  const submit = () => element().querySelector('form')!.dispatchEvent(new Event('submit'));
  const answer = (verification: Verification) =>
    backend.expectOne((request) => request.url === '/api/certificates/verify').flush(verification);

  it('checks the number from the QR code’s link at once and says it is valid, with what it states', async () => {
    await harness.navigateByUrl('/verify?n=TSU-2026-7KQM-3XPA');
    const request = backend.expectOne((r) => r.url === '/api/certificates/verify');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('n')).toBe('TSU-2026-7KQM-3XPA');
    harness.fixture.detectChanges();
    expect(element().querySelector('[role=progressbar]')).not.toBeNull();
    request.flush({ result: 'valid', certificate });
    await settle();

    const result = element().querySelector('.result--valid')!;
    expect(result.querySelector('h2')?.textContent).toContain('有効な修了証です');
    const facts = [...result.querySelectorAll('dd')].map((dd) => dd.textContent!.trim());
    expect(facts).toEqual([
      '筑波 花子',
      'シニアのためのスマホ教室',
      '生涯学習推進課',
      '2026年11月11日(水)〜2026年11月25日(水)',
      '6時間',
      '2026年11月25日(水)',
      'TSU-2026-7KQM-3XPA',
    ]);
    // On a phone at the largest text size the period breaks after its 〜, never inside a date.
    const period = [...result.querySelectorAll('dd tsu-date-range .date-range__piece')];
    expect(period.map((piece) => piece.textContent)).toEqual([
      '2026年11月11日(水)〜',
      '2026年11月25日(水)',
    ]);
    expect(document.activeElement).toBe(result.querySelector('h2'));
    expect(element().querySelector<HTMLInputElement>('input[matInput]')!.value).toBe(
      'TSU-2026-7KQM-3XPA',
    );
  });

  it('says when and why a certificate was revoked, and leaves out hours the holder hides', async () => {
    await harness.navigateByUrl('/verify');
    type(element().querySelector<HTMLInputElement>('input[matInput]')!, 'tsu-2026-7kqm-3xpa');
    submit();
    answer({
      result: 'revoked',
      certificate: {
        ...certificate,
        hours: null,
        revokedAt: '2026-12-01T01:00:00Z',
        revokedReason: 'attendance_corrected',
      },
    });
    await settle();
    const result = element().querySelector('.result--revoked')!;
    expect(result.querySelector('h2')?.textContent).toContain('この修了証は取り消されています');
    expect(result.textContent).toContain(
      '2026年12月1日(火)に取り消されました。理由: 出席記録が訂正され、修了の条件を満たさなくなったため',
    );
    expect(result.textContent).not.toContain('学習時間');
  });

  it('refuses a number that cannot be one without asking, and says an unknown one is not found', async () => {
    await harness.navigateByUrl('/verify');
    const field = element().querySelector<HTMLInputElement>('input[matInput]')!;
    type(field, 'K7M2-Q9XD');
    submit();
    await settle();
    expect(element().querySelector('.verify__field-error')?.textContent).toContain(
      'TSU-2026-7KQM-3XPA の形',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');

    type(field, 'TSU-2026-2222-3333');
    submit();
    answer({ result: 'not_found' });
    await settle();
    expect(element().querySelector('.result h2')?.textContent).toContain(
      'この番号の修了証は見つかりません',
    );
    expect(element().querySelector('.result dl')).toBeNull();
  });

  it('sends a chosen credential file as it is, and says a changed one is not genuine', async () => {
    await harness.navigateByUrl('/verify');
    const credential = { type: ['VerifiableCredential', 'OpenBadgeCredential'], proof: {} };
    const input = element().querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.closest('label')?.textContent).toContain('ファイルを選ぶ');
    const file = new File([JSON.stringify(credential)], 'TSU-2026-7KQM-3XPA.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle();
    const request = backend.expectOne((r) => r.url === '/api/certificates/verify');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(credential);
    request.flush({ result: 'invalid', reason: 'signature' });
    await settle();
    expect(element().textContent).toContain('選んだファイル: TSU-2026-7KQM-3XPA.json');
    expect(element().querySelector('.result h2')?.textContent).toContain(
      '本物の修了証と確かめられません',
    );
    expect(element().querySelector('.result')?.textContent).toContain(
      '電子署名が内容と一致しません',
    );
  });

  it('takes a dropped file, and refuses one that is not JSON without sending it', async () => {
    await harness.navigateByUrl('/verify');
    const zone = element().querySelector<HTMLElement>('.drop-zone')!;
    const drop = new Event('drop', { cancelable: true }) as Event & { dataTransfer: unknown };
    drop.dataTransfer = { files: [new File(['%PDF-1.7'], 'certificate.pdf')] };
    zone.dispatchEvent(drop);
    await settle();
    expect(drop.defaultPrevented).toBe(true);
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'JSON形式ではありません',
    );
  });

  it('says so when the check fails or is rate-limited', async () => {
    await harness.navigateByUrl('/verify?n=TSU-2026-7KQM-3XPA');
    backend
      .expectOne((r) => r.url === '/api/certificates/verify')
      .flush({ code: 'RATE_LIMITED' }, failure(429));
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      '確認の回数が多すぎます',
    );
    submit();
    backend.expectOne((r) => r.url === '/api/certificates/verify').flush(null, failure(503));
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      '確認できませんでした',
    );
  });

  it('speaks English', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    await harness.navigateByUrl('/verify?n=TSU-2026-7KQM-3XPA');
    answer({ result: 'valid', certificate });
    await settle();
    expect(element().querySelector('h1')?.textContent).toBe('Verify a certificate');
    expect(element().querySelector('.result h2')?.textContent).toContain(
      'This certificate is valid',
    );
    expect(element().textContent).toContain('Smartphones for seniors');
    expect(element().textContent).toContain('6 h');
  });
});
