import request from 'supertest';
import { seedDemoData, seedId } from '../demo/seeder';
import { FIXTURE_PLAN } from '../testing/catalogue-fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import type { FacilityDetailDto, FacilitySummaryDto } from './dto/facility.dto';

describe('facilities', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.database.dataSource, FIXTURE_PLAN);
  });
  afterAll(() => t.close());

  it('lists community centres first, then the others, in seed order', async () => {
    const response = await request(t.http).get('/api/facilities').expect(200);
    const facilities = response.body as FacilitySummaryDto[];
    expect(facilities.map((facility) => facility.nameEn)).toEqual([
      'Azuma Community Centre',
      'Oho Community Centre',
      'Tsukuba Capio',
    ]);
    expect(facilities[0]).toEqual({
      id: seedId('facility', 'azuma'),
      kind: 'community_centre',
      nameJa: '吾妻交流センター',
      nameEn: 'Azuma Community Centre',
      addressJa: 'つくば市吾妻1-10-1',
      addressEn: '1-10-1 Azuma, Tsukuba',
      postalCode: '305-0031',
      phone: '029-851-0001',
      latitude: 36.0835,
      longitude: 140.1114,
      roomCount: 2,
      // parenting, the course left published here, cooking, calligraphy; not the one that ended
      upcomingCourseCount: 4,
    });
  });

  it('filters by kind', async () => {
    const response = await request(t.http).get('/api/facilities?kind=cultural_hall').expect(200);
    expect(response.body.map((facility: FacilitySummaryDto) => facility.nameEn)).toEqual([
      'Tsukuba Capio',
    ]);
  });

  it('refuses an unknown kind', async () => {
    const response = await request(t.http).get('/api/facilities?kind=castle').expect(400);
    expect(response.body.fields).toEqual([
      {
        field: 'kind',
        ja: '施設の種類の指定が正しくありません。',
        en: 'kind is not a known kind of facility.',
      },
    ]);
  });

  it('gives a facility with its rooms and the next courses held there', async () => {
    const response = await request(t.http)
      .get(`/api/facilities/${seedId('facility', 'azuma')}`)
      .expect(200);
    const facility = response.body as FacilityDetailDto;
    expect(facility).toMatchObject({
      nameJa: '吾妻交流センター',
      accessJa: 'つくば駅から徒歩5分',
      accessEn: '5 minutes on foot from Tsukuba Station',
      parkingJa: '20台',
      parkingEn: '20 spaces',
      opensAt: '09:00',
      closesAt: '21:30',
      closedNoteJa: '12月29日〜1月3日',
      closedNoteEn: '29 December to 3 January',
    });
    expect(facility.rooms).toEqual([
      {
        id: seedId('room', 'azuma/kitchen'),
        nameJa: '調理室',
        nameEn: 'Kitchen',
        capacity: 24,
        feePer30MinYen: 300,
        equipment: ['kitchen', 'sink'],
        wheelchairAccessible: true,
        hearingLoop: false,
        floor: 1,
      },
      expect.objectContaining({ nameEn: 'Tatami room', equipment: ['tatami'], floor: 2 }),
    ]);
    expect(facility.upcomingCourses.map((course) => course.titleEn)).toEqual([
      'Parenting support: play together',
      'Calligraphy (in preparation)',
      'Family cooking: first steps in Japanese food',
      'Calligraphy for beginners',
    ]);
  });

  it('answers 404 FACILITY_NOT_FOUND for an unknown id and 400 for a malformed one', async () => {
    const missing = await request(t.http)
      .get('/api/facilities/3f1c2a64-5b7e-4d1a-9c3e-8f2b6a1d0e47')
      .set('Accept-Language', 'en')
      .expect(404);
    expect(missing.body).toMatchObject({
      code: 'FACILITY_NOT_FOUND',
      message: 'Facility not found. Please check the link.',
    });
    await request(t.http).get('/api/facilities/azuma').expect(400);
  });
});
