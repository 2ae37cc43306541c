import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { seedDemoQuestionnaires } from './demo-questionnaires';
import { seedDemoLotteries } from './demo-lotteries';
import { seedDemoAttendance, seedDemoBookings } from './demo-bookings';
import type { SeedCourse, SeedPlan } from './seed-plan';
import type { GuardianRule, OrganisationKind, PriorityProject } from '../reference/reference-data';

/**
 * Inserts the demo data into an empty database, once. Ids are derived from the seed keys
 * (UUID v5 style), so a fresh installation has the same URLs as every other demo.
 */
export interface SeedResult {
  seeded: boolean;
  organisations: number;
  facilities: number;
  rooms: number;
  courses: number;
  sessions: number;
  residents: number;
  bookings: number;
  attendance: number;
}

const SEED_LOCK = 'tsumugu:seed-demo-data';

export function seedId(kind: string, key: string): string {
  const hash = createHash('sha1').update(`tsumugu:${kind}:${key}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One INSERT for many rows: the rows travel as one JSON parameter. */
async function insertRows(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const recordType = names.map((name) => `${name} ${columns[name]}`).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${names.join(', ')} FROM json_to_recordset($1::json) AS row(${recordType})`,
    [JSON.stringify(rows)],
  );
}

/**
 * `now` is the seeding moment: it decides which demo lotteries have been drawn and which
 * sessions have attendance. It is the real time unless a caller (a test, a pinned demo day)
 * says otherwise; the plan's own dates come from buildSeedPlan.
 */
export async function seedDemoData(
  dataSource: DataSource,
  plan: SeedPlan,
  now: Date = new Date(),
): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    // Two instances starting at once against one database must not both seed.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM organisations');
    if (count > 0) {
      return {
        seeded: false,
        organisations: 0,
        facilities: 0,
        rooms: 0,
        courses: 0,
        sessions: 0,
        residents: 0,
        bookings: 0,
        attendance: 0,
      };
    }

    const organisationId = (key: string) => seedId('organisation', key);
    const facilityId = (key: string) => seedId('facility', key);
    const roomId = (facilityKey: string, roomKey: string) =>
      seedId('room', `${facilityKey}/${roomKey}`);
    const courseId = (key: string) => seedId('course', key);
    const organisationKinds = new Map(plan.organisations.map((o) => [o.key, o.kind]));

    await insertRows(
      manager,
      'organisations',
      {
        id: 'uuid',
        kind: 'text',
        name_ja: 'text',
        name_en: 'text',
        website_url: 'text',
        phone: 'text',
      },
      plan.organisations.map((organisation) => ({
        id: organisationId(organisation.key),
        kind: organisation.kind,
        name_ja: organisation.nameJa,
        name_en: organisation.nameEn,
        website_url: organisation.websiteUrl,
        phone: organisation.phone,
      })),
    );

    await insertRows(
      manager,
      'facilities',
      {
        id: 'uuid',
        kind: 'text',
        name_ja: 'text',
        name_en: 'text',
        postal_code: 'text',
        address_ja: 'text',
        address_en: 'text',
        phone: 'text',
        latitude: 'numeric',
        longitude: 'numeric',
        access_ja: 'text',
        access_en: 'text',
        parking_ja: 'text',
        parking_en: 'text',
        opens_at: 'time',
        closes_at: 'time',
        closed_note_ja: 'text',
        closed_note_en: 'text',
        display_order: 'integer',
      },
      plan.facilities.map((facility, index) => ({
        id: facilityId(facility.key),
        kind: facility.kind,
        name_ja: facility.nameJa,
        name_en: facility.nameEn,
        postal_code: facility.postalCode,
        address_ja: facility.addressJa,
        address_en: facility.addressEn,
        phone: facility.phone,
        latitude: facility.latitude,
        longitude: facility.longitude,
        access_ja: facility.accessJa,
        access_en: facility.accessEn,
        parking_ja: facility.parkingJa,
        parking_en: facility.parkingEn,
        opens_at: facility.opensAt,
        closes_at: facility.closesAt,
        closed_note_ja: facility.closedNoteJa,
        closed_note_en: facility.closedNoteEn,
        display_order: index + 1,
      })),
    );

    const rooms = plan.facilities.flatMap((facility) =>
      facility.rooms.map((room) => ({
        id: roomId(facility.key, room.key),
        facility_id: facilityId(facility.key),
        name_ja: room.nameJa,
        name_en: room.nameEn,
        capacity: room.capacity,
        fee_per_30_min_yen: room.feePer30MinYen,
        equipment: room.equipment,
        wheelchair_accessible: room.wheelchairAccessible,
        hearing_loop: room.hearingLoop,
        floor: room.floor,
      })),
    );
    await insertRows(
      manager,
      'rooms',
      {
        id: 'uuid',
        facility_id: 'uuid',
        name_ja: 'text',
        name_en: 'text',
        capacity: 'integer',
        fee_per_30_min_yen: 'integer',
        equipment: 'text[]',
        wheelchair_accessible: 'boolean',
        hearing_loop: 'boolean',
        floor: 'smallint',
      },
      rooms,
    );

    await insertRows(
      manager,
      'courses',
      {
        id: 'uuid',
        organisation_id: 'uuid',
        title_ja: 'text',
        title_kana: 'text',
        title_en: 'text',
        summary_ja: 'text',
        summary_en: 'text',
        description_ja: 'text',
        description_en: 'text',
        life_stages: 'text[]',
        category: 'text',
        pillar: 'smallint',
        target_age_min: 'smallint',
        target_age_max: 'smallint',
        audience: 'text',
        fee_yen: 'integer',
        childcare_offered: 'boolean',
        what_to_bring_ja: 'text',
        what_to_bring_en: 'text',
        instructor_names_ja: 'text',
        instructor_names_en: 'text',
        capacity: 'integer',
        booked_count: 'integer',
        max_companions: 'smallint',
        guardian_rule: 'text',
        payment_method: 'text',
        payment_deadline_days: 'smallint',
        payment_note_ja: 'text',
        payment_note_en: 'text',
        booking_rule: 'text',
        priority_projects: 'text[]',
        application_opens_at: 'timestamptz',
        application_closes_at: 'timestamptz',
        status: 'text',
        published_at: 'timestamptz',
      },
      plan.courses.map((course) => ({
        id: courseId(course.key),
        organisation_id: organisationId(course.organisationKey),
        title_ja: course.titleJa,
        title_kana: course.titleKana,
        title_en: course.titleEn,
        summary_ja: course.summaryJa,
        summary_en: course.summaryEn,
        description_ja: course.descriptionJa,
        description_en: course.descriptionEn,
        life_stages: course.lifeStages,
        category: course.category,
        pillar: course.pillar,
        target_age_min: course.targetAgeMin,
        target_age_max: course.targetAgeMax,
        audience: course.audience,
        fee_yen: course.feeYen,
        childcare_offered: course.childcareOffered,
        what_to_bring_ja: course.whatToBringJa,
        what_to_bring_en: course.whatToBringEn,
        instructor_names_ja: course.instructorNamesJa,
        instructor_names_en: course.instructorNamesEn,
        capacity: course.capacity,
        // Made true by the demo bookings below.
        booked_count: 0,
        // Parent-and-child courses take the children along.
        max_companions: course.lifeStages.includes('parenting') ? 3 : 0,
        guardian_rule: demoGuardianRule(course),
        ...demoPayment(course),
        booking_rule: course.bookingRule,
        priority_projects: demoPriorityProjects(
          course,
          organisationKinds.get(course.organisationKey),
        ),
        application_opens_at: course.applicationOpensAt,
        application_closes_at: course.applicationClosesAt,
        status: course.status,
        published_at: course.status === 'draft' ? null : course.publishedAt,
      })),
    );

    const sessions = plan.courses.flatMap((course) =>
      course.sessions.map((session) => ({
        course_id: courseId(course.key),
        room_id: roomId(session.facilityKey, session.roomKey),
        starts_at: session.startsAt,
        ends_at: session.endsAt,
      })),
    );
    await insertRows(
      manager,
      'course_sessions',
      { course_id: 'uuid', room_id: 'uuid', starts_at: 'timestamptz', ends_at: 'timestamptz' },
      sessions,
    );

    const demo = await seedDemoBookings(manager, plan.courses, courseId, now);
    await seedDemoLotteries(manager, now);
    const attendance = await seedDemoAttendance(manager, now);
    await seedDemoQuestionnaires(manager, now);

    return {
      seeded: true,
      residents: demo.residents,
      bookings: demo.bookings,
      attendance,
      organisations: plan.organisations.length,
      facilities: plan.facilities.length,
      rooms: rooms.length,
      courses: plan.courses.length,
      sessions: sessions.length,
    };
  });
}

