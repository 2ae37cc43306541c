import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '../../api/api-types';
import { I18nService } from '../i18n/i18n.service';
import { person } from '../session/session-fixtures.testing';
import { SessionService } from '../session/session.service';
import { UserMenu } from './user-menu';

describe('UserMenu', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
  });

  async function render(roles: Role[] | null) {
    const session = TestBed.inject(SessionService);
    if (roles) session.signedIn(person({ roles, preferredLanguage: 'ja' }));
    else session.signedOut();
    const fixture = TestBed.createComponent(UserMenu);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function links(element: HTMLElement): string[] {
    return [...element.querySelectorAll('a, button')].map((node) => node.textContent?.trim() ?? '');
  }

  it('offers log-in and sign-up to a visitor', async () => {
    const element = await render(null);
    expect(links(element)).toEqual(['ログイン', '利用者登録']);
  });

  it('shows each person the workspaces their roles open, with account and log-out', async () => {
    const element = await render(['citizen', 'facility_staff']);
    const button = element.querySelector<HTMLButtonElement>('button')!;
    expect(button.getAttribute('aria-label')).toBe('佐藤 花子さんのメニュー');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await TestBed.inject(SessionService).whenLoaded();
    TestBed.tick();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(links(element).slice(1)).toEqual([
      '施設スタッフ',
      '学びの記録',
      '講師登録',
      '講師への依頼',
      'アカウント',
      'ログアウト',
    ]);
  });

  it('gives an administrator and organiser both workspaces, then the learning record and the instructor bank', async () => {
    const admin = await render(['citizen', 'organiser', 'city_admin']);
    admin.querySelector<HTMLButtonElement>('button')!.click();
    TestBed.tick();
    expect(links(admin).slice(1)).toEqual([
      '主催者',
      '管理',
      '評価シート（全体）',
      '学びの記録',
      '講師登録',
      '講師への依頼',
      'アカウント',
      'ログアウト',
    ]);
  });

  it('lists the evaluation sheets once for someone who both administers and evaluates', async () => {
    const element = await render(['city_admin', 'plan_evaluator']);
    element.querySelector<HTMLButtonElement>('button')!.click();
    TestBed.tick();
    expect(element.querySelectorAll('a[href="/evaluation-sheets"]')).toHaveLength(1);
  });

  it('takes a reviewer of the instructor bank to the review queue', async () => {
    const reviewer = await render(['instructor_reviewer']);
    reviewer.querySelector<HTMLButtonElement>('button')!.click();
    TestBed.tick();
    expect(links(reviewer).slice(1)).toEqual(['講師登録の審査', 'アカウント', 'ログアウト']);
    const review = reviewer.querySelector<HTMLAnchorElement>('a[href="/review/instructors"]');
    expect(review).not.toBeNull();
  });

  it('logs out through the API and forgets the person', async () => {
    const element = await render(['citizen']);
    element.querySelector<HTMLButtonElement>('button')!.click();
    TestBed.tick();
    const logOut = [...element.querySelectorAll('button')].find(
      (node) => node.textContent?.trim() === 'ログアウト',
    )!;
    expect(links(element).slice(1)).toEqual([
      '学びの記録',
      '講師登録',
      '講師への依頼',
      'アカウント',
      'ログアウト',
    ]);
    logOut.click();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/log-out').flush(null);
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(SessionService).isSignedIn()).toBe(false);
  });
});
