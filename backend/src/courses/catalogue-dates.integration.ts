import request from 'supertest';
import { seedDemoData } from '../demo/seeder';
import { createBookableCourse } from '../testing/booking-fixture';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { SettableClock } from '../testing/settable-clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import type { CourseListDto } from './dto/course-summary.dto';

/**
 * The catalogue shows, by default, the courses with a session from today on, today being the
 * Japanese calendar day: a course on the evening of 31 March is listed until midnight Japan
 * time (15:00 UTC), whatever the server's own time zone.
 */
describe('the catalogue at midnight in Japan', () => {
  const clock = new SettableClock();
  let t: TestApp;
  let courseId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
    // The last evening of the fiscal year (a Wednesday), 19:00–21:00 Japan time.
    ({ courseId } = await createBookableCourse(t.database.dataSource, {
      capacity: 10,
      opensAt: new Date('2027-03-01T09:00:00+09:00'),
      closesAt: new Date('2027-03-30T17:00:00+09:00'),
      startsAt: new Date('2027-03-31T19:00:00+09:00'),
    }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function listed(): Promise<CourseListDto['items'][number] | undefined> {
    const response = await request(t.http).get('/api/courses').query({ pageSize: 100 });
    expect(response.status).toBe(200);
    return (response.body as CourseListDto).items.find((item) => item.id === courseId);
  }

  it('lists the evening course all that day, its session still to come before 19:00', async () => {
    clock.set('2027-03-31T18:59:59+09:00');
    expect((await listed())?.nextSessionStartsAt).toBe('2027-03-31T19:00:00+09:00');
  });

  it('still lists it at 23:59:59 Japan time, with no session left to come', async () => {
    clock.set('2027-03-31T23:59:59+09:00');
    const item = await listed();
    expect(item).toBeDefined();
    expect(item?.nextSessionStartsAt).toBeNull();
  });

  it('no longer lists it at midnight Japan time, which is 15:00 UTC', async () => {
    clock.set('2027-03-31T15:00:00Z');
    expect(await listed()).toBeUndefined();
  });

  it('lists it again for a search from that day, on any later clock', async () => {
    clock.set('2027-04-01T00:00:00+09:00');
    const response = await request(t.http)
      .get('/api/courses')
      .query({ from: '2027-03-31', to: '2027-03-31' });
    expect(response.body.items.map((item: { id: string }) => item.id)).toContain(courseId);
  });
});