/**
 * How guardians take part in a demo course: parenting courses for children are 親子で参加;
 * other children's courses are 付き添い不可 from school age (6) and 保護者同伴 below it.
 */
export function demoGuardianRule(course: SeedCourse): GuardianRule {
  if (course.targetAgeMax === null || course.targetAgeMax >= 18) return 'none';
  if (course.lifeStages.includes('parenting')) return 'parent_and_child';
  return (course.targetAgeMin ?? 0) >= 6 ? 'children_alone' : 'guardian_present';
}

/**
 * The plan's priority projects (重点事業) a demo course serves, from what it is: a pillar-1
 * course for parents, young people or seniors serves 「ライフステージに応じた学習機会の提供」, the
 * pillars 2–4 their projects, and a course by a university, institute or other partner
 * 「多様な主体とのネットワーク行政の推進」. In the plan's order.
 */
export function demoPriorityProjects(
  course: SeedCourse,
  organisationKind: OrganisationKind | undefined,
): PriorityProject[] {
  const projects: PriorityProject[] = [];
  const lifeStage = course.lifeStages.some((stage) =>
    ['parenting', 'youth', 'seniors'].includes(stage),
  );
  if (course.pillar === 1 && lifeStage) projects.push('life_stage_learning');
  if (course.pillar === 2) projects.push('learning_outcomes_and_instructors');
  if (course.pillar === 3) projects.push('exchange_facilities');
  if (course.pillar === 4) projects.push('bonds_and_community_learning');
  if (organisationKind && organisationKind !== 'city_department') projects.push('partner_network');
  return projects;
}

/** Demo fees of 2,000 yen or more are paid in advance at the organiser's counter, a week ahead. */
export function demoPayment(course: SeedCourse) {
  const inAdvance = course.feeYen >= 2000;
  return {
    payment_method: inAdvance ? 'in_advance' : 'at_door',
    payment_deadline_days: inAdvance ? 7 : null,
    payment_note_ja: inAdvance
      ? '主催者の窓口で現金でお支払いいただくか、予約確定後にお送りする案内に従って銀行振込でお支払いください。'
      : '',
    payment_note_en: inAdvance
      ? "Pay in cash at the organiser's counter, or by bank transfer as described in the mail that follows your confirmation."
      : '',
  };
}
