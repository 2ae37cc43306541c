import request from 'supertest';
import { seedDemoData, seedId } from '../../demo/seeder';
import { FIXTURE_PLAN } from '../../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { callAs, createTestPerson, type TestPerson } from '../../testing/test-people';
import { bookingQrSvg } from '../qr/booking-qr';

const unfold = (text: string) => text.replace(/\r\n /g, '');
const field = (ics: string, name: string) =>
  unfold(ics)
    .split('\r\n')
    .filter((line) => line.startsWith(`${name}:`))
    .map((line) => line.slice(name.length + 1));

/**
 * Bookings are written straight into the table here: what is tested is the export of a booking
 * that exists, whatever made it (booking itself has its own tests).
 */
describe('calendar export and QR code (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let hanako: TestPerson;
  let taro: TestPerson;
  const parenting = seedId('course', 'parenting');
  const english = seedId('course', 'english');
  let confirmedId: string;
  let waitingId: string;
  let taroBookingId: string;

  const book = async (
    person: TestPerson,
    courseId: string,
    code: string,
    status: 'confirmed' | 'waiting' | 'applied',
  ): Promise<string> => {
    const [row] = await t.database.dataSource.query(
      `INSERT INTO bookings (course_id, user_id, code, status, party_size, queue_position, confirmed_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6) RETURNING id`,
      [
        courseId,
        person.userId,
        code,
        status,
        status === 'waiting' ? 1 : null,
        status === 'confirmed' ? t.clock.now() : null,
      ],
    );
    return row.id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.dataSource;
    await seedDemoData(db, FIXTURE_PLAN);
    hanako = await createTestPerson(db);
    taro = await createTestPerson(db);
    confirmedId = await book(hanako, parenting, 'K7M2Q9XD', 'confirmed');
    waitingId = await book(hanako, english, 'W4YTNGXX', 'waiting');
    taroBookingId = await book(taro, parenting, 'T4RQBKNG', 'confirmed');
  });
  afterAll(() => t.close());

  describe('QR code', () => {
    it('is an SVG holding exactly the booking code, for the owner', async () => {
      const response = await callAs(
        t.http,
        t.database.dataSource,
        hanako,
        'get',
        `/api/me/bookings/${confirmedId}/qr.svg`,
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      // supertest hands an image over as bytes.
      const svg = Buffer.from(response.body).toString('utf8');
      expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toBe(await bookingQrSvg('K7M2Q9XD'));
      expect(svg).not.toBe(await bookingQrSvg('K7M2Q9XE'));
    });

    it("is not found for another person's booking, and refused without signing in", async () => {
      const other = await callAs(
        t.http,
        t.database.dataSource,
        hanako,
        'get',
        `/api/me/bookings/${taroBookingId}/qr.svg`,
      );
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('BOOKING_NOT_FOUND');
      const anonymous = await request(t.http).get(`/api/me/bookings/${confirmedId}/qr.svg`);
      expect(anonymous.status).toBe(401);
    });

    it('is not shown for a waiting-list place: the code belongs to a seat', async () => {
      const waiting = await callAs(
        t.http,
        t.database.dataSource,
        hanako,
        'get',
        `/api/me/bookings/${waitingId}/qr.svg`,
      );
      expect(waiting.status).toBe(404);
    });
  });

  describe('a booking as .ics', () => {
    const download = (person: TestPerson, id: string, lang = 'ja') =>
      callAs(
        t.http,
        t.database.dataSource,
        person,
        'get',
        `/api/me/bookings/${id}/calendar.ics?lang=${lang}`,
      );

    it('has one VEVENT per session with stable UIDs, place, link, and cancelled sessions struck', async () => {
      const db = t.database.dataSource;
      const sessions: { id: string; starts_at: Date }[] = await db.query(
        `SELECT id, starts_at FROM course_sessions WHERE course_id = $1 ORDER BY starts_at`,
        [parenting],
      );
      expect(sessions.length).toBeGreaterThan(1);
      await db.query(`UPDATE course_sessions SET status = 'cancelled' WHERE id = $1`, [
        sessions[1].id,
      ]);

      const response = await download(hanako, confirmedId);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="tsumugu-K7M2Q9XD.ics"',
      );
      const ics = response.text;
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      expect(field(ics, 'UID')).toEqual(
        sessions.map((session) => `${confirmedId}-${session.id}@tsumugu`),
      );
      expect(field(ics, 'DTSTART')[0]).toBe(
        sessions[0].starts_at
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z')
          .replace(/[-:]/g, ''),
      );
      expect(field(ics, 'STATUS')).toEqual(
        sessions.map((_, index) => (index === 1 ? 'CANCELLED' : 'CONFIRMED')),
      );
      expect(field(ics, 'LOCATION')[0]).toMatch(/^\S+ \S+$/);
      expect(field(ics, 'URL')[0]).toMatch(new RegExp(`/bookings/${confirmedId}$`));
      expect(field(ics, 'DESCRIPTION')[0]).toContain('予約番号: K7M2-Q9XD');

      // The same UIDs on a second download: calendars update instead of duplicating.
      const again = await download(hanako, confirmedId, 'en');
      expect(field(again.text, 'UID')).toEqual(field(ics, 'UID'));
      expect(field(again.text, 'DESCRIPTION')[0]).toContain('Booking code: K7M2-Q9XD');

      await db.query(`UPDATE course_sessions SET status = 'scheduled' WHERE id = $1`, [
        sessions[1].id,
      ]);
    });

    it('is not found for a waiting-list place or a lottery application: the entry belongs to a seat', async () => {
      const waiting = await download(hanako, waitingId);
      expect(waiting.status).toBe(404);
      expect(waiting.body.code).toBe('BOOKING_NOT_FOUND');

      const applicationId = await book(
        hanako,
        seedId('course', 'smartphone'),
        'A9PWYD3X',
        'applied',
      );
      const application = await download(hanako, applicationId);
      expect(application.status).toBe(404);
      expect(application.body.code).toBe('BOOKING_NOT_FOUND');

      // Once the place becomes a seat, the calendar entry is there, confirmed.
      await t.database.dataSource.query(
        `UPDATE bookings SET status = 'confirmed', confirmed_at = now() WHERE id = $1`,
        [applicationId],
      );
      const seated = await download(hanako, applicationId);
      expect(seated.status).toBe(200);
      expect(new Set(field(seated.text, 'STATUS'))).toEqual(new Set(['CONFIRMED']));
      // Cancelled again, so that the feed below holds only the one confirmed booking.
      await t.database.dataSource.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = now() WHERE id = $1`,
        [applicationId],
      );
    });

    it('strikes every session of a seat that was cancelled, but not of a list place that was', async () => {
      const db = t.database.dataSource;
      const seatId = await book(hanako, seedId('course', 'cooking'), 'C4NC3RDX', 'confirmed');
      await db.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = now() WHERE id = $1`,
        [seatId],
      );
      const struck = await download(hanako, seatId);
      expect(struck.status).toBe(200);
      expect(new Set(field(struck.text, 'STATUS'))).toEqual(new Set(['CANCELLED']));

      const listId = await book(hanako, seedId('course', 'calligraphy'), 'W2STCNCX', 'waiting');
      await db.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = now(), queue_position = NULL
          WHERE id = $1`,
        [listId],
      );
      expect((await download(hanako, listId)).status).toBe(404);
    });

    it("is not found for another person's booking", async () => {
      const response = await download(hanako, taroBookingId);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('BOOKING_NOT_FOUND');
    });

    it('refuses an unknown language', async () => {
      const response = await download(hanako, confirmedId, 'fr');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('private calendar feed', () => {
    const as = (person: TestPerson, method: 'get' | 'post' | 'delete') =>
      callAs(t.http, t.database.dataSource, person, method, '/api/me/calendar-feed');
    const feedPath = (url: string) => new URL(url).pathname;

    it('is created, read without cookies, reset (old URL dead) and deleted', async () => {
      expect((await as(hanako, 'get')).body).toEqual({
        exists: false,
        createdAt: null,
        lastUsedAt: null,
      });

      const created = await as(hanako, 'post');
      expect(created.status).toBe(201);
      const firstUrl: string = created.body.url;
      expect(firstUrl).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}$/);
      const token = firstUrl.split('/').at(-1)!;
      // Only the hash is stored.
      const [stored] = await t.database.dataSource.query(
        `SELECT encode(token_hash, 'hex') AS hash FROM calendar_feeds WHERE user_id = $1`,
        [hanako.userId],
      );
      expect(stored.hash).toHaveLength(64);
      expect(stored.hash).not.toContain(Buffer.from(token).toString('hex'));

      const feed = await request(t.http).get(feedPath(firstUrl));
      expect(feed.status).toBe(200);
      expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const uids = field(feed.text, 'UID');
      // The confirmed booking's sessions; not the waiting-list place; not Taro's booking.
      expect(uids.length).toBeGreaterThan(0);
      expect(uids.every((uid) => uid.startsWith(`${confirmedId}-`))).toBe(true);
      expect(feed.text).toContain('REFRESH-INTERVAL');
      expect((await as(hanako, 'get')).body).toMatchObject({
        exists: true,
        lastUsedAt: expect.any(String),
      });

      const reset = await as(hanako, 'post');
      const secondUrl: string = reset.body.url;
      expect(secondUrl).not.toBe(firstUrl);
      expect((await request(t.http).get(feedPath(firstUrl))).status).toBe(404);
      expect((await request(t.http).get(feedPath(secondUrl))).status).toBe(200);

      expect((await as(hanako, 'delete')).status).toBe(204);
      expect((await request(t.http).get(feedPath(secondUrl))).status).toBe(404);
      expect((await as(hanako, 'get')).body.exists).toBe(false);

      // The secret token never reaches the logs.
      expect(JSON.stringify(t.logs)).not.toContain(token);
    });

    it("is each person's own: Taro's feed holds only Taro's booking", async () => {
      const created = await as(taro, 'post');
      const feed = await request(t.http).get(feedPath(created.body.url));
      const uids = field(feed.text, 'UID');
      expect(uids.length).toBeGreaterThan(0);
      expect(uids.every((uid) => uid.startsWith(`${taroBookingId}-`))).toBe(true);
    });

    it('answers 404 to an unknown or malformed token', async () => {
      const unknown = await request(t.http).get(`/api/calendar-feeds/${'A'.repeat(43)}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('NOT_FOUND');
      expect((await request(t.http).get('/api/calendar-feeds/short')).status).toBe(404);
    });

    it('leaves out sessions that ended more than 90 days ago', async () => {
      const db = t.database.dataSource;
      const pastCourse = seedId('course', 'past-history');
      const pastBooking = await book(taro, pastCourse, 'PAZTBKNG', 'confirmed');
      await db.query(
        // 10:00–12:00 Japan time a hundred days ago: inside the centre's opening hours whatever
        // the hour the suite runs at.
        `UPDATE course_sessions
            SET starts_at = (date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') - interval '100 days'
                             + interval '10 hours') AT TIME ZONE 'Asia/Tokyo',
                ends_at = (date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') - interval '100 days'
                           + interval '12 hours') AT TIME ZONE 'Asia/Tokyo'
          WHERE id = (SELECT id FROM course_sessions WHERE course_id = $1 ORDER BY starts_at LIMIT 1)`,
        [pastCourse],
      );
      const created = await as(taro, 'post');
      const uids = field((await request(t.http).get(feedPath(created.body.url))).text, 'UID');
      const [{ recent }] = await db.query(
        `SELECT count(*)::int AS recent FROM course_sessions
          WHERE course_id = $1 AND ends_at >= now() - interval '90 days'`,
        [pastCourse],
      );
      expect(uids.filter((uid) => uid.startsWith(`${pastBooking}-`))).toHaveLength(recent);
    });
  });
});
