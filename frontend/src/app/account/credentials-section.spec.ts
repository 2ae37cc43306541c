import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { person } from '../core/session/session-fixtures.testing';
import { CredentialsSection } from './credentials-section';

describe('CredentialsSection', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(language: 'ja' | 'en', emailVerified: boolean) {
    TestBed.inject(I18nService).setLanguage(language);
    const fixture = TestBed.createComponent(CredentialsSection);
    fixture.componentRef.setInput('user', person({ emailVerified, roles: [] }));
    await fixture.whenStable();
    return fixture.nativeElement.querySelector('#email') as HTMLElement;
  }

  it('asks an unverified person to confirm the present address before changing it', async () => {
    const section = await render('ja', false);
    expect(section.querySelector('form')).toBeNull();
    expect(section.querySelector('[role="note"]')!.textContent).toContain(
      '今のメールアドレス（hanako@example.jp）の確認が済んでから',
    );
  });

  it('says the same in English', async () => {
    const section = await render('en', false);
    expect(section.querySelector('[role="note"]')!.textContent).toContain(
      'once your current address (hanako@example.jp) is confirmed',
    );
  });

  it('offers the email change once the address is verified', async () => {
    const section = await render('ja', true);
    expect(section.querySelector('form')).not.toBeNull();
    expect(section.querySelector('[role="note"]')).toBeNull();
  });
});
