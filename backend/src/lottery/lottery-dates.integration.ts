import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse } from '../testing/booking-fixture';
import { FIXTURE_PLAN, fixtureDate } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { LotteryDrawService } from './lottery-draw.service';

/**
 * A lottery's public state follows the Clock; its draw waits for the database's clock, which
 * decides (in tsumugu_take_seats, under the course lock) until when applications are taken.
 */
describe('a lottery at the edges of its window', () => {
  const clock = new SettableClock();
  let t: TestApp;
  let courseId: string;
  const opensAt = new Date('2027-04-01T09:00:00+09:00');
  const closesAt = new Date('2027-04-10T00:00:00+09:00');

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    ({ courseId } = await createBookableCourse(t.database.dataSource, {
      capacity: 10,
      bookingRule: 'lottery',
      opensAt,
      closesAt,
      startsAt: new Date('2027-05-12T10:00:00+09:00'),
    }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const state = async () =>
    (await request(t.http).get(`/api/courses/${courseId}/lottery`).expect(200)).body.state;

  it('is not open in the last second before the window opens', async () => {
    clock.set(new Date(opensAt.getTime() - 1000));
    expect(await state()).toBe('not_open_yet');
    clock.set(opensAt);
    expect(await state()).toBe('accepting');
  });

  it('accepts until 23:59:59 Japan time and awaits the draw from midnight (15:00 UTC)', async () => {
    clock.set('2027-04-09T23:59:59+09:00');
    expect(await state()).toBe('accepting');
    clock.set('2027-04-09T15:00:00Z');
    expect(await state()).toBe('awaiting_draw');
  });

  it('is not drawn while the database still takes applications, whatever the Clock says', async () => {
    // A window that the database's own clock has not yet closed (an hour from its now), while
    // the app's Clock stands a day past it.
    const { courseId: stillOpen } = await createBookableCourse(t.database.dataSource, {
      capacity: 10,
      bookingRule: 'lottery',
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 3_600_000),
      startsAt: new Date(`${fixtureDate(3, 3)}T10:00:00+09:00`),
    });
    clock.set(new Date(Date.now() + 2 * 86_400_000));
    const drawn = await t.app.get(LotteryDrawService).sweep();
    expect(drawn).not.toContain(stillOpen);
    const record = await request(t.http).get(`/api/courses/${stillOpen}/lottery`).expect(200);
    expect(record.body.state).toBe('awaiting_draw');
  });
});
