import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TeachingCourse, TeachingSession } from '../api/api-types';
import { person } from '../core/session/session-fixtures.testing';
import { SessionService } from '../core/session/session.service';
import { settle, setUpPage } from './roster-fixtures.testing';
import { TeachingPage } from './teaching-page';

const session = {
  sessionId: 's-1',
  courseId: 'c-1',
  courseTitleJa: 'はじめての俳句',
  courseTitleEn: 'Haiku',
  startsAt: '2026-12-24T04:30:00Z',
  endsAt: '2026-12-24T06:30:00Z',
  facilityNameJa: '吾妻交流センター',
  facilityNameEn: 'Azuma',
  roomNameJa: '和室',
  roomNameEn: 'Washitsu',
  status: 'scheduled',
} as TeachingSession;

const course: TeachingCourse = {
  courseId: 'c-1',
  titleJa: 'はじめての俳句',
  titleEn: 'Haiku',
  organiserJa: 'つくば市 生涯学習推進課',
  organiserEn: 'Tsukuba City Lifelong Learning Division',
  public: true,
  sessionCount: 2,
  firstStartsAt: '2026-12-24T04:30:00Z',
  lastEndsAt: '2027-01-14T06:30:00Z',
  linkedAt: '2026-12-07T01:00:00Z',
  isNew: true,
};

describe('TeachingPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = setUpPage();
    TestBed.inject(SessionService).updated(person({ roles: ['citizen', 'instructor'] }));
  });
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(TeachingPage);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('says there is nothing to teach yet once the empty list arrives', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('[role=progressbar]')).not.toBeNull();
    http.expectOne('/api/instructor/courses').flush([]);
    http.expectOne('/api/instructor/sessions').flush([]);
    await settle(fixture);
    expect(element.querySelector('[role=progressbar]')).toBeNull();
    expect(element.textContent).toContain('担当する講座はありません');
    expect(element.textContent).toContain('担当する回はありません');
    expect(element.querySelector('.teaching')).toBeNull();
    expect(element.querySelector('.teaching-news')).toBeNull();
  });

  it('retries after a failure and lists the sessions with their links', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/instructor/courses').flush([]);
    http.expectOne('/api/instructor/sessions').flush(null, { status: 500, statusText: 'Error' });
    await settle(fixture);
    expect(element.textContent).not.toContain('担当する回はありません');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);
    http.expectOne('/api/instructor/sessions').flush([session]);
    await settle(fixture);
    const item = element.querySelector('.teaching__item')!;
    expect(item.textContent).toContain('はじめての俳句');
    expect(item.querySelector('a[href="/rosters/sessions/s-1/check-in"]')).not.toBeNull();
  });

  it('points out a newly linked course with its organiser and dates, and links its page', async () => {
    const { fixture, element } = await render();
    const older = { ...course, courseId: 'c-2', titleJa: '書道入門', isNew: false, public: false };
    http.expectOne('/api/instructor/courses').flush([course, older]);
    http.expectOne('/api/instructor/sessions').flush([session]);
    await settle(fixture);
    const news = element.querySelector('.teaching-news')!;
    expect(news.querySelector('h2')!.textContent).toContain('新しく担当になった講座があります');
    expect(news.textContent).toContain('（1件）');
    expect(news.textContent).toContain('はじめての俳句（つくば市 生涯学習推進課）');
    expect(news.textContent).toContain('2026年12月24日(木)〜2027年1月14日(木)（全2回）');
    expect(news.textContent).not.toContain('書道入門');
    const cards = element.querySelectorAll('.teaching-course');
    expect(cards).toHaveLength(2);
    expect(cards[0].querySelector('a[href="/courses/c-1"]')).not.toBeNull();
    expect(cards[0].textContent).toContain('新着');
    // A draft has no public page yet: no link, marked as being prepared.
    expect(cards[1].querySelector('a')).toBeNull();
    expect(cards[1].textContent).toContain('準備中（未公開）');
    expect(cards[1].textContent).not.toContain('新着');
  });
});
