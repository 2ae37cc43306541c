import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RosterPage } from './roster-page';
import { hanako, roster, settle, setUpPage } from './roster-fixtures.testing';

describe('RosterPage', () => {
  let http: HttpTestingController;

  beforeEach(() => (http = setUpPage()));
  afterEach(() => http.verify());

  async function render(answer: (request: ReturnType<typeof http.expectOne>) => void) {
    const fixture = TestBed.createComponent(RosterPage);
    fixture.componentRef.setInput('id', 's-1');
    await settle(fixture);
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[role=progressbar]'),
    ).not.toBeNull();
    answer(http.expectOne('/api/sessions/s-1/roster'));
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists who booked in a table named after its heading', async () => {
    const { element } = await render((request) => request.flush(roster([hanako])));
    const region = element.querySelector('.roster__table [role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('予約者の一覧表');
    expect(region.querySelector('tbody tr')?.textContent).toContain('佐藤 花子');
  });

  it('says who booked, who attends (the booker or not), childcare per booking and per session', async () => {
    const forChild = {
      ...hanako,
      bookingId: 'b-2',
      bookerAttends: false,
      partySize: 1,
      companions: [{ name: '佐藤 陽太', age: 7 }],
      childcareAges: [1, 3],
    };
    const answer = roster([hanako, forChild]);
    answer.course.childcareOffered = true;
    answer.totals.childcare = 2;
    const { element } = await render((request) => request.flush(answer));
    const rows = element.querySelectorAll('.roster__table tbody tr');
    expect(rows[0]!.textContent).toContain('佐藤 花子（本人）、佐藤 ひなた（4歳）');
    expect(rows[1]!.textContent).toContain('佐藤 陽太（7歳）（予約者は参加しません）');
    expect(rows[1]!.textContent).toContain('保育 2人（1歳、3歳）');
    expect(element.querySelector('.facts')?.textContent).toContain('お子さん2人');
  });

  it.each([404, 400])(
    'says who may see a roster when the session is not theirs to see (%i)',
    async (status) => {
      const { element } = await render((request) =>
        request.flush(null, { status, statusText: 'Refused' }),
      );
      expect(element.querySelector('h1')?.textContent).toContain(
        'この回の名簿を表示する権限がないか',
      );
      expect(element.textContent).toContain('名簿を見られるのは、講座の主催者');
      expect(element.querySelector('[role="alert"]')).toBeNull();
    },
  );

  it('offers a retry under the page heading when the roster could not be read', async () => {
    const { fixture, element } = await render((request) =>
      request.flush(null, { status: 500, statusText: 'Error' }),
    );
    expect(element.querySelector('h1')?.textContent).toContain('名簿');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await settle(fixture);
    http.expectOne('/api/sessions/s-1/roster').flush(roster([hanako]));
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('h1')?.textContent).toContain('はじめての俳句');
  });
});
