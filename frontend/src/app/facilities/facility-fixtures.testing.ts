import type { FacilityDetail, FacilitySummary } from '../api/api-types';
import { courseSummary } from '../courses/course-fixtures.testing';

export const CENTRE_ID = '0b6f2c7e-5d1a-4c3b-9e8f-7a6b5c4d3e2f';

export function facility(overrides: Partial<FacilitySummary> = {}): FacilitySummary {
  return {
    id: CENTRE_ID,
    kind: 'community_centre',
    nameJa: '吾妻交流センター',
    nameEn: 'Azuma Community Centre',
    addressJa: 'つくば市吾妻1-10-1',
    addressEn: '1-10-1 Azuma, Tsukuba',
    postalCode: '305-0031',
    phone: '029-851-0000',
    latitude: 36.0834,
    longitude: 140.1125,
    roomCount: 2,
    upcomingCourseCount: 1,
    ...overrides,
  };
}

export function facilityDetail(): FacilityDetail {
  return {
    ...facility(),
    accessJa: 'つくば駅から徒歩5分',
    accessEn: '5 minutes on foot from Tsukuba Station',
    parkingJa: 'あり（30台）',
    parkingEn: '30 spaces',
    opensAt: '09:00',
    closesAt: '21:30',
    closedNoteJa: '第2月曜日',
    closedNoteEn: 'Second Monday',
    rooms: [
      {
        id: 'r1',
        nameJa: '研修室1',
        nameEn: 'Seminar room 1',
        capacity: 30,
        feePer30MinYen: 200,
        equipment: ['projector'],
        wheelchairAccessible: true,
        hearingLoop: false,
        floor: 2,
      },
    ],
    upcomingCourses: [courseSummary()],
  };
}
