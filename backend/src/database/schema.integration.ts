import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { seedDemoData, seedId } from '../demo/seeder';

/** The invariants the database itself refuses to break, whatever code writes to it. */
describe('schema constraints', () => {
  let database: TestDatabase;
  const courseId = seedId('course', 'english');
  const roomId = seedId('room', 'oho/meeting');

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.dataSource, FIXTURE_PLAN);
  });
  afterAll(() => database.drop());

  /** Runs the statement in a transaction that is always rolled back; returns the error, if any. */
  async function violation(sql: string, params: unknown[] = []): Promise<string | null> {
    return (await failure(sql, params))?.name ?? null;
  }

  async function failure(
    sql: string,
    params: unknown[] = [],
  ): Promise<{ name: string; code: string } | null> {
    const runner = database.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(sql, params);
      return null;
    } catch (error) {
      const { constraint, message, code } = error as {
        constraint?: string;
        message: string;
        code: string;
      };
      return { name: constraint ?? message, code };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it.each([
    [`UPDATE courses SET life_stages = '{}' WHERE id = $1`, 'courses_life_stages_check'],
    [
      `UPDATE courses SET life_stages = '{youth,pensioners}' WHERE id = $1`,
      'courses_life_stages_check',
    ],
    [`UPDATE courses SET category = 'magic' WHERE id = $1`, 'courses_category_check'],
    [`UPDATE courses SET pillar = 6 WHERE id = $1`, 'courses_pillar_check'],
    [`UPDATE courses SET audience = 'nobody' WHERE id = $1`, 'courses_audience_check'],
    [`UPDATE courses SET booking_rule = 'auction' WHERE id = $1`, 'courses_booking_rule_check'],
    [`UPDATE courses SET status = 'archived' WHERE id = $1`, 'courses_status_check'],
    [`UPDATE courses SET capacity = 0, booked_count = 0 WHERE id = $1`, 'courses_capacity_check'],
    [`UPDATE courses SET booked_count = capacity + 1 WHERE id = $1`, 'courses_booked_count_check'],
    [`UPDATE courses SET booked_count = -1 WHERE id = $1`, 'courses_booked_count_check'],
    [`UPDATE courses SET fee_yen = -100 WHERE id = $1`, 'courses_fee_check'],
    [
      `UPDATE courses SET target_age_min = 20, target_age_max = 10 WHERE id = $1`,
      'courses_target_age_range_check',
    ],
    [`UPDATE courses SET target_age_max = 200 WHERE id = $1`, 'courses_target_age_max_check'],
    [
      `UPDATE courses SET application_closes_at = application_opens_at WHERE id = $1`,
      'courses_application_window_check',
    ],
    [
      `UPDATE courses SET status = 'published', published_at = NULL WHERE id = $1`,
      'courses_published_at_check',
    ],
    [
      `UPDATE course_sessions SET ends_at = starts_at WHERE course_id = $1`,
      'course_sessions_time_check',
    ],
  ])('refuses %s', async (sql, constraint) => {
    expect(await violation(sql, [courseId])).toBe(constraint);
  });

  it('refuses bad codes on organisations, facilities and rooms', async () => {
    expect(await violation(`UPDATE organisations SET kind = 'guild'`)).toBe(
      'organisations_kind_check',
    );
    expect(await violation(`UPDATE facilities SET kind = 'castle'`)).toBe('facilities_kind_check');
    expect(await violation(`UPDATE rooms SET equipment = '{projector,jacuzzi}'`)).toBe(
      'rooms_equipment_check',
    );
    expect(await violation(`UPDATE rooms SET capacity = 0`)).toBe('rooms_capacity_check');
    expect(await violation(`UPDATE rooms SET fee_per_30_min_yen = -1`)).toBe('rooms_fee_check');
  });

  it('refuses duplicate names where names must be unique', async () => {
    expect(
      await violation(`UPDATE organisations SET name_ja = '筑波大学' WHERE name_ja <> '筑波大学'`),
    ).toBe('organisations_name_ja_unique');
    expect(await violation(`UPDATE facilities SET name_ja = 'つくばカピオ'`)).toBe(
      'facilities_name_ja_unique',
    );
  });

  it('never lets two sessions overlap in one room', async () => {
    const [existing] = await database.dataSource.query(
      `SELECT starts_at, ends_at FROM course_sessions WHERE room_id = $1 ORDER BY starts_at LIMIT 1`,
      [roomId],
    );
    const overlapping = `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
                         VALUES ($1, $2, $3::timestamptz + interval '30 minutes', $4::timestamptz + interval '30 minutes')`;
    // An exclusion constraint refuses it (23P01), whichever table holds the room's bookings.
    const overlap = await failure(overlapping, [
      seedId('course', 'cooking'),
      roomId,
      existing.starts_at,
      existing.ends_at,
    ]);
    expect(overlap?.code).toBe('23P01');
    // back to back is fine
    const adjacent = `INSERT INTO course_sessions (course_id, room_id, starts_at, ends_at)
                      VALUES ($1, $2, $3, $3::timestamptz + interval '1 hour')`;
    expect(
      await violation(adjacent, [seedId('course', 'cooking'), roomId, existing.ends_at]),
    ).toBeNull();
  });

  it('keeps an organisation with courses, and a room with sessions, from being deleted', async () => {
    expect(await violation(`DELETE FROM organisations WHERE name_ja = '筑波大学'`)).toBe(
      'courses_organisation_id_fkey',
    );
    expect(await violation(`DELETE FROM rooms WHERE id = $1`, [roomId])).toBe(
      'course_sessions_room_id_fkey',
    );
  });

  it('keeps the search text in step with the organisation name', async () => {
    await database.dataSource.query(
      `UPDATE organisations SET name_ja = '国立大学法人 筑波大学' WHERE name_ja = '筑波大学'`,
    );
    const [row] = await database.dataSource.query(`SELECT search_text FROM courses WHERE id = $1`, [
      courseId,
    ]);
    expect(row.search_text).toContain('国立大学法人');
  });
});
